/**
 * What people read: one entry per indicator × region, its rules together, worst first,
 * and its figures once. The Alerts table keeps one row per fingerprint; the digest and
 * the add-in's Alerts screen both group its rows here.
 */
import type { Alert } from '../model/alert.ts';
import { severityRank, type Severity, type Status } from '../model/status.ts';
import { statusWorstFirst } from '../model/status-table.ts';

/** The alerts of one indicator × region, worst first. */
export interface AlertGroup<A extends Alert = Alert> {
  id: string;
  region: string;
  /** Never empty; the first is the worst. */
  alerts: A[];
  /** The alert whose period and figures the entry shows: the worst one that has figures. */
  figures: A;
}

/** Worse first: by severity, then by the status table's worst-first order. */
export function worseFirst(
  a: { severity: Severity; status: Status },
  b: { severity: Severity; status: Status },
): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    statusWorstFirst(a.status) - statusWorstFirst(b.status)
  );
}

/**
 * Groups alerts per indicator × region, in the order each group is first met. `apart`
 * splits a group further (the digest keeps a recovery apart from live rules).
 */
export function groupAlerts<A extends Alert>(
  alerts: readonly A[],
  apart: (alert: A) => string = () => '',
): AlertGroup<A>[] {
  const groups = new Map<string, A[]>();
  for (const alert of alerts) {
    const key = JSON.stringify([alert.id, alert.region, apart(alert)]);
    groups.set(key, [...(groups.get(key) ?? []), alert]);
  }
  return [...groups.values()].flatMap((list) => {
    const sorted = [...list].sort(worseFirst);
    const [worst] = sorted;
    if (worst === undefined) return [];
    const figures =
      (worst.actual !== null ? worst : undefined) ??
      sorted.find((a) => a.actual !== null || a.expected !== null) ??
      worst;
    return [{ id: worst.id, region: worst.region, alerts: sorted, figures }];
  });
}
