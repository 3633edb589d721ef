/**
 * The counters the worker keeps (Prometheus counters, exposed by `GET /metrics`). In
 * queue mode they live in Redis so every worker process adds to the same numbers; in
 * embedded mode in memory.
 */
export const COUNTERS = [
  'runs_started',
  'runs_completed',
  'checks_completed',
  'checks_failed',
  'checks_retried',
  'emails_sent',
  'emails_already_sent',
  'email_failures_transient',
  'email_failures_permanent',
  'email_retries',
  'dingtalk_messages_sent',
  'dingtalk_failures_transient',
  'dingtalk_failures_permanent',
  'dingtalk_retries',
  'wecom_messages_sent',
  'wecom_failures_transient',
  'wecom_failures_permanent',
  'wecom_retries',
  'emails_in_doubt',
  'reminders_sent_email',
  'reminders_sent_dingtalk',
  'reminders_sent_wecom',
] as const;

export type CounterName = (typeof COUNTERS)[number];

/** Where counts go. Never throws and never blocks the work it counts. */
export interface Stats {
  increment(name: CounterName, by?: number): void;
}

/** Counters in this process only. */
export class MemoryStats implements Stats {
  readonly counts: Record<CounterName, number> = Object.fromEntries(
    COUNTERS.map((c) => [c, 0]),
  ) as Record<CounterName, number>;

  increment(name: CounterName, by = 1): void {
    this.counts[name] += by;
  }
}
