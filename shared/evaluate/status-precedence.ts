/**
 * Which status an indicator × region shows when several apply (docs/architecture.md §4.5):
 * breached > near_limit > achieved > at_risk > behind > on_track, then no_baseline and
 * no_data for rows where nothing else could be said. forecast_miss and inconsistent are
 * alerts of their own, never the shown status (see the status table).
 */
import type { Status } from '../model/status.ts';
import { STATUS_DISPLAY_ORDER, STATUS_TABLE } from '../model/status-table.ts';

export const STATUS_PRECEDENCE: readonly Status[] = STATUS_DISPLAY_ORDER.flatMap((s) => {
  const rank = STATUS_TABLE[s].precedence;
  return rank === null ? [] : [{ s, rank }];
})
  .sort((a, b) => a.rank - b.rank)
  .map(({ s }) => s);

/** Lower is stronger; statuses outside the precedence rank last. */
export function precedenceRank(status: Status): number {
  const i = STATUS_PRECEDENCE.indexOf(status);
  return i === -1 ? STATUS_PRECEDENCE.length : i;
}

/** The strongest of the candidate statuses, or null when there are none. */
export function strongestStatus(candidates: readonly Status[]): Status | null {
  let best: Status | null = null;
  for (const s of candidates) {
    if (best === null || precedenceRank(s) < precedenceRank(best)) best = s;
  }
  return best;
}
