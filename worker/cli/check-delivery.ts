import { join } from 'node:path';
import type { Channel } from '../channels/channel.ts';
import { stderrLogger } from '../log/logger.ts';
import type { DigestOptions } from '../pipeline/digest-stage.ts';
import { WATCH_FILES } from '../watch/watch-files.ts';

/** Where `check` delivers digests, and the config's digest options. */
export interface CheckDelivery {
  channel: Channel;
  digest: DigestOptions;
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
): Promise<CheckDelivery> {
  if (configFile === undefined) return { channel: outbox(), digest: {}, close: () => undefined };
  // The configuration's modules (YAML, its schema, the mail and robot channels) load only when
  // a file is named, so a plain `check` starts without them.
  const [
    { configFor },
    { configuredChannel },
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
    digest: digestOptionsOf(config),
    close: () => {
      delivery.close();
    },
  };
}
