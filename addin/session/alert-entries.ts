/**
 * The Alerts screen's entries: the live check's open alerts grouped per indicator × region
 * by the digest's own grouping (shared/alerts/alert-groups.ts), each rule with the
 * sentence of this check's finding and whether its row is in the Alerts table yet.
 */
import { groupAlerts, worseFirst, type AlertGroup } from '../../shared/alerts/alert-groups.ts';
import type { Bilingual } from '../../shared/i18n/messages.ts';
import type { Alert, AlertState } from '../../shared/model/alert.ts';
import type { LiveCheck } from './live-check.ts';

/** One rule of an entry. */
export interface EntryRule {
  alert: Alert;
  /** This check's sentence in both languages; the stored one when the rule did not fire now. */
  message: Bilingual | string;
  /** Not yet a row of the Alerts table (acknowledging appends it). */
  isNew: boolean;
}

/** One indicator × region as the screen lists it. */
export interface AlertEntry {
  /** Stable key of the indicator × region: what `handleEntry` is given. */
  key: string;
  group: AlertGroup;
  rules: EntryRule[];
}

export interface AlertEntries {
  /** Entries with an open (not resolved) alert: firing ones first, then the worst. */
  open: AlertEntry[];
  /** Resolved alerts, counted only. */
  resolved: number;
}

const STATE_ORDER: AlertState[] = ['firing', 'acknowledged', 'silenced', 'resolved'];

/** The key of an indicator × region. */
export function entryKey(alert: Pick<Alert, 'id' | 'region'>): string {
  return JSON.stringify([alert.id, alert.region]);
}

function stateRank(entry: AlertEntry): number {
  return Math.min(...entry.group.alerts.map((a) => STATE_ORDER.indexOf(a.state)));
}

/** The open entries of a check and the number of resolved alerts. */
export function alertEntries(check: LiveCheck): AlertEntries {
  const inTable = new Set(check.model.previousAlerts.map((a) => a.alertId));
  const findings = check.outcome.evaluation.findings;
  const open = check.outcome.alerts.filter((a) => a.state !== 'resolved');
  const entries = groupAlerts(open).map((group): AlertEntry => ({
    key: entryKey(group),
    group,
    rules: group.alerts.map((alert) => ({
      alert,
      message:
        findings.find(
          (f) => f.id === alert.id && f.region === alert.region && f.rule === alert.rule,
        )?.message ?? alert.message,
      isNew: !inTable.has(alert.alertId),
    })),
  }));
  entries.sort((a, b) => stateRank(a) - stateRank(b) || worseFirst(worst(a), worst(b)));
  return { open: entries, resolved: check.outcome.alerts.length - open.length };
}

function worst(entry: AlertEntry): Alert {
  return entry.group.alerts[0] ?? entry.group.figures;
}
