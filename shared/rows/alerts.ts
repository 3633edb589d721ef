import type { CellValue, Grid } from '../contract/grid.ts';
import { matchHeaders } from '../contract/header-match.ts';
import { ALERTS } from '../contract/tables.ts';
import { alertFingerprint } from '../alerts/fingerprint.ts';
import { severityFor } from '../evaluate/severity.ts';
import { label, t, type Bilingual } from '../i18n/messages.ts';
import type { Alert, AlertState } from '../model/alert.ts';
import { RULES, type Rule, type Severity, type Status } from '../model/status.ts';
import {
  parseAlertState,
  parseRule,
  parseSeverity,
  parseStatus,
  type EnumResult,
} from '../parse/enum-values.ts';
import { RowReader } from './row-reader.ts';
import type { RowsResult } from './rows-result.ts';
import { readTable } from './table-reader.ts';

/**
 * Reads back the Alerts table the worker wrote, so the next check can update each row in
 * place. The planner's columns (action, ack by, ack note, until) are kept exactly as typed.
 * State, severity, status and rule read either as codes (`firing`) or as the labels the
 * sheet shows (`预警中 firing`).
 *
 * The other columns are the worker's own and are rewritten on every check, so a damaged
 * one (edited, emptied, `#N/A`) never costs the row: it is read as a safe fallback with a
 * warning, and the row — with what the planner typed — stays. An empty alert id is
 * restored from indicator, region and rule. Only a row with no alert id to key on, or one
 * repeating an earlier row's id, is an error (dropped).
 */
export function readAlerts(grid: Grid): RowsResult<Alert> {
  const columns = matchHeaders(grid.header, ALERTS).columns;
  const firstRowOf = new Map<string, number>();
  return readTable(grid, ALERTS, (r) => {
    // Worker cells are read through a probe whose problems are not reported: readAlert
    // turns each into a fallback, reported as a warning once the row is known to stay.
    const probe = new RowReader(grid, ALERTS, columns, r.row, []);
    const read = readAlert(r, probe);
    if (read === null) return null;
    const { alert, fallbacks } = read;
    const first = firstRowOf.get(alert.alertId);
    if (first !== undefined) {
      r.fail('alertId', 'row.duplicate_id', t('row.duplicate_id', { value: alert.alertId, first }));
      return null;
    }
    firstRowOf.set(alert.alertId, r.rowNumber);
    for (const f of fallbacks) r.warn(f.key, f.code, f.detail);
    return alert;
  });
}

/** A damaged worker cell and what it was read as. */
interface Fallback {
  key: string;
  code: 'row.alert_cell_defaulted' | 'row.alert_id_restored';
  detail: Bilingual;
}

/** The rule a status comes from (an alert's status always belongs to its rule). */
const RULE_OF_STATUS: Record<Status, Rule> = {
  breached: 'line',
  near_limit: 'line',
  behind: 'pace',
  at_risk: 'pace',
  achieved: 'pace',
  on_track: 'pace',
  no_data: 'missing',
  forecast_miss: 'forecast',
  inconsistent: 'consistency',
  no_baseline: 'baseline',
};

/** The mildest status a rule fires with, assumed when the status cell is damaged. */
const MILDEST_STATUS: Record<Rule, Status> = {
  pace: 'behind',
  line: 'near_limit',
  missing: 'no_data',
  forecast: 'forecast_miss',
  consistency: 'inconsistent',
  baseline: 'no_baseline',
};

/** The severity a status has whatever the indicator's kind; `warning` where the kind decides. */
function severityOfStatus(status: Status): Severity {
  const binding = severityFor(status, 'binding');
  return binding === severityFor(status, 'expected') ? binding : 'warning';
}

/** The rule whose fingerprint with this indicator and region is the alert id, if any. */
function ruleOfAlertId(alertId: string, id: string, region: string): Rule | undefined {
  if (alertId === '' || id === '') return undefined;
  return RULES.find((rule) => alertFingerprint(id, region, rule) === alertId);
}

