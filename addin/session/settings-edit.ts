/**
 * The Settings screen's edits as table rows: which Settings rows change (found by key,
 * however the key is typed in the sheet), which keys are new, and the checks the Settings
 * and Recipients readers make before anything is written.
 */
import type { Grid } from '../../shared/contract/grid.ts';
import { matchHeaders } from '../../shared/contract/header-match.ts';
import { RECIPIENTS, SETTINGS } from '../../shared/contract/tables.ts';
import type { TemplateRow } from '../../shared/contract/template.ts';
import { templateGrid } from '../../shared/contract/template-grid.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { readRecipients } from '../../shared/rows/recipients.ts';
import { readSettings, settingKeyOf } from '../../shared/rows/settings.ts';

/** The Settings keys the screen edits, in the order it shows them. */
export const EDITABLE_SETTINGS = [
  'plan.name',
  'plan.region',
  'plan.timezone',
  'digest.mode',
  'due.calendar',
  'remind.beforeDays',
  'remind.repeatDays',
] as const;
export type EditableSetting = (typeof EDITABLE_SETTINGS)[number];

/** A Settings row as it stands: canonical key, the key as typed, its sheet row and value text. */
export interface SettingRow {
  key: string;
  typed: string;
  row: number;
  value: string;
}

/** The Settings table's rows whose key is known. */
export function settingRows(grid: Grid | undefined): SettingRow[] {
  if (!grid) return [];
  const { columns } = matchHeaders(grid.header, SETTINGS);
  const keyAt = columns.get('key');
  const valueAt = columns.get('value');
  if (keyAt === undefined || valueAt === undefined) return [];
  return grid.rows.flatMap((r) => {
    const typed = String(r.cells[keyAt]?.value ?? '').trim();
    const key = settingKeyOf(typed);
    const value = r.cells[valueAt]?.value;
    return key === undefined
      ? []
      : [
          {
            key,
            typed,
            row: r.rowNumber,
            value: value === null || value === undefined ? '' : String(value),
          },
        ];
  });
}

/** What saving the edited values does: cells to overwrite, rows to add, and what is wrong. */
export interface SettingsPlan {
  updates: { row: number; typed: string; value: string }[];
  additions: TemplateRow[];
  problems: Problem[];
}

/** Plans the save of `values` over the table's rows; `problems` holds the reader's errors on the result. */
export function planSettingsSave(
  grid: Grid | undefined,
  values: Partial<Record<EditableSetting, string>>,
  workbook: string,
): SettingsPlan {
  const rows = settingRows(grid);
  const updates: SettingsPlan['updates'] = [];
  const additions: TemplateRow[] = [];
  for (const key of EDITABLE_SETTINGS) {
    const value = values[key];
    if (value === undefined) continue;
    const current = rows.find((r) => r.key === key);
    if (current === undefined) {
      if (value.trim() !== '') additions.push({ key, value: value.trim(), notes: null });
    } else if (current.value !== value.trim())
      updates.push({ row: current.row, typed: current.typed, value: value.trim() });
  }
  const after: TemplateRow[] = rows.map((r) => ({
    key: r.typed,
    value: updates.find((u) => u.row === r.row)?.value ?? r.value,
    notes: null,
  }));
  const problems = readSettings(
    templateGrid(SETTINGS, [...after, ...additions], workbook),
  ).problems.filter((p) => p.level === 'error');
  return { updates, additions, problems };
}

/** The Recipients rows the screen shows, by column key, in table order. */
export function recipientRows(grid: Grid | undefined): TemplateRow[] {
  if (!grid) return [];
  const { columns } = matchHeaders(grid.header, RECIPIENTS);
  return grid.rows.map((r) => {
    const row: TemplateRow = {};
    for (const c of RECIPIENTS.columns) {
      const i = columns.get(c.key);
      row[c.key] = i === undefined ? null : (r.cells[i]?.value ?? null);
    }
    return row;
  });
}

/** The Recipients reader's errors for rows about to replace the table. */
export function recipientProblems(rows: readonly TemplateRow[], workbook: string): Problem[] {
  const filled = rows.filter((r) =>
    Object.values(r).some((v) => v !== null && String(v).trim() !== ''),
  );
  return readRecipients(templateGrid(RECIPIENTS, filled, workbook)).problems.filter(
    (p) => p.level === 'error',
  );
}
