import { basename } from 'node:path';
import { Job, Worker, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { bilingualLine, t } from '../../shared/i18n/messages.ts';
import type { Channel } from '../channels/channel.ts';
import type { Config } from '../config/config-schema.ts';
import type { Logger } from '../log/logger.ts';
import type { Stats } from '../metrics/stats.ts';
import { deliverDigests, type DigestCheck } from '../pipeline/digest-stage.ts';
import { deliverReminders } from '../pipeline/remind-stage.ts';
import type { ReminderLog } from '../remind/reminder-log.ts';
import { digestOptionsOf, digestRetry, runTotals } from '../pipeline/run-totals.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import type { ActiveJobs } from './graceful-shutdown.ts';
import type { CheckJobData, CheckJobResult, DigestJobData, RunSummary } from './job-data.ts';
import { QUEUE_NAMES, workerOptions } from './queues.ts';
import { checkJobId } from './run-id.ts';
import { saveRunSummary } from './run-summary-store.ts';

export interface DigestWorkerDeps {
  /** Where digests go, behind the send log (see DeduplicatingChannel). */
  channel: Channel;
  checks: Queue<CheckJobData>;
  redis: Redis;
  config: Config;
  stats: Stats;
  log: Logger;
  /** When each figure was last reminded of (Redis: shared by every worker process). */
  reminderLog: ReminderLog;
}

/** A value in a `{ jobKey: … }` map whose key ends in `:<jobId>`. */
function byJobId<T>(map: Record<string, T>, jobId: string): T | undefined {
  for (const [key, value] of Object.entries(map)) if (key.endsWith(`:${jobId}`)) return value;
  return undefined;
}

/**
 * The run's checks in workbook order, rebuilt from the children: a result for each
 * child that completed, the recorded problems (or the error) for each that failed for good.
 */
export async function collectChecks(
  job: Job<DigestJobData>,
  checks: Queue<CheckJobData>,
): Promise<DigestCheck[]> {
  const values = await job.getChildrenValues<CheckJobResult>();
  const failures = await job.getIgnoredChildrenFailures();
  const out: DigestCheck[] = [];
  for (const w of job.data.workbooks) {
    const id = checkJobId(job.data.runId, w.id);
    const value = byJobId(values, id);
    if (value) {
      out.push(value);
      continue;
    }
    const reason = byJobId(failures, id) ?? t('queue.check_missing').en;
    const child = await Job.fromId<CheckJobData>(checks, id);
    const problems = child?.data.problems ?? [
      workbookProblem('queue.check_failed', { workbook: basename(w.path) }, { reason }),
    ];
    out.push({
      ok: false,
      path: w.path,
      workbook: problems[0]?.workbook ?? basename(w.path),
      problems,
    });
  }
  return out;
}

/**
 * The digest job of a run, which BullMQ starts once every check has finished or failed
 * for good: one message per person over every checked workbook, naming the workbooks
 * that could not be checked. Sends go through the send log, so when a transient failure
 * makes the job retry, the recipients who already have theirs get nothing more.
 */
export function digestProcessor(
  deps: DigestWorkerDeps,
): (job: Job<DigestJobData, RunSummary>) => Promise<RunSummary> {
  return async (job) => {
    const { runId } = job.data;
    const checks = await collectChecks(job, deps.checks);
    const digests = await deliverDigests(checks, deps.channel, runId, digestOptionsOf(deps.config));
    // 催报 here too: after every check of the run, once (the send log keys them by purpose).
    const reminders = await deliverReminders(
      checks,
      deps.channel,
      runId,
      deps.reminderLog,
      deps.stats,
    );
    const summary: RunSummary = {
      runId,
      trigger: job.data.trigger,
      finishedAt: Date.now(),
      ...runTotals(checks, digests),
    };
    const text = digestRetry(runId, {
      ...digests,
      deliveries: [...digests.deliveries, ...reminders.deliveries],
    });
    if (text) {
      deps.log.log('warn', 'digest.retry', text, { runId, attemptsMade: job.attemptsMade });
      throw new Error(bilingualLine(text));
    }
    await saveRunSummary(deps.redis, deps.config.queue.prefix, summary);
    deps.stats.increment('runs_completed');
    deps.log.log(
      'info',
      'run.completed',
      t('queue.run_completed', {
        runId,
        checked: summary.checked,
        failed: summary.failed.length,
        sent: summary.emails.sent,
      }),
      {
        runId,
        alreadySent: summary.emails.alreadySent,
        emailFailures: summary.emails.failed,
      },
    );
    return summary;
  };
}

/** The BullMQ worker of the digests queue in this process (one digest at a time). */
export function startDigestWorker(
  redisUrl: string,
  config: Config,
  deps: DigestWorkerDeps,
  active: ActiveJobs,
  name: string,
): Worker<DigestJobData, RunSummary> {
  const processor = digestProcessor(deps);
  const worker = new Worker<DigestJobData, RunSummary>(
    QUEUE_NAMES.digests,
    (job, token) => active.track(job, token, () => processor(job)),
    workerOptions(redisUrl, config, name, 1),
  );
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    deps.log.log(
      final ? 'error' : 'warn',
      'digest.failed',
      t('queue.digest_failed', { runId: job.data.runId, reason: err.message }),
      { runId: job.data.runId, attemptsMade: job.attemptsMade, final },
    );
  });
  return worker;
}
