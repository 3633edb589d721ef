import { alertFingerprint } from './fingerprint.ts';
import { nextEpisodePlanner } from './episode-history.ts';
import { plannerIntent } from './acknowledgement-and-silence.ts';
import { bilingualLine, t } from '../i18n/messages.ts';
import { inLanguage } from '../i18n/reader-language.ts';
import type { ReaderLanguage } from '../model/digest.ts';
import type { Alert, AlertState, PlannerColumns } from '../model/alert.ts';
import type { Evaluation, Finding } from '../model/finding.ts';
import type { Indicator } from '../model/indicator.ts';
import { severityRank, type Status } from '../model/status.ts';
import { daysBetween } from '../parse/period.ts';
import { compareIds } from '../model/id-order.ts';

/** What happened to one alert in this check; the digest is built from these. */
export type AlertChangeKind =
  'new' | 'reopened' | 'worsened' | 'improved' | 'unchanged' | 'resolved' | 'expired';

export interface AlertChange {
  alertId: string;
  kind: AlertChangeKind;
}

export interface TransitionInput {
  /** The Alerts table as read back from the workbook (planner columns included). */
  previous: Alert[];
  evaluation: Evaluation;
  indicators: Indicator[];
  /** YYYY-MM-DD, the check's date in the plan's time zone. */
  asOf: string;
  retentionDays: number;
  /** Indicators whose rows could not be read: their alerts are kept as they were, marked stale. */
  stale?: ReadonlySet<string>;
  /** The language of the messages written into the workbook (Settings `plan.language`). */
  language?: ReaderLanguage;
}

export interface TransitionResult {
  alerts: Alert[];
  changes: AlertChange[];
}

const EMPTY_PLANNER: PlannerColumns = { action: '', ackBy: '', ackNote: '', until: '' };

/**
 * How bad a status is, for "did it get worse": severity alone is not enough, since
 * `behind` → `at_risk` on an expected indicator stays a warning yet is clearly worse.
 */
const STATUS_BADNESS: Record<Status, number> = {
  achieved: 0,
  on_track: 0,
  inconsistent: 1,
  no_baseline: 1,
  behind: 2,
  no_data: 2,
  near_limit: 3,
  forecast_miss: 3,
  at_risk: 4,
  breached: 5,
};

function worse(
  a: Pick<Alert, 'severity' | 'status'>,
  b: Pick<Alert, 'severity' | 'status'>,
): boolean {
  const bySeverity = severityRank(a.severity) - severityRank(b.severity);
  return (
    bySeverity > 0 || (bySeverity === 0 && STATUS_BADNESS[a.status] > STATUS_BADNESS[b.status])
  );
}

/**
 * The state a live alert shows, given what the planner typed. An ack is void once the alert is
 * worse than when it was acknowledged (docs/architecture.md §5); the planner's text is kept.
 */
function liveState(
  alert: Alert,
  asOf: string,
  shownStatus: Status,
): { state: AlertState; ackedStatus: Status | '' } {
  const intent = plannerIntent(alert.planner, asOf);
  switch (intent.kind) {
    case 'silenced':
      return { state: 'silenced', ackedStatus: alert.ackedStatus };
    case 'acknowledged': {
      // First time we see the ack: it was typed against the status the sheet showed then.
      const ackedStatus = alert.ackedStatus === '' ? shownStatus : alert.ackedStatus;
      const voided = STATUS_BADNESS[alert.status] > STATUS_BADNESS[ackedStatus];
      return { state: voided ? 'firing' : 'acknowledged', ackedStatus };
    }
    case 'none':
      return { state: 'firing', ackedStatus: '' };
    case 'expired':
    case 'unreadable':
      return { state: 'firing', ackedStatus: alert.ackedStatus };
  }
}

function fromFinding(
  alertId: string,
  f: Finding,
  indicator: Indicator | undefined,
  base: Alert | undefined,
  asOf: string,
  language: ReaderLanguage,
): Alert {
  return {
    alertId,
    state: 'firing',
    severity: f.severity,
    status: f.status,
    id: f.id,
    indicator: indicator?.name ?? base?.indicator ?? f.id,
    category: indicator?.category ?? base?.category ?? '',
    region: f.region,
    period: f.period,
    rule: f.rule,
    actual: f.actual,
    expected: f.expected,
    target: f.target,
    gap: f.gap,
    message: inLanguage(f.message, language),
    firstSeen: base?.firstSeen || asOf,
    lastChanged: base?.lastChanged || asOf,
    lastEvaluated: asOf,
    resolvedAt: '',
    ackedStatus: base?.ackedStatus ?? '',
    planner: base?.planner ?? EMPTY_PLANNER,
  };
}

