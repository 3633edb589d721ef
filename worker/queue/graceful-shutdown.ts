import type { Job, Worker } from 'bullmq';
import { t } from '../../shared/i18n/messages.ts';
import type { Logger } from '../log/logger.ts';

/** The jobs this process is running right now, with the lock tokens that own them. */
export class ActiveJobs {
  private readonly running = new Map<string, { job: Job; token: string | undefined }>();

  /** Runs a job's processor, remembering it while it runs. */
  async track<T>(job: Job, token: string | undefined, run: () => Promise<T>): Promise<T> {
    const key = `${job.queueQualifiedName}:${job.id ?? ''}`;
    this.running.set(key, { job, token });
    try {
      return await run();
    } finally {
      this.running.delete(key);
    }
  }

  get size(): number {
    return this.running.size;
  }

  /**
   * Puts every job still running back on its queue's wait list, releasing our lock on it,
   * so another worker starts it at once instead of after the stall interval. Returns the
   * ids handed back.
   */
  async handBack(): Promise<string[]> {
    const ids: string[] = [];
    for (const { job, token } of this.running.values()) {
      try {
        await job.moveToWait(token);
        ids.push(job.id ?? '');
      } catch {
        // Lock already lost: the stall check hands it on anyway.
      }
    }
    return ids;
  }
}

export interface ShutdownPlan {
  workers: Worker[];
  active: ActiveJobs;
  /** How long running jobs get to finish before they are handed back. */
  timeoutMs: number;
  /** Closes everything else (HTTP server, queues, Redis clients, mail transport). */
  closeRest: () => Promise<void>;
  log: Logger;
  exit: (code: number) => void;
}

/**
 * Stops a worker process without leaving work half done: on the first SIGTERM or SIGINT
 * the workers take no new jobs and running ones get `timeoutMs` to finish; whatever is
 * still running then is handed back to the queue (another worker redoes it from the
 * start — a workbook is only ever replaced by an atomic rename, so it is never left half
 * written). A second signal exits at once.
 */
export function gracefulShutdown(plan: ShutdownPlan): (signal: string) => Promise<void> {
  let stopping = false;
  return async (signal) => {
    if (stopping) {
      plan.log.log('warn', 'shutdown.forced', t('queue.shutdown_forced', { signal }));
      plan.exit(1);
      return;
    }
    stopping = true;
    plan.log.log(
      'info',
      'shutdown.started',
      t('queue.shutdown_started', {
        signal,
        running: plan.active.size,
        seconds: Math.round(plan.timeoutMs / 1000),
      }),
    );
    const closed = Promise.all(plan.workers.map((w) => w.close())).then(() => 'closed' as const);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), plan.timeoutMs);
    });
    const how = await Promise.race([closed, timedOut]);
    clearTimeout(timer);
    if (how === 'timeout') {
      const ids = await plan.active.handBack();
      plan.log.log(
        'warn',
        'shutdown.handed_back',
        t('queue.shutdown_handed_back', { count: ids.length, ids: ids.join(', ') }),
      );
    }
    // Closing connections must not hold the process either (Redis gone, a hung SMTP server).
    await Promise.race([
      plan.closeRest().catch(() => undefined),
      new Promise((r) => setTimeout(r, 5_000).unref()),
    ]);
    plan.log.log('info', 'shutdown.done', t('queue.shutdown_done'));
    plan.exit(0);
  };
}
