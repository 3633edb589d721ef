/**
 * A WorkbookTemplate as the Grids a shell would hand the core after `init`: one Grid per
 * planner table, bilingual headers in contract order, column letters, header on sheet
 * row 1 and data from row 2. Lets pure tests run a template through validateWorkbook and
 * checkWorkbook without exceljs.
 */
import type { Grid } from '../../shared/contract/grid.ts';
import {
  ALERTS,
  ACTUALS,
  INDICATORS,
  MILESTONES,
  RECIPIENTS,
  SETTINGS,
  bilingualHeader,
  type TableName,
  type TableSpec,
} from '../../shared/contract/tables.ts';
import type { TemplateRow, WorkbookTemplate } from '../../shared/contract/template.ts';
import type { Alert } from '../../shared/model/alert.ts';
import { alertRow } from '../../shared/contract/result-rows.ts';

/** The workbook name the grids carry (what messages name). */
export const TEMPLATE_WORKBOOK = 'plan.xlsx';

/** Sheet column letters A, B, … Z, AA … for `n` columns. */
export function columnLetters(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    let s = '';
    for (let k = i + 1; k > 0; k = Math.floor((k - 1) / 26))
      s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
    return s;
  });
}

/** One contract table's rows as a Grid; cells of columns a row does not have are empty. */
export function tableGrid(
  spec: TableSpec,
  rows: readonly TemplateRow[],
  workbook = TEMPLATE_WORKBOOK,
): Grid {
  return {
    workbook,
    sheet: spec.sheet,
    table: spec.name,
    header: spec.columns.map(bilingualHeader),
    columnLetters: columnLetters(spec.columns.length),
    rows: rows.map((row, i) => ({
      rowNumber: i + 2,
      cells: spec.columns.map((c) => ({ value: row[c.key] ?? null })),
    })),
  };
}

/** The planner tables of a template as Grids, keyed by table name. */
export function templateGrids(
  template: WorkbookTemplate,
  workbook = TEMPLATE_WORKBOOK,
): Partial<Record<TableName, Grid>> {
  return {
    Indicators: tableGrid(INDICATORS, template.indicators, workbook),
    Milestones: tableGrid(MILESTONES, template.milestones, workbook),
    Actuals: tableGrid(ACTUALS, template.actuals, workbook),
    Settings: tableGrid(SETTINGS, template.settings, workbook),
    Recipients: tableGrid(RECIPIENTS, template.recipients, workbook),
  };
}

/**
 * The Alerts table as the worker writes it (labels such as `预警中 firing`, the planner's
 * columns as given), so the next check reads it back through the real reader.
 */
export function alertsGrid(alerts: readonly Alert[], workbook = TEMPLATE_WORKBOOK): Grid {
  return tableGrid(ALERTS, alerts.map(alertRow), workbook);
}
