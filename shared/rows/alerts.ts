import type { CellValue, Grid } from '../contract/grid.ts';
import { ALERTS } from '../contract/tables.ts';
import { t } from '../i18n/messages.ts';
import type { Alert } from '../model/alert.ts';
import type { Status } from '../model/status.ts';
import { parseAlertState, parseRule, parseSeverity, parseStatus, type EnumResult } from '../parse/enum-values.ts';
import type { RowReader } from './row-reader.ts';
import type { RowsResult } from './rows-result.ts';
import { readTable } from './table-reader.ts';

/**
 * Reads back the Alerts table the worker wrote, so the next check can update each row in
 * place. The planner's columns (action, ack by, ack note, until) are kept exactly as typed.
 * State, severity, status and rule read either as codes (`firing`) or as the labels the
 * sheet shows (`预警中 firing`). An alert id given twice is an error on the later row.
 */
export function readAlerts(grid: Grid): RowsResult<Alert> {
  const firstRowOf = new Map<string, number>();
  return readTable(grid, ALERTS, (r) => {
    const alert = readAlert(r);
    if (alert === null) return null;
    const first = firstRowOf.get(alert.alertId);
    if (first !== undefined) {
      r.fail('alertId', 'row.duplicate_id', t('row.duplicate_id', { value: alert.alertId, first }));
      return null;
    }
    firstRowOf.set(alert.alertId, r.rowNumber);
    return alert;
  });
}

function readAlert(r: RowReader): Alert | null {
  const alertId = r.requiredCode('alertId');
  const state = requiredChoice(r, 'state', parseAlertState);
  const severity = requiredChoice(r, 'severity', parseSeverity);
  const status = requiredChoice(r, 'status', parseStatus);
  const rule = requiredChoice(r, 'rule', parseRule);
  const ackedStatus: Status | '' = r.choice('ackedStatus', parseStatus) ?? '';
  const alert = {
    alertId,
    id: r.text('id'),
    indicator: r.text('indicator'),
    category: r.text('category'),
    region: r.text('region'),
    period: r.text('period'),
    actual: r.number('actual'),
    expected: r.number('expected'),
    target: r.number('target'),
    gap: r.number('gap'),
    message: r.text('message'),
    firstSeen: r.text('firstSeen'),
    lastChanged: r.text('lastChanged'),
    lastEvaluated: r.text('lastEvaluated'),
    resolvedAt: r.text('resolvedAt'),
    ackedStatus,
    planner: {
      action: r.verbatim('action'),
      ackBy: r.verbatim('ackBy'),
      ackNote: r.verbatim('ackNote'),
      until: r.verbatim('until'),
    },
  };
  if (r.failed || state === undefined || severity === undefined || status === undefined || rule === undefined) {
    return null;
  }
  return { ...alert, state, severity, status, rule };
}

/** A choice the worker always writes: empty is an error too. */
function requiredChoice<T>(r: RowReader, key: string, parse: (v: CellValue) => EnumResult<T>): T | undefined {
  const v = r.choice(key, parse);
  if (v === undefined) r.required(key);
  return v;
}
