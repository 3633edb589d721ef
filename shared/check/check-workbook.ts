import { transitionAlerts, type AlertChange } from '../alerts/transitions.ts';
import { evaluate } from '../evaluate/evaluate.ts';
import type { Alert } from '../model/alert.ts';
import type { Evaluation } from '../model/finding.ts';
import type { WorkbookModel } from './workbook-model.ts';

export interface CheckOutcome {
  evaluation: Evaluation;
  alerts: Alert[];
  changes: AlertChange[];
}

/**
 * Evaluate → alert transitions for one validated workbook, the same in the add-in (live)
 * and the worker (nightly): the shells only read the grids and write the results.
 */
export function checkWorkbook(model: WorkbookModel, asOf: string): CheckOutcome {
  const evaluation = evaluate({
    indicators: model.indicators,
    milestones: model.milestones,
    actuals: model.actuals,
    settings: model.settings,
    asOf,
  });
  const { alerts, changes } = transitionAlerts({
    previous: model.previousAlerts,
    evaluation,
    indicators: model.indicators,
    asOf,
    retentionDays: model.settings.retentionDays,
    language: model.settings.language,
  });
  return { evaluation, alerts, changes };
}
