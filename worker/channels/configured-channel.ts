import type { Config } from '../config/config-schema.ts';
import type { Logger } from '../log/logger.ts';
import type { Stats } from '../metrics/stats.ts';
import type { Channel } from './channel.ts';
import { EmailChannel } from './email/email-channel.ts';
import { OutboxChannel } from './outbox/outbox-channel.ts';
import { DeduplicatingChannel } from './send-log/deduplicating-channel.ts';
import type { SendLog } from './send-log/send-log.ts';
import { DingTalkChannel } from './dingtalk/dingtalk-channel.ts';
import { RoutingChannel } from './routing-channel.ts';
import { WeComChannel } from './wecom/wecom-channel.ts';

/** A channel and how to close what it holds open. */
export interface ConfiguredChannel {
  channel: Channel;
  close(): void;
}

/**
 * The delivery path the configuration asks for: SMTP when `mail.smtpUrl` (or `SMTP_URL`)
 * is set, the outbox folder otherwise, and each robot of `channels.*` for the recipients
 * that name it — behind the send log, so a repeated run sends nothing twice.
 */
export function configuredChannel(
  config: Config,
  sendLog: SendLog,
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
  const mailOrOutbox: Channel =
    email ??
    new OutboxChannel({ dir: mail.outbox, from: mail.from, timeZone: config.schedule.timezone });
  const inner = new RoutingChannel(mailOrOutbox, robotChannels(config, deps));
  return {
    channel: new DeduplicatingChannel(inner, sendLog, {
      waitMs: mail.sendLeaseMs + 5_000,
      stats: deps.stats,
      log: deps.log,
    }),
    close: () => email?.close(),
  };
}

/** The robot channels the config names, as recipients write them: `dingtalk:<name>`, `wecom:<name>`. */
export function robotChannelNames(config: Pick<Config, 'channels'>): string[] {
  return [
    ...Object.keys(config.channels.dingtalk).map((name) => `dingtalk:${name}`),
    ...Object.keys(config.channels.wecom).map((name) => `wecom:${name}`),
  ];
}

/** One channel per robot the config names. */
function robotChannels(
  config: Pick<Config, 'channels'>,
  deps: { stats: Stats; log: Logger },
): Channel[] {
  const retry = (r: { attempts: number; backoffMs: number; timeoutMs: number }) => ({
    attempts: r.attempts,
    backoffMs: r.backoffMs,
    timeoutMs: r.timeoutMs,
  });
  return [
    ...Object.entries(config.channels.dingtalk).map(
      ([name, robot]) => new DingTalkChannel({ name, robot, ...retry(robot), ...deps }),
    ),
    ...Object.entries(config.channels.wecom).map(
      ([name, robot]) => new WeComChannel({ name, robot, ...retry(robot), ...deps }),
    ),
  ];
}
