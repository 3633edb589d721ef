import type { JobsOptions, Queue } from 'bullmq';
import { t } from '../../shared/i18n/messages.ts';
import type { Config } from '../config/config-schema.ts';
import type { Logger } from '../log/logger.ts';
import type { RunJobData } from './job-data.ts';

/** The one job scheduler of an installation: however many workers start, there is one. */
export const SCHEDULER_ID = 'nightly-check';

/** Name of the jobs the scheduler makes. */
export const SCHEDULED_RUN = 'scheduled-run';

export type SchedulerChange = 'created' | 'updated' | 'unchanged';

/**
 * Makes sure the scheduler exists with the configured cron pattern and IANA time zone;
 * every worker calls it at start-up. BullMQ keys the slot jobs `repeat:<id>:<slot>`, so
 * any number of workers gets one job per slot.
 *
 * An unchanged scheduler is left alone on purpose: upserting replaces the pending slot
 * job with one computed from now, so a worker starting at 02:00:00.3 — or the first one
 * back after every worker was down over 02:00 — would drop that night's due run.
 */
export async function ensureRunScheduler(
  runs: Queue<RunJobData>,
  schedule: Config['schedule'],
  jobOptions: JobsOptions,
  log: Logger,
): Promise<SchedulerChange> {
  const existing = await runs.getJobScheduler(SCHEDULER_ID);
  if (existing && existing.pattern === schedule.cron && existing.tz === schedule.timezone) {
    const pending =
      typeof existing.next === 'number'
        ? await runs.getJob(`repeat:${SCHEDULER_ID}:${existing.next}`)
        : undefined;
    if (pending) return 'unchanged';
  }
  await runs.upsertJobScheduler(
    SCHEDULER_ID,
    { pattern: schedule.cron, tz: schedule.timezone },
    { name: SCHEDULED_RUN, data: { trigger: 'schedule' }, opts: jobOptions },
  );
  const change: SchedulerChange = existing ? 'updated' : 'created';
  log.log(
    'info',
    `scheduler.${change}`,
    t('queue.scheduler', { cron: schedule.cron, timezone: schedule.timezone }),
    { change },
  );
  return change;
}
