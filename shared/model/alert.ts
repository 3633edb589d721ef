import type { Rule, Severity, Status } from './status.ts';

export type AlertState = 'firing' | 'resolved' | 'acknowledged' | 'silenced';

/** What a planner typed into the Alerts table's ack/silence columns (kept verbatim). */
export interface PlannerColumns {
  /** 确认/ack/acknowledge, 静默/silence, or ''. Kept as typed. */
  action: string;
  ackBy: string;
  ackNote: string;
  /** Date (YYYY-MM-DD) the ack or silence lasts until, as typed. */
  until: string;
}

/** One row of the Alerts table. */
export interface Alert {
  alertId: string;
  state: AlertState;
  severity: Severity;
  status: Status;
  id: string;
  indicator: string;
  category: string;
  region: string;
  period: string;
  rule: Rule;
  actual: number | null;
  expected: number | null;
  target: number | null;
  gap: number | null;
  message: string;
  firstSeen: string;
  lastChanged: string;
  lastEvaluated: string;
  resolvedAt: string;
  /** Status the alert had when the planner's ack was first seen; '' if never acked. */
  ackedStatus: Status | '';
  planner: PlannerColumns;
}
