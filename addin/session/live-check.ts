/**
 * The add-in's live check: the workbook's tables, as the gateway read them, through the
 * same validate → evaluate → alert-transition stages the worker runs (shared/check), so
 * both shells give the same status for the same workbook.
 */
import { checkWorkbook, type CheckOutcome } from '../../shared/check/check-workbook.ts';
import { validateWorkbook, type WorkbookModel } from '../../shared/check/validate-workbook.ts';
import type { Grid } from '../../shared/contract/grid.ts';
import type { TableName } from '../../shared/contract/tables.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { isIsoDate } from '../../shared/parse/period.ts';
import { dateInZone } from '../../shared/parse/zone-date.ts';

export interface LiveCheck {
  asOf: string;
  grids: Partial<Record<TableName, Grid>>;
  model: WorkbookModel;
  problems: Problem[];
  outcome: CheckOutcome;
}

/**
 * Checks the grids as of `asOf`, or as of today in the plan's time zone (Settings
 * `plan.timezone`) when no valid date is given — the worker's default too.
 */
export function liveCheck(
  workbook: string,
  grids: Partial<Record<TableName, Grid>>,
  asOf: string | null,
  now: Date,
): LiveCheck {
  const { model, problems } = validateWorkbook(workbook, grids);
  const date = asOf !== null && isIsoDate(asOf) ? asOf : dateInZone(now, model.settings.timezone);
  return { asOf: date, grids, model, problems, outcome: checkWorkbook(model, date) };
}
