import { FlowProducer, Queue, type JobsOptions, type WorkerOptions } from 'bullmq';
import type { Config } from '../config/config-schema.ts';
import { redisOptions, type ConnectionRole } from './connection.ts';
import type {
  CheckJobData,
  CheckJobResult,
  DigestJobData,
  RunJobData,
  RunSummary,
} from './job-data.ts';

/** The three queues of a run: its start, one check per workbook, its digest. */
export const QUEUE_NAMES = { runs: 'runs', checks: 'checks', digests: 'digests' } as const;

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Job options every job of a run shares. Finished jobs are kept for days (not removed at
 * once) because a job id that still exists is what makes a second add of the same run a
 * no-op; failed ones longer, for the operator.
 */
export function jobDefaults(queue: Config['queue']): JobsOptions {
  return {
    attempts: queue.attempts,
    backoff: { type: 'exponential', delay: queue.backoffMs },
    removeOnComplete: { age: Math.round(queue.keepCompletedDays * DAY_SECONDS) },
    removeOnFail: { age: Math.round(queue.keepFailedDays * DAY_SECONDS) },
  };
}

/**
 * Options every BullMQ worker of ours shares: its connection role, key prefix, and the
 * lock and stall settings that decide how fast a killed process's job is taken over.
 */
export function workerOptions(
  redisUrl: string,
  config: Config,
  name: string,
  concurrency: number,
): WorkerOptions {
  return {
    connection: redisOptions(redisUrl, 'worker'),
    prefix: config.queue.prefix,
    concurrency,
    lockDuration: config.queue.lockDurationMs,
    stalledInterval: config.queue.stalledIntervalMs,
    maxStalledCount: config.queue.maxStalledCount,
    name,
  };
}

/**
 * The runs queue alone, for a producer that only asks for a run (`enqueue`): opening the
 * other queues too and closing them while their connections still start made BullMQ
 * report "Connection is closed" as an unheard 'error' event, which ends the process.
 */
export function openRunsQueue(
  redisUrl: string,
  queue: Config['queue'],
  role: ConnectionRole,
): Queue<RunJobData> {
  const runs = new Queue<RunJobData>(QUEUE_NAMES.runs, {
    connection: redisOptions(redisUrl, role),
    prefix: queue.prefix,
    defaultJobOptions: jobDefaults(queue),
  });
  runs.on('error', () => undefined); // commands that need the connection fail on their own
  return runs;
}

/**
 * The queues and the flow producer of one installation (one Redis key prefix), opened
 * with the connection options of their role.
 */
export class RunQueues {
  readonly runs: Queue<RunJobData>;
  readonly checks: Queue<CheckJobData, CheckJobResult>;
  readonly digests: Queue<DigestJobData, RunSummary>;
  readonly flows: FlowProducer;
  readonly prefix: string;

  constructor(redisUrl: string, queue: Config['queue'], role: ConnectionRole) {
    const connection = redisOptions(redisUrl, role);
    const defaultJobOptions = jobDefaults(queue);
    this.prefix = queue.prefix;
    this.runs = new Queue<RunJobData>(QUEUE_NAMES.runs, {
      connection,
      prefix: queue.prefix,
      defaultJobOptions,
    });
    this.checks = new Queue<CheckJobData, CheckJobResult>(QUEUE_NAMES.checks, {
      connection,
      prefix: queue.prefix,
      defaultJobOptions,
    });
    this.digests = new Queue<DigestJobData, RunSummary>(QUEUE_NAMES.digests, {
      connection,
      prefix: queue.prefix,
      defaultJobOptions,
    });
    this.flows = new FlowProducer({ connection, prefix: queue.prefix });
    // A connection error is an 'error' event; unheard, Node ends the process. Commands
    // that need the connection fail on their own, so the event is only remembered here.
    // (Seen when `enqueue` closed queues whose connections were still opening.)
    const remember = (err: Error): void => {
      this.lastError = err;
    };
    this.runs.on('error', remember);
    this.checks.on('error', remember);
    this.digests.on('error', remember);
    this.flows.on('error', remember);
  }

  /** The last connection error any of the queues reported, for logs and diagnosis. */
  lastError: Error | null = null;

  /** Every queue, for dashboards and metrics. */
  all(): Queue[] {
    return [this.runs, this.checks, this.digests];
  }

  async close(): Promise<void> {
    await Promise.allSettled([
      this.runs.close(),
      this.checks.close(),
      this.digests.close(),
      this.flows.close(),
    ]);
  }
}
