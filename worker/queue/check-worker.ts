import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { basename } from 'node:path';
import { bilingualLine, t } from '../../shared/i18n/messages.ts';
import type { Config } from '../config/config-schema.ts';
import type { Logger } from '../log/logger.ts';
import type { Stats } from '../metrics/stats.ts';
import {
  checkWorkbookFile,
  failureText,
  type CheckOptions,
  type WorkbookCheck,
} from '../pipeline/check-stage.ts';
import type { ActiveJobs } from './graceful-shutdown.ts';
import type { CheckJobData, CheckJobResult } from './job-data.ts';
import { QUEUE_NAMES, workerOptions } from './queues.ts';
import type { RedisWorkbookLocks } from '../file-safety/workbook-lock-redis.ts';

/**
 * Problems worth another try later: the file could not be written (Excel or a sync
 * client holding it on a share), another process held its lock too long, or a planner
 * kept saving it during the check. Everything else that stops a check — not a workbook,
 * encrypted, a required table missing — will be the same in a minute, so retrying it
 * would only delay the digest.
 */
export const TRANSIENT_PROBLEM_CODES: ReadonlySet<string> = new Set([
  'workbook.write_failed',
  'workbook.locked',
  'workbook.kept_changing',
  'workbook.lock_lost',
  'workbook.read_timeout',
  'queue.check_timeout',
]);

export interface CheckWorkerDeps {
  locks: RedisWorkbookLocks;
  stats: Stats;
  log: Logger;
  /** The pipeline stage; tests put a failing or slow one here. */
  check?: (path: string, options: CheckOptions) => Promise<WorkbookCheck>;
  /** Time bounds (config `queue.readTimeoutMs`, `queue.checkTimeoutMs`). */
  limits?: Pick<Config['queue'], 'readTimeoutMs' | 'checkTimeoutMs'>;
  /** The config's robot channels, so a recipient naming another is reported (see robotChannelNames). */
  robots?: readonly string[];
}

/**
 * The check, given up after `ms`: the signal tells the stage to write nothing and let its
 * lock go, and the job fails (transient, so it is retried) instead of holding up the digest.
 */
async function withinCheckTime(
  ms: number,
  workbook: string,
  run: (signal: AbortSignal) => Promise<WorkbookCheck>,
): Promise<WorkbookCheck> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const text = t('queue.check_timeout', { workbook, seconds: Math.round(ms / 100) / 10 });
      controller.abort(bilingualLine(text));
      reject(new Error(bilingualLine(text)));
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The part of a successful check the digest needs; actuals and milestones stay out of Redis. */
export function checkJobResult(check: Extract<WorkbookCheck, { ok: true }>): CheckJobResult {
  const { model, outcome } = check;
  return {
    ok: true,
    path: check.path,
    workbook: check.workbook,
    asOf: check.asOf,
    model: { settings: model.settings, recipients: model.recipients, indicators: model.indicators },
    outcome: {
      alerts: outcome.alerts,
      changes: outcome.changes,
      evaluation: {
        statuses: outcome.evaluation.statuses,
        findings: outcome.evaluation.findings,
        owed: outcome.evaluation.owed,
      },
    },
    ...(check.notWritten ? { notWritten: check.notWritten } : {}),
  };
}

/**
 * Checks one workbook of a run with the embedded pipeline's stage, which writes under
 * the workbook's Redis lock (one writer across machines). The check's clock is the run's slot,
 * so a retry (or a takeover after a crash) checks the same date and writes the same rows.
 * A workbook that cannot be checked fails the job — for good (`UnrecoverableError`)
 * unless the problem is transient — after recording its problems in the job's data for
 * the digest.
 */
export function checkProcessor(
  deps: CheckWorkerDeps,
): (job: Job<CheckJobData, CheckJobResult>) => Promise<CheckJobResult> {
  const check = deps.check ?? checkWorkbookFile;
  return async (job) => {
    const { path, slot, asOf, runId } = job.data;
    const limits = deps.limits;
    // The stage takes the workbook's lock for its write; here that is the Redis lock, shared by every machine.
    const options = (signal?: AbortSignal): CheckOptions => ({
      ...(asOf === null ? { now: () => new Date(slot) } : { asOf }),
      locker: deps.locks,
      ...(limits ? { readTimeoutMs: limits.readTimeoutMs } : {}),
      ...(signal ? { signal } : {}),
      ...(deps.robots ? { robots: deps.robots } : {}),
    });
    const result = limits
      ? await withinCheckTime(limits.checkTimeoutMs, basename(path), (signal) =>
          check(path, options(signal)),
        )
      : await check(path, options());
    if (result.ok) {
      deps.stats.increment('checks_completed');
      deps.log.log(
        'info',
        'check.completed',
        t('queue.check_completed', {
          workbook: result.workbook,
          runId,
          alerts: result.outcome.alerts.length,
        }),
        { runId, jobId: job.id, path },
      );
      if (result.notWritten)
        deps.log.log('warn', 'check.not_written', result.notWritten.message, {
          runId,
          jobId: job.id,
          path,
        });
      return checkJobResult(result);
    }
    const transient = result.problems.some((p) => TRANSIENT_PROBLEM_CODES.has(p.code));
    const willRetry = transient && job.attemptsMade + 1 < (job.opts.attempts ?? 1);
    await job.updateData({ ...job.data, problems: result.problems });
    deps.stats.increment(willRetry ? 'checks_retried' : 'checks_failed');
    const text = failureText(result);
    deps.log.log(
      willRetry ? 'warn' : 'error',
      'check.failed',
      t('queue.check_failed_log', { workbook: result.workbook, runId, reason: text }),
      { runId, jobId: job.id, path, willRetry },
    );
    throw transient ? new Error(text) : new UnrecoverableError(text);
  };
}

/** The BullMQ worker of the checks queue in this process. */
export function startCheckWorker(
  redisUrl: string,
  config: Config,
  deps: CheckWorkerDeps,
  active: ActiveJobs,
  name: string,
): Worker<CheckJobData, CheckJobResult> {
  const processor = checkProcessor(deps);
  const worker = new Worker<CheckJobData, CheckJobResult>(
    QUEUE_NAMES.checks,
    (job, token) => active.track(job, token, () => processor(job)),
    workerOptions(redisUrl, config, name, config.queue.concurrency),
  );
  worker.on('failed', (job, err) => {
    // Errors thrown outside the stage (lock timeout, Redis, a crash in a library) end here.
    if (job && job.data.problems === undefined) {
      deps.log.log(
        'error',
        'check.error',
        t('queue.check_failed_log', {
          workbook: job.data.path,
          runId: job.data.runId,
          reason: err.message,
        }),
        { jobId: job.id, attemptsMade: job.attemptsMade },
      );
    }
  });
  return worker;
}
