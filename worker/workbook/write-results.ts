import type ExcelJS from 'exceljs';
import { matchHeaders } from '../../shared/contract/header-match.ts';
import { ALERTS, STATUS, type TableSpec } from '../../shared/contract/tables.ts';
import type { TemplateRow } from '../../shared/contract/template.ts';
import type { Alert } from '../../shared/model/alert.ts';
import type { StatusRow } from '../../shared/model/finding.ts';
import { addTableSheet, numberFormatOf } from './contract-table.ts';
import { loadWorkbook } from './load-workbook.ts';
import { alertRow, statusRow } from './result-rows.ts';
import { saveWorkbook } from './save-workbook.ts';
import { tableToGrid } from './table-grid.ts';
import { findTable, type LocatedTable } from './table-location.ts';
import { replaceTableRows, type RowValues } from './table-rows.ts';
import { WorkbookError } from './workbook-error.ts';
import { reasonOf, workbookProblem } from './workbook-problem.ts';

/** What a check writes back: every alert row and the status snapshot. */
export interface Results {
  alerts: Alert[];
  statuses: StatusRow[];
  /** When the check ran, as written into the Status table's `checkedAt` column. */
  checkedAt: string;
}

/**
 * Replaces the contents of the Alerts and Status tables with the results of a check,
 * growing or shrinking each table to fit, and creates either table on a sheet of its
 * own when the workbook lacks it. The workbook is saved to a temp file and renamed over
 * the original. Rejects with a {@link WorkbookError} when the file cannot be read or written.
 */
export async function writeResults(path: string, results: Results): Promise<void> {
  const loaded = await loadWorkbook(path);
  if (!loaded.ok) throw new WorkbookError(loaded.problem);
  const { workbook, name } = loaded;
  writeTable(workbook, name, ALERTS, results.alerts.map(alertRow));
  writeTable(workbook, name, STATUS, results.statuses.map((s) => statusRow(s, results.checkedAt)));
  try {
    await saveWorkbook(workbook, path);
  } catch (err) {
    throw new WorkbookError(workbookProblem('workbook.write_failed', { workbook: name }, { reason: reasonOf(err) }));
  }
}

function writeTable(workbook: ExcelJS.Workbook, name: string, spec: TableSpec, rows: TemplateRow[]): void {
  const found = findTable(workbook, spec.name);
  if (!found.found) {
    addTableSheet(workbook, spec, rows, freeSheetName(workbook, spec.sheet));
    return;
  }
  const located: LocatedTable = found.table;
  const grid = tableToGrid(name, located);
  const { columns } = matchHeaders(grid.header, spec);
  const keyAt: (string | null)[] = grid.header.map(() => null);
  for (const [key, index] of columns) keyAt[index] = key;
  // Columns the contract does not know are cleared too: the rows are replaced whole.
  const values: RowValues[] = rows.map((row) => keyAt.map((key) => (key === null ? null : (row[key] ?? null))));
  const numFmts = keyAt.map((key) => (key === null ? undefined : numberFormatOf(key)));
  replaceTableRows(located, values, numFmts);
}

/** The sheet name, or `name (2)`, `name (3)`… when a sheet of that name already exists. */
function freeSheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
