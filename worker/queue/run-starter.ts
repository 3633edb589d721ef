import { Worker, type Job, type JobsOptions, type Queue } from 'bullmq';
import { t } from '../../shared/i18n/messages.ts';
import type { Config } from '../config/config-schema.ts';
import { expandWorkbookGlobs } from '../config/workbook-globs.ts';
import type { Logger } from '../log/logger.ts';
import type { Stats } from '../metrics/stats.ts';
import type { ActiveJobs } from './graceful-shutdown.ts';
import type { RunJobData } from './job-data.ts';
import { QUEUE_NAMES, type RunQueues, workerOptions } from './queues.ts';
import { addRunFlow, type RunPlan } from './run-flow.ts';
import { manualRunId, runIdForSlot } from './run-id.ts';

/** What starting a run did. */
export interface RunStart {
  runId: string;
  workbooks: number;
  result: 'added' | 'exists' | 'no-workbooks';
}

/** The slot a scheduled job stands for: BullMQ's `prevMillis`, else the id `repeat:<scheduler>:<millis>`. */
export function slotOf(job: Pick<Job<RunJobData>, 'opts' | 'id' | 'timestamp'>): number {
  if (typeof job.opts.prevMillis === 'number') return job.opts.prevMillis;
  const fromId = Number(/:(\d+)$/.exec(job.id ?? '')?.[1]);
  return Number.isFinite(fromId) && fromId > 0 ? fromId : job.timestamp;
}

/**
 * Turns a job of the runs queue into a run: the run id from the slot (or the manual
 * request), the workbooks from the configured globs as they are now, and the flow added
 * once. Whichever worker takes the slot job — or takes it over after a crash — adds the
 * same flow with the same ids.
 */
export async function startRun(
  job: Job<RunJobData>,
  queues: RunQueues,
  config: Config,
  jobOptions: JobsOptions,
  log: Logger,
  stats: Stats,
): Promise<RunStart> {
  const manual = job.data.trigger === 'manual';
  const slot = manual ? (job.data.requestedAt ?? job.timestamp) : slotOf(job);
  const runId = manual ? (job.data.runId ?? manualRunId(new Date(slot))) : runIdForSlot(slot);
  const paths = await expandWorkbookGlobs(config.workbooks, config.baseDir);
  if (paths.length === 0) {
    log.log('error', 'run.no_workbooks', t('config.no_workbooks', { file: config.file ?? '-' }), {
      runId,
    });
    return { runId, workbooks: 0, result: 'no-workbooks' };
  }
  const plan: RunPlan = {
    runId,
    slot,
    asOf: job.data.asOf ?? null,
    trigger: job.data.trigger,
    paths,
  };
  const result = await addRunFlow(queues, plan, jobOptions);
  if (result === 'added') stats.increment('runs_started');
  log.log(
    'info',
    `run.${result === 'added' ? 'started' : 'exists'}`,
    t(result === 'added' ? 'queue.run_started' : 'queue.run_exists', {
      runId,
      workbooks: paths.length,
    }),
    {
      runId,
      trigger: job.data.trigger,
      slot: new Date(slot).toISOString(),
    },
  );
  return { runId, workbooks: paths.length, result };
}

/** The BullMQ worker of the runs queue in this process. */
export function startRunWorker(
  redisUrl: string,
  config: Config,
  queues: RunQueues,
  jobOptions: JobsOptions,
  deps: { log: Logger; stats: Stats },
  active: ActiveJobs,
  name: string,
): Worker<RunJobData, RunStart> {
  return new Worker<RunJobData, RunStart>(
    QUEUE_NAMES.runs,
    (job, token) =>
      active.track(job, token, () =>
        startRun(job, queues, config, jobOptions, deps.log, deps.stats),
      ),
    workerOptions(redisUrl, config, name, 1),
  );
}

/**
 * Asks for a run now (CLI `enqueue`, `POST /runs`, the add-in's "check now"): a job on
 * the runs queue, picked up by whichever worker is free. Returns the run's id.
 */
export async function requestRun(
  runs: Queue<RunJobData>,
  options: { asOf?: string; now?: Date } = {},
): Promise<string> {
  const requestedAt = options.now ?? new Date();
  const runId = manualRunId(requestedAt);
  const data: RunJobData = {
    trigger: 'manual',
    runId,
    requestedAt: requestedAt.getTime(),
    ...(options.asOf ? { asOf: options.asOf } : {}),
  };
  await runs.add('manual-run', data, { jobId: `start-${runId}` });
  return runId;
}
