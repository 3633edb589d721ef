/**
 * A WorkbookTemplate as the Grids a shell would hand the core after `init`: one Grid per
 * planner table, bilingual headers in contract order, column letters, header on sheet
 * row 1 and data from row 2. Lets pure tests run a template through validateWorkbook and
 * checkWorkbook without exceljs.
 */
import type { Grid } from '../../shared/contract/grid.ts';
import { templateGrid } from '../../shared/contract/template-grid.ts';
import {
  ALERTS,
  ACTUALS,
  INDICATORS,
  MILESTONES,
  RECIPIENTS,
  SETTINGS,
  type TableName,
} from '../../shared/contract/tables.ts';
import type { WorkbookTemplate } from '../../shared/contract/template.ts';
import type { Alert } from '../../shared/model/alert.ts';
import { alertRow } from '../../shared/contract/result-rows.ts';

/** The workbook name the grids carry (what messages name). */
export const TEMPLATE_WORKBOOK = 'plan.xlsx';

/** The planner tables of a template as Grids, keyed by table name. */
export function templateGrids(
  template: WorkbookTemplate,
  workbook = TEMPLATE_WORKBOOK,
): Partial<Record<TableName, Grid>> {
  return {
    Indicators: templateGrid(INDICATORS, template.indicators, workbook),
    Milestones: templateGrid(MILESTONES, template.milestones, workbook),
    Actuals: templateGrid(ACTUALS, template.actuals, workbook),
    Settings: templateGrid(SETTINGS, template.settings, workbook),
    Recipients: templateGrid(RECIPIENTS, template.recipients, workbook),
  };
}

/**
 * The Alerts table as the worker writes it (labels such as `预警中 firing`, the planner's
 * columns as given), so the next check reads it back through the real reader.
 */
export function alertsGrid(alerts: readonly Alert[], workbook = TEMPLATE_WORKBOOK): Grid {
  return templateGrid(ALERTS, alerts.map(alertRow), workbook);
}
