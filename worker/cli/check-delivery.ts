import { join } from 'node:path';
import type { Channel } from '../channels/channel.ts';
import { stderrLogger } from '../log/logger.ts';
import { FileReminderLog, type ReminderLog } from '../remind/reminder-log.ts';
import type { DigestOptions } from '../pipeline/digest-stage.ts';
import { WATCH_FILES } from '../watch/watch-files.ts';

/** Where `check` delivers digests, and the config's digest options. */
export interface CheckDelivery {
  channel: Channel;
  digest: DigestOptions;
  /** The config's robot channels; absent without a config (nothing to check names against). */
  robots?: string[];
  /** When each figure was last reminded of: in the state folder, or the outbox folder without a config. */
  reminderLog: ReminderLog;
  close(): void;
}

/**
 * `check` delivers to the outbox folder unless a configuration file is named with
 * `--config`: then by its mail settings (SMTP when set, its outbox otherwise; an explicit
 * `--outbox` still wins), with its fallback recipients and digest mode.
 */
export async function checkDelivery(
  configFile: string | undefined,
  outboxFromCli: string | null,
  outbox: () => Channel,
  outboxDir: string,
): Promise<CheckDelivery> {
  if (configFile === undefined) {
    return {
      channel: outbox(),
      digest: {},
      reminderLog: new FileReminderLog(join(outboxDir, WATCH_FILES.reminderLog)),
      close: () => undefined,
    };
  }
  // The configuration's modules (YAML, its schema, the mail and robot channels) load only when
  // a file is named, so a plain `check` starts without them.
  const [
    { configFor },
    { configuredChannel, robotChannelNames },
    { FileSendLog },
    { MemoryStats },
    { digestOptionsOf },
  ] = await Promise.all([
    import('./queue-commands.ts'),
    import('../channels/configured-channel.ts'),
    import('../channels/send-log/file-send-log.ts'),
    import('../metrics/stats.ts'),
    import('../pipeline/run-totals.ts'),
  ]);
  const config = await configFor(configFile);
  const mail =
    outboxFromCli === null
      ? config.mail
      : { ...config.mail, smtpUrl: undefined, outbox: outboxFromCli };
  const sendLog = await FileSendLog.open(
    join(config.stateDir, WATCH_FILES.sendLog),
    config.queue.keepCompletedDays,
  );
  const delivery = configuredChannel({ ...config, mail }, sendLog, {
    stats: new MemoryStats(),
    log: stderrLogger,
  });
  return {
    channel: delivery.channel,
    digest: digestOptionsOf(config, sendLog),
    robots: robotChannelNames(config),
    reminderLog: new FileReminderLog(join(config.stateDir, WATCH_FILES.reminderLog)),
    close: () => {
      delivery.close();
    },
  };
}
