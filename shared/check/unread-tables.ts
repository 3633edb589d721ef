/**
 * Never resolve what was not read. A check that could not read a plan's tables would
 * otherwise see no findings and resolve every alert: the worst thing a monitoring tool
 * can tell leadership. These are the reasons a workbook is not checked at all (nothing
 * written, alerts kept, every digest of the run names it), and the indicators whose own
 * row could not be read (their alerts are kept as they were, marked stale).
 */
import type { Grid } from '../contract/grid.ts';
import { matchHeaders } from '../contract/header-match.ts';
import { INDICATORS, STATUS, TABLES, type TableName } from '../contract/tables.ts';
import { t, type Bilingual, type MessageKey } from '../i18n/messages.ts';
import type { Alert } from '../model/alert.ts';
import type { Indicator } from '../model/indicator.ts';
import type { Problem } from '../model/problem.ts';
import { normalizeText } from '../parse/text-normalize.ts';

/** Tables whose rows decide alerts: one that cannot be read makes the whole check unsound. */
const DECIDING: readonly TableName[] = ['Indicators', 'Milestones', 'Actuals', 'Alerts'];

const TABLE_WORD: Partial<Record<TableName, MessageKey>> = {
  Indicators: 'check.table.Indicators',
  Milestones: 'check.table.Milestones',
  Actuals: 'check.table.Actuals',
  Alerts: 'check.table.Alerts',
};

function notChecked(workbook: string, sheet: string, column: string, reason: Bilingual): Problem {
  return {
    workbook,
    sheet,
    row: 0,
    column,
    value: '',
    code: 'check.not_checked',
    message: t('check.not_checked', { workbook, reasonZh: reason.zh, reasonEn: reason.en }),
    level: 'error',
  };
}

/**
 * Why this workbook cannot be checked: a deciding table whose header lacks a required
 * column (renamed, or a damaged byte) or repeats one, or far fewer indicators read than
 * the last check found (its Status table), below `minShare` of them. Empty: check it.
 */
export function unreadTables(
  workbook: string,
  grids: Partial<Record<TableName, Grid>>,
  indicators: readonly Indicator[],
  minShare: number,
): Problem[] {
  const out: Problem[] = [];
  for (const spec of TABLES) {
    const grid = grids[spec.name];
    const word = TABLE_WORD[spec.name];
    if (!grid || !word || !DECIDING.includes(spec.name)) continue;
    const table = t(word);
    for (const p of matchHeaders(grid.header, spec).problems) {
      const key =
        p.code === 'row.column_duplicate'
          ? 'check.unread.column_duplicate'
          : 'check.unread.column_missing';
      const reason = t(key, { tableZh: table.zh, tableEn: table.en, column: p.column });
      out.push(notChecked(workbook, grid.sheet, p.column, reason));
    }
  }
  const previous = previousIndicatorCount(grids.Status);
  const read = new Set(indicators.map((i) => i.id)).size;
  if (out.length === 0 && previous > 0 && read < previous * minShare) {
    const reason = t('check.unread.shrunk', { count: read, previous });
    out.push(notChecked(workbook, grids.Indicators?.sheet ?? INDICATORS.sheet, '', reason));
  }
  return out;
}

/**
 * The only column of the last check's Status table a check reads (its ids, counted by
 * {@link previousIndicatorCount}): a reader may leave the rest of that table unread.
 */
export const STATUS_COLUMNS_READ: readonly string[] = ['id'];

/** How many indicators the last check found: the distinct ids of the Status table it wrote. */
function previousIndicatorCount(status: Grid | undefined): number {
  if (!status) return 0;
  const at = matchHeaders(status.header, STATUS).columns.get(STATUS_COLUMNS_READ[0] ?? 'id');
  if (at === undefined) return 0;
  const ids = new Set<string>();
  for (const row of status.rows) {
    const v = row.cells[at]?.value;
    const id = v === null || v === undefined ? '' : String(v).trim();
    if (id !== '') ids.add(id);
  }
  return ids.size;
}

/**
 * Indicators whose Indicators row was dropped as unreadable this time: their alerts keep
 * their state. When a dropped row's id itself cannot be read, every alert of an indicator
 * that was not read is kept, since any of them may be that row.
 */
export function staleIndicatorIds(
  grids: Partial<Record<TableName, Grid>>,
  problems: readonly Problem[],
  indicators: readonly Indicator[],
  previousAlerts: readonly Alert[],
): Set<string> {
  const grid = grids.Indicators;
  const stale = new Set<string>();
  if (!grid) return stale;
  const read = new Set(indicators.map((i) => i.id));
  const at = matchHeaders(grid.header, INDICATORS).columns.get('id');
  let unknown = false;
  for (const p of problems) {
    if (p.level !== 'error' || p.row <= 0 || p.sheet !== grid.sheet) continue;
    const row = grid.rows.find((r) => r.rowNumber === p.row);
    if (!row) continue;
    const v = at === undefined ? null : row.cells[at]?.value;
    const id = v === null || v === undefined ? '' : normalizeText(String(v));
    if (id === '') unknown = true;
    else if (!read.has(id)) stale.add(id);
  }
  if (unknown) for (const a of previousAlerts) if (!read.has(a.id)) stale.add(a.id);
  return stale;
}
