import { join } from 'node:path';
import { t } from '../../shared/i18n/messages.ts';
import { configuredChannel, robotChannelNames } from '../channels/configured-channel.ts';
import { FileReminderLog } from '../remind/reminder-log.ts';
import { FileSendLog } from '../channels/send-log/file-send-log.ts';
import type { Config } from '../config/config-schema.ts';
import { expandWorkbookGlobs } from '../config/workbook-globs.ts';
import type { Logger } from '../log/logger.ts';
import { MemoryStats } from '../metrics/stats.ts';
import { runCheck } from '../pipeline/run-check.ts';
import { digestOptionsOf, digestRetry, runTotals } from '../pipeline/run-totals.ts';
import { runIdForSlot } from '../queue/run-id.ts';
import { EmbeddedSchedule } from './embedded-schedule.ts';
import { WATCH_FILES } from './watch-files.ts';

/** A running `watch`, for the CLI and tests. */
export interface RunningWatch {
  /** The slot caught up on at start, if one was missed. */
  caughtUp: Date | null;
  shutdown(signal: string): Promise<void>;
}

/**
 * `kpi-sentinel watch`: checks the configured workbooks on the configured schedule in
 * this process (no Redis), through the same pipeline as `check`, and delivers digests
 * by SMTP or to the outbox behind a send log file, so a slot run again after a crash
 * sends nobody a second email.
 */
export async function startWatch(
  config: Config,
  log: Logger,
  exit: (code: number) => void,
): Promise<RunningWatch> {
  const stats = new MemoryStats();
  const sendLog = await FileSendLog.open(
    join(config.stateDir, WATCH_FILES.sendLog),
    config.queue.keepCompletedDays,
  );
  const delivery = configuredChannel(config, sendLog, { stats, log });
  const reminderLog = new FileReminderLog(join(config.stateDir, WATCH_FILES.reminderLog));
  const schedule = new EmbeddedSchedule({
    cron: config.schedule.cron,
    timezone: config.schedule.timezone,
    statePath: join(config.stateDir, WATCH_FILES.state),
    log,
    runSlot: async (slot) => {
      const runId = runIdForSlot(slot.getTime());
      const paths = await expandWorkbookGlobs(config.workbooks, config.baseDir);
      log.log('info', 'run.started', t('queue.run_started', { runId, workbooks: paths.length }), {
        runId,
      });
      const report = await runCheck(paths, {
        channel: delivery.channel,
        runId,
        now: () => slot,
        digest: digestOptionsOf(config),
        robots: robotChannelNames(config),
        reminderLog,
        stats,
      });
      const totals = runTotals(report.checks, report.digests);
      log.log(
        'info',
        'run.completed',
        t('queue.run_completed', {
          runId,
          checked: totals.checked,
          failed: totals.failed.length,
          sent: totals.emails.sent,
        }),
        { runId },
      );
      // Left unrecorded, the slot is run again at the next start; the send log skips what went out.
      const retry = digestRetry(runId, {
        ...report.digests,
        deliveries: [...report.digests.deliveries, ...report.reminders.deliveries],
      });
      if (retry) throw new Error(retry.en);
      return runId;
    },
  });
  const caughtUp = await schedule.start();
  log.log(
    'info',
    'watch.started',
    t('watch.started', { cron: config.schedule.cron, timezone: config.schedule.timezone }),
  );
  let stopping = false;
  return {
    caughtUp,
    shutdown: async (signal) => {
      if (stopping) {
        exit(1);
        return;
      }
      stopping = true;
      log.log('info', 'shutdown.started', t('watch.stopping', { signal }));
      const finished = await schedule.stop(config.queue.shutdownTimeoutMs);
      delivery.close();
      exit(finished ? 0 : 1);
    },
  };
}
