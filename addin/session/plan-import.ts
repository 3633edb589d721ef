/**
 * The import screen's reading step: the selected cells → what would be written, for the
 * planner to check first. A published plan table (序号 | 指标名称 | 2020年 | 2025年 | 属性)
 * goes through the plan-table importer in shared/import with the planner's answers; rows
 * already in contract format (编号 ID | 指标名称 Indicator | …) are taken as they are, for
 * whichever table their header names, and read by that table's reader to show problems.
 */
import type { Grid } from '../../shared/contract/grid.ts';
import { matchHeaders } from '../../shared/contract/header-match.ts';
import {
  ACTUALS,
  INDICATORS,
  MILESTONES,
  RECIPIENTS,
  type TableName,
  type TableSpec,
} from '../../shared/contract/tables.ts';
import type { TemplateRow } from '../../shared/contract/template.ts';
import { t, type Bilingual } from '../../shared/i18n/messages.ts';
import { parseAnswers } from '../../shared/import/plan-answers.ts';
import {
  importPlanTable,
  type PlanImport,
  type PlanImportOptions,
  type PlanImportResult,
} from '../../shared/import/plan-table.ts';
import { tellTableFormat } from '../../shared/import/table-format.ts';
import { cellText, isBlankRow, type TextRow } from '../../shared/import/text-grid.ts';
import type { Problem } from '../../shared/model/problem.ts';
import type { RowsResult } from '../../shared/rows/rows-result.ts';
import { readActuals } from '../../shared/rows/actuals.ts';
import { readIndicators } from '../../shared/rows/indicators.ts';
import { readMilestones } from '../../shared/rows/milestones.ts';
import { readRecipients } from '../../shared/rows/recipients.ts';

/** The importer of published plan tables (shared/import); a parameter so the screen does not depend on how it works. */
export type PlanReader = (rows: readonly TextRow[], options: PlanImportOptions) => PlanImportResult;

/** Id prefix of imported plan rows (`ZB01`, `ZB02` …), the importer's own default. */
export const IMPORT_ID_PREFIX = 'ZB';

export type ImportPreview =
  | {
      kind: 'plan';
      sheet: string;
      table: 'Indicators';
      rows: TemplateRow[];
      plan: PlanImport;
      answers: string[];
    }
  | { kind: 'contract'; sheet: string; table: TableName; rows: TemplateRow[]; problems: Problem[] }
  | { kind: 'failed'; sheet: string; message: Bilingual };

const CONTRACT_READERS: Partial<
  Record<TableName, { spec: TableSpec; read: (g: Grid) => RowsResult<unknown> }>
> = {
  Indicators: { spec: INDICATORS, read: readIndicators },
  Milestones: { spec: MILESTONES, read: readMilestones },
  Actuals: { spec: ACTUALS, read: readActuals },
  Recipients: { spec: RECIPIENTS, read: readRecipients },
};

/**
 * Reads the selection. `answers` are the planner's answers to earlier questions, one per
 * line as the question controls write them (`3.direction=lower`); `existingIds` are the ids the
 * Indicators table already has, so new ids number on after them.
 */
export function previewImport(
  selection: Grid,
  answers: readonly string[],
  existingIds: readonly string[],
  read: PlanReader = importPlanTable,
): ImportPreview {
  const rows: TextRow[] = selection.rows.map((r) => ({
    row: r.rowNumber,
    cells: r.cells.map(cellText),
  }));
  const format = tellTableFormat(rows);
  if (format.format === 'contract') return contractPreview(selection, rows, format.table);
  const given = answers.map((a) => a.trim()).filter((a) => a !== '');
  const parsed = parseAnswers(given);
  if (!parsed.ok) return { kind: 'failed', sheet: selection.sheet, message: parsed.message };
  const result = read(rows, {
    source: selection.sheet,
    idPrefix: IMPORT_ID_PREFIX,
    firstNumber: nextNumber(existingIds, IMPORT_ID_PREFIX),
    answers: parsed.answers,
  });
  if (!result.ok) return { kind: 'failed', sheet: selection.sheet, message: result.message };
  return {
    kind: 'plan',
    sheet: selection.sheet,
    table: 'Indicators',
    rows: result.indicators,
    plan: result,
    answers: given,
  };
}

/** One more than the highest `ZB07`-style number among the ids (1 when none). */
export function nextNumber(ids: readonly string[], prefix: string): number {
  let highest = 0;
  for (const id of ids) {
    const m = new RegExp(`^${prefix}(\\d+)$`, 'i').exec(id.trim());
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return highest + 1;
}

function contractPreview(
  selection: Grid,
  rows: readonly TextRow[],
  table: TableName,
): ImportPreview {
  const reader = CONTRACT_READERS[table];
  const headerAt = rows.findIndex((r) => !isBlankRow(r));
  const headerRow = selection.rows[headerAt];
  if (reader === undefined || headerRow === undefined) {
    return {
      kind: 'failed',
      sheet: selection.sheet,
      message: t('addin.import.unreadable', { sheet: selection.sheet }),
    };
  }
  const header = headerRow.cells.map(cellText);
  const body = selection.rows
    .slice(headerAt + 1)
    .filter((r) => r.cells.some((c) => cellText(c) !== ''));
  const grid: Grid = { ...selection, table, header, rows: body };
  const { columns } = matchHeaders(header, reader.spec);
  const values: TemplateRow[] = body.map((r) => {
    const row: TemplateRow = {};
    for (const [key, index] of columns) row[key] = r.cells[index]?.value ?? null;
    return row;
  });
  return {
    kind: 'contract',
    sheet: selection.sheet,
    table,
    rows: values,
    problems: reader.read(grid).problems,
  };
}
