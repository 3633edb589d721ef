import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { SEVERITIES } from '../../shared/model/status.ts';
import { COUNTERS, type CounterName } from '../metrics/stats.ts';
import { readRunSummary } from '../queue/run-summary-store.ts';
import type { RedisStats } from '../queue/redis-stats.ts';
import type { MetricFamily } from './prometheus-text.ts';

const COUNTER_HELP: Record<CounterName, string> = {
  runs_started: 'Runs started (flows added), all workers.',
  runs_completed: 'Runs whose digest job completed, all workers.',
  checks_completed: 'Workbook checks completed, all workers.',
  checks_failed: 'Workbook checks that failed for good, all workers.',
  checks_retried: 'Workbook checks that failed and will be retried, all workers.',
  emails_sent: 'Digest emails accepted by the SMTP server.',
  emails_already_sent: 'Digest emails skipped because the send log shows them sent (retried runs).',
  email_failures_transient:
    'Digest emails that failed after every try (will be retried with the digest job).',
  email_failures_permanent: 'Digest emails refused for good by the SMTP server (bad address).',
  email_retries: 'SMTP sends tried again after a transient failure.',
  dingtalk_messages_sent: 'Messages accepted by DingTalk robots (errcode 0).',
  dingtalk_failures_transient: 'DingTalk messages that failed after every try (rate limit, 5xx).',
  dingtalk_failures_permanent:
    'DingTalk messages refused for good (bad signature, token, payload).',
  dingtalk_retries: 'DingTalk posts tried again after a rate limit or server error.',
  wecom_messages_sent: 'Messages accepted by WeCom group robots (errcode 0).',
  wecom_failures_transient: 'WeCom messages that failed after every try (rate limit, 5xx).',
  wecom_failures_permanent: 'WeCom messages refused for good (bad key, payload).',
  wecom_retries: 'WeCom posts tried again after a rate limit or server error.',
  emails_in_doubt:
    'Digest emails whose sender stopped mid-send: maybe delivered, not resent; a person decides.',
  reminders_sent_email: 'Reminders (催报) delivered by email or to the outbox.',
  reminders_sent_dingtalk: 'Reminders (催报) delivered to DingTalk robots.',
  reminders_sent_wecom: 'Reminders (催报) delivered to WeCom robots.',
};

/** Job states shown per queue. */
const STATES = [
  'waiting',
  'active',
  'delayed',
  'failed',
  'completed',
  'waiting-children',
  'prioritized',
  'paused',
] as const;

/** Everything `GET /metrics` shows, read from Redis so any worker process answers for all. */
export async function collectMetrics(source: {
  stats: RedisStats;
  redis: Redis;
  prefix: string;
  queues: Queue[];
}): Promise<MetricFamily[]> {
  const counts = await source.stats.read();
  const families: MetricFamily[] = COUNTERS.map((c) => ({
    name: `kpi_sentinel_${c}_total`,
    help: COUNTER_HELP[c],
    type: 'counter',
    samples: [{ value: counts[c] }],
  }));
  const last = await readRunSummary(source.redis, source.prefix);
  families.push({
    name: 'kpi_sentinel_alerts_firing',
    help: 'Alerts firing or acknowledged at the last completed run, by severity.',
    type: 'gauge',
    samples: SEVERITIES.map((s) => ({ labels: { severity: s }, value: last?.alerts[s] ?? 0 })),
  });
  families.push({
    name: 'kpi_sentinel_last_successful_run_timestamp_seconds',
    help: 'When the last run completed (its digest went out), Unix time; 0 before the first.',
    type: 'gauge',
    samples: [{ value: last ? Math.floor(last.finishedAt / 1000) : 0 }],
  });
  families.push({
    name: 'kpi_sentinel_last_run_failed_workbooks',
    help: 'Workbooks the last completed run could not check.',
    type: 'gauge',
    samples: [{ value: last?.failed.length ?? 0 }],
  });
  const depth: MetricFamily = {
    name: 'kpi_sentinel_queue_jobs',
    help: 'Jobs per queue and state.',
    type: 'gauge',
    samples: [],
  };
  for (const q of source.queues) {
    const byState = await q.getJobCounts(...STATES);
    for (const state of STATES)
      depth.samples.push({ labels: { queue: q.name, state }, value: byState[state] ?? 0 });
  }
  families.push(depth);
  return families;
}
