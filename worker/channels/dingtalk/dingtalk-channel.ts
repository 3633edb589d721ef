import type { Channel, DeliveryResult, DigestMessage } from '../channel.ts';
import { sendRobotMessage, type RobotRetry } from '../robot/robot-sender.ts';
import type { Logger } from '../../log/logger.ts';
import type { Stats } from '../../metrics/stats.ts';
import { dingtalkSendUrl, type DingTalkRobotConfig } from './dingtalk-url.ts';

/** DingTalk's "too many messages" errcode (about 20 a minute per robot). */
export const DINGTALK_RATE_LIMIT_CODES = [130101] as const;

export interface DingTalkChannelOptions extends RobotRetry {
  /** The robot's name in the config file (`channels.dingtalk.<name>`). */
  name: string;
  robot: DingTalkRobotConfig;
  stats?: Stats;
  log?: Logger;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** The body DingTalk's custom robot takes for a markdown message. */
export interface DingTalkMarkdownBody {
  msgtype: 'markdown';
  markdown: { title: string; text: string };
  at: { atMobiles: string[]; isAtAll: false };
}

/**
 * A digest's markdown for a DingTalk group; the mentioned mobiles are also written into the
 * text, since DingTalk only highlights an `@` that appears there.
 */
export function dingtalkBody(message: DigestMessage): DingTalkMarkdownBody {
  const mobiles = message.mobiles ?? [];
  const markdown = message.markdown ?? message.text;
  const mentions = mobiles.map((m) => `@${m}`).join(' ');
  return {
    msgtype: 'markdown',
    markdown: {
      title: message.subject,
      text: mentions === '' ? markdown : `${markdown}\n\n${mentions}`,
    },
    at: { atMobiles: mobiles, isAtAll: false },
  };
}

/**
 * A DingTalk custom robot (自定义机器人) behind the Channel interface: one markdown message
 * per digest, signed (加签) when a secret is configured. Never rejects.
 */
export class DingTalkChannel implements Channel {
  readonly name: string;
  private readonly options: DingTalkChannelOptions;

  constructor(options: DingTalkChannelOptions) {
    this.options = options;
    this.name = `dingtalk:${options.name}`;
  }

  deliver(message: DigestMessage): Promise<DeliveryResult> {
    const { robot } = this.options;
    const now = this.options.now ?? Date.now;
    return sendRobotMessage(
      {
        ...this.options,
        service: 'dingtalk',
        channel: this.name,
        url: () => dingtalkSendUrl(robot, now()),
        rateLimitCodes: DINGTALK_RATE_LIMIT_CODES,
        secrets: [robot.accessToken, robot.secret, tokenOf(robot.webhook)].filter(present),
      },
      message,
      [dingtalkBody(message)],
    );
  }
}

function tokenOf(webhook: string | undefined): string | undefined {
  if (!webhook) return undefined;
  try {
    return new URL(webhook).searchParams.get('access_token') ?? undefined;
  } catch {
    return undefined;
  }
}

function present(s: string | undefined): s is string {
  return s !== undefined && s !== '';
}
