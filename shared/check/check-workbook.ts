import { transitionAlerts, type AlertChange } from '../alerts/transitions.ts';
import { evaluate } from '../evaluate/evaluate.ts';
import type { Alert } from '../model/alert.ts';
import type { Evaluation } from '../model/finding.ts';
import type { WorkbookModel } from './validate-workbook.ts';

export interface CheckOutcome {
  evaluation: Evaluation;
  alerts: Alert[];
  changes: AlertChange[];
}

/**
 * Evaluate → alert transitions for one validated workbook, the same in the add-in (live)
 * and the worker (nightly): the shells only read the grids and write the results. A
 * workbook that could not be read (`model.unread`) is not evaluated; the shells then
 * write nothing and report why.
 */
export function checkWorkbook(model: WorkbookModel, asOf: string): CheckOutcome {
  if (model.unread.length > 0) {
    // Not read, so not evaluated: every alert stays exactly as the table holds it.
    return {
      evaluation: { asOf, statuses: [], findings: [], holding: [], owed: [], estimatedYears: [] },
      alerts: model.previousAlerts,
      changes: model.previousAlerts.map((a) => ({ alertId: a.alertId, kind: 'unchanged' })),
    };
  }
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
    stale: new Set(model.staleIds),
    language: model.settings.language,
  });
  return { evaluation, alerts, changes };
}
