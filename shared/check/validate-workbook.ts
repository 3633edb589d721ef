import type { Grid } from '../contract/grid.ts';
import type { TableName } from '../contract/tables.ts';
import type { Actual } from '../model/actual.ts';
import type { Alert } from '../model/alert.ts';
import type { Indicator } from '../model/indicator.ts';
import type { Milestone } from '../model/milestone.ts';
import type { Problem } from '../model/problem.ts';
import type { Recipient } from '../model/recipient.ts';
import type { Settings } from '../model/settings.ts';
import { readActuals } from '../rows/actuals.ts';
import { readAlerts } from '../rows/alerts.ts';
import { readIndicators } from '../rows/indicators.ts';
import { readMilestones } from '../rows/milestones.ts';
import { readRecipients } from '../rows/recipients.ts';
import { readSettings } from '../rows/settings.ts';
import { DEFAULT_SETTINGS } from '../model/settings.ts';
import { crossTableChecks } from './cross-table.ts';
import { indicatorLineChecks } from './indicator-lines.ts';
import { staleIndicatorIds, unreadTables } from './unread-tables.ts';

/** A workbook's contract tables, validated: what evaluation and the alert lifecycle need. */
export interface WorkbookModel {
  workbook: string;
  indicators: Indicator[];
  milestones: Milestone[];
  actuals: Actual[];
  settings: Settings;
  recipients: Recipient[];
  /** The Alerts table as it stands, planner columns included. */
  previousAlerts: Alert[];
  /** Why the workbook cannot be checked at all (see unread-tables.ts); empty: check it. */
  unread: Problem[];
  /** Indicators whose own row could not be read: their alerts keep their state, marked stale. */
  staleIds: string[];
}

/**
 * Validate stage: the contract tables (as Grids, from either shell) → typed model plus
 * every problem found. Bad rows are reported and dropped; good rows are kept.
 */
export function validateWorkbook(
  workbook: string,
  grids: Partial<Record<TableName, Grid>>,
): { model: WorkbookModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const take = <T>(r: { items: T[]; problems: Problem[] }): T[] => {
    problems.push(...r.problems);
    return r.items;
  };

  let settings: Settings = { ...DEFAULT_SETTINGS };
  if (grids.Settings) {
    const read = readSettings(grids.Settings);
    settings = read.settings;
    problems.push(...read.problems);
  }
  const readIndicatorsRows = grids.Indicators ? take(readIndicators(grids.Indicators)) : [];
  const units = { indicators: readIndicatorsRows };
  const milestones = grids.Milestones ? take(readMilestones(grids.Milestones, units)) : [];
  const actuals = grids.Actuals ? take(readActuals(grids.Actuals, units)) : [];
  const recipients = grids.Recipients ? take(readRecipients(grids.Recipients)) : [];
  const previousAlerts = grids.Alerts ? take(readAlerts(grids.Alerts)) : [];

  const cross = crossTableChecks(
    { workbook, indicators: readIndicatorsRows, milestones, actuals },
    grids,
  );
  problems.push(
    ...cross.problems,
    ...indicatorLineChecks(workbook, readIndicatorsRows, grids.Indicators),
  );
  const model: WorkbookModel = {
    workbook,
    indicators: cross.indicators,
    milestones,
    actuals,
    settings,
    recipients,
    previousAlerts,
    unread: unreadTables(workbook, grids, cross.indicators, settings.minIndicatorShare),
    staleIds: [...staleIndicatorIds(grids, problems, cross.indicators, previousAlerts)],
  };
  return { model, problems };
}
