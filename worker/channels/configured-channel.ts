import type { Config } from '../config/config-schema.ts';
import type { Logger } from '../log/logger.ts';
import type { Stats } from '../metrics/stats.ts';
import type { Channel } from './channel.ts';
import { EmailChannel } from './email/email-channel.ts';
import { OutboxChannel } from './outbox/outbox-channel.ts';
import { DeduplicatingChannel } from './send-log/deduplicating-channel.ts';
import type { SendLog } from './send-log/send-log.ts';
import type { InDoubtRegister } from './send-log/in-doubt-sends.ts';

/** A channel and how to close what it holds open. */
export interface ConfiguredChannel {
  channel: Channel;
  close(): void;
}

/**
 * The delivery path the configuration asks for: SMTP when `mail.smtpUrl` (or `SMTP_URL`)
 * is set, the outbox folder otherwise — behind the send log either way, so a repeated
 * run sends nothing twice.
 */
export function configuredChannel(
  config: Config,
  sendLog: SendLog & InDoubtRegister,
  deps: { stats: Stats; log: Logger },
): ConfiguredChannel {
  const { mail } = config;
  const email = mail.smtpUrl
    ? new EmailChannel({
        smtpUrl: mail.smtpUrl,
        from: mail.from,
        attempts: mail.attempts,
        backoffMs: mail.backoffMs,
        maxConnections: mail.maxConnections,
        stats: deps.stats,
        log: deps.log,
      })
    : null;
  const inner: Channel =
    email ??
    new OutboxChannel({ dir: mail.outbox, from: mail.from, timeZone: config.schedule.timezone });
  return {
    channel: new DeduplicatingChannel(inner, sendLog, {
      waitMs: mail.sendLeaseMs + 5_000,
      inDoubt: sendLog,
      stats: deps.stats,
      log: deps.log,
    }),
    close: () => email?.close(),
  };
}