function readAlert(r: RowReader, probe: RowReader): { alert: Alert; fallbacks: Fallback[] } | null {
  const fallbacks: Fallback[] = [];
  const fellBack = (key: string, shown: string): void => {
    const detail = t('row.alert_cell_defaulted', { value: r.shown(key), fallback: shown });
    fallbacks.push({ key, code: 'row.alert_cell_defaulted', detail });
  };
  const text = (key: string): string => {
    const v = probe.text(key);
    if (!probe.hasError(key)) return v;
    fellBack(key, '');
    return '';
  };
  const number = (key: string): number | null => {
    const v = probe.number(key);
    if (!probe.hasError(key)) return v;
    fellBack(key, '—');
    return null;
  };
  /** A choice the worker always writes; undefined when empty or unreadable. */
  const choice = <T>(key: string, parse: (v: CellValue) => EnumResult<T>): T | undefined => {
    const v = probe.choice(key, parse);
    return probe.hasError(key) ? undefined : v;
  };

  const id = text('id');
  const region = text('region');
  const typedId = probe.requiredCode('alertId');
  const ruleRead = choice('rule', parseRule);
  let alertId = typedId;
  if (probe.hasError('alertId')) {
    if (id === '' || ruleRead === undefined) {
      // Nothing to key the row on: report it as the plain reader would, and drop it.
      r.requiredCode('alertId');
      return null;
    }
    alertId = alertFingerprint(id, region, ruleRead);
    fallbacks.push({
      key: 'alertId',
      code: 'row.alert_id_restored',
      detail: t('row.alert_id_restored', { alertId }),
    });
  }
  const planner = {
    action: r.verbatim('action'),
    ackBy: r.verbatim('ackBy'),
    ackNote: r.verbatim('ackNote'),
    until: r.verbatim('until'),
  };
  if (r.failed) return null;

  const statusRead = choice('status', parseStatus);
  const rule =
    ruleRead ??
    ruleOfAlertId(typedId, id, region) ??
    (statusRead ? RULE_OF_STATUS[statusRead] : 'pace');
  if (ruleRead === undefined) fellBack('rule', label(`rule.${rule}`));
  const status = statusRead ?? MILDEST_STATUS[rule];
  if (statusRead === undefined) fellBack('status', label(`status.${status}`));
  const severityRead = choice('severity', parseSeverity);
  const severity = severityRead ?? severityOfStatus(status);
  if (severityRead === undefined) fellBack('severity', label(`severity.${severity}`));

  const resolvedAt = text('resolvedAt');
  const stateRead = choice('state', parseAlertState);
  // Ack and silence are read afresh from the planner's columns on every check, so only
  // whether the alert had resolved needs guessing: the worker dates every resolution.
  const state: AlertState = stateRead ?? (resolvedAt === '' ? 'firing' : 'resolved');
  if (stateRead === undefined) fellBack('state', label(`state.${state}`));

  // Empty is normal here (never acknowledged); only an unreadable cell falls back.
  const ackedRead = probe.choice('ackedStatus', parseStatus);
  const ackedStatus: Status | '' = probe.hasError('ackedStatus') ? '' : (ackedRead ?? '');
  if (probe.hasError('ackedStatus')) fellBack('ackedStatus', '');

  const alert: Alert = {
    alertId,
    state,
    severity,
    status,
    id,
    indicator: text('indicator'),
    category: text('category'),
    region,
    period: text('period'),
    rule,
    actual: number('actual'),
    expected: number('expected'),
    target: number('target'),
    gap: number('gap'),
    message: text('message'),
    firstSeen: text('firstSeen'),
    lastChanged: text('lastChanged'),
    lastEvaluated: text('lastEvaluated'),
    resolvedAt,
    ackedStatus,
    planner,
  };
  return { alert, fallbacks };
}