/**
 * One check's alert lifecycle step (docs/architecture.md §5): findings become firing alerts keyed
 * by fingerprint, alerts whose rule no longer fires resolve (unless held by a recovery line),
 * planner ack/silence columns are honoured and never rewritten, and resolved alerts past the
 * retention window are dropped. Pure: same input, same output.
 */
export function transitionAlerts(input: TransitionInput): TransitionResult {
  const { asOf } = input;
  const language = input.language ?? 'zh-CN';
  const indicators = new Map(input.indicators.map((i) => [i.id, i]));
  const previous = new Map(input.previous.map((a) => [a.alertId, a]));
  const alerts: Alert[] = [];
  const changes: AlertChange[] = [];
  const seen = new Set<string>();

  const stale = input.stale ?? new Set<string>();
  const keep = (f: Finding, held: boolean): void => {
    if (stale.has(f.id)) return;
    const alertId = alertFingerprint(f.id, f.region, f.rule);
    if (seen.has(alertId)) return;
    const prev = previous.get(alertId);
    // A held finding (cleared, but not past its recovery line) matters only for an alert already live.
    if (held && (prev === undefined || prev.state === 'resolved')) return;
    seen.add(alertId);

    const reopened = prev !== undefined && prev.state === 'resolved';
    const base = prev === undefined || reopened ? undefined : prev;
    const next = fromFinding(alertId, f, indicators.get(f.id), base, asOf, language);
    // A new episode: the earlier ack or silence is kept as history, never applied to it.
    if (reopened) next.planner = nextEpisodePlanner(prev);
    if (held && base) {
      // Keep the firing figures; say why it has not resolved yet.
      Object.assign(next, { severity: base.severity, status: base.status });
      next.message = `${next.message} · ${inLanguage(t('alert.holdingRecovery'), language)}`;
    }

    let kind: AlertChangeKind = 'unchanged';
    if (prev === undefined) kind = 'new';
    else if (reopened) kind = 'reopened';
    else if (worse(next, prev)) kind = 'worsened';
    else if (worse(prev, next)) kind = 'improved';
    if (kind !== 'unchanged' || (base !== undefined && base.period !== next.period))
      next.lastChanged = asOf;

    const live = liveState(next, asOf, base?.status ?? next.status);
    next.state = live.state;
    next.ackedStatus = live.ackedStatus;
    alerts.push(next);
    changes.push({ alertId, kind });
  };

  input.evaluation.findings.forEach((f) => keep(f, false));
  input.evaluation.holding.forEach((f) => keep(f, true));

  for (const prev of input.previous) {
    if (seen.has(prev.alertId)) continue;
    seen.add(prev.alertId);
    if (stale.has(prev.id)) {
      // Only a figure that was read can resolve an alert: keep it, and say why it is old.
      alerts.push(prev.state === 'resolved' ? prev : { ...prev, message: staleMessage(prev) });
      changes.push({ alertId: prev.alertId, kind: 'unchanged' });
      continue;
    }
    if (prev.state === 'resolved') {
      if (prev.resolvedAt !== '' && daysBetween(prev.resolvedAt, asOf) > input.retentionDays) {
        changes.push({ alertId: prev.alertId, kind: 'expired' });
        continue;
      }
      alerts.push({ ...prev, lastEvaluated: asOf });
      changes.push({ alertId: prev.alertId, kind: 'unchanged' });
      continue;
    }
    alerts.push({
      ...prev,
      state: 'resolved',
      resolvedAt: asOf,
      lastChanged: asOf,
      lastEvaluated: asOf,
      ackedStatus: prev.ackedStatus,
    });
    changes.push({ alertId: prev.alertId, kind: 'resolved' });
  }

  return { alerts: sortAlerts(alerts), changes };
}

/** An alert's message marked as carried over from the last check (once, however many nights). */
function staleMessage(alert: Alert): string {
  const note = bilingualLine(t('alert.stale'));
  return alert.message.endsWith(note) ? alert.message : `${alert.message} · ${note}`;
}

/** Live alerts first, worst first, then by indicator id and region: a stable order for the sheet. */
function sortAlerts(alerts: Alert[]): Alert[] {
  const live = (a: Alert): number => (a.state === 'resolved' ? 1 : 0);
  return [...alerts].sort(
    (a, b) =>
      live(a) - live(b) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      compareIds(a.id, b.id) ||
      a.region.localeCompare(b.region) ||
      a.rule.localeCompare(b.rule),
  );
}
