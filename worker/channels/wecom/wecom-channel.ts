import type { Channel, DeliveryResult, DigestMessage } from '../channel.ts';
import { sendRobotMessage, type RobotRetry } from '../robot/robot-sender.ts';
import type { Logger } from '../../log/logger.ts';
import type { Stats } from '../../metrics/stats.ts';
import { utf8Parts } from './utf8-parts.ts';
import { wecomSendUrl, type WeComRobotConfig } from './wecom-url.ts';

/** WeCom's "API freq out of limit" errcode (about 20 messages a minute per robot). */
export const WECOM_RATE_LIMIT_CODES = [45009] as const;

/** WeCom refuses markdown content longer than this many UTF-8 bytes. */
export const WECOM_MARKDOWN_MAX_BYTES = 4096;

export interface WeComChannelOptions extends RobotRetry {
  /** The robot's name in the config file (`channels.wecom.<name>`). */
  name: string;
  robot: WeComRobotConfig;
  stats?: Stats;
  log?: Logger;
  sleep?: (ms: number) => Promise<void>;
}

/** The body WeCom's group robot takes for a markdown message. */
export interface WeComMarkdownBody {
  msgtype: 'markdown';
  markdown: { content: string };
}

/** A text message: the only kind that can `@` people by mobile number. */
export interface WeComTextBody {
  msgtype: 'text';
  text: { content: string; mentioned_mobile_list: string[] };
}

/**
 * A digest's markdown as WeCom bodies: one, or several in order when it is longer than
 * WeCom takes, cut at line ends (never inside a character). WeCom's markdown messages
 * cannot `@` a mobile number, so with `mobiles` a short text message naming the subject
 * follows and mentions them.
 */
export function wecomBodies(message: DigestMessage): (WeComMarkdownBody | WeComTextBody)[] {
  const content = message.markdown ?? message.text;
  const parts: (WeComMarkdownBody | WeComTextBody)[] = utf8Parts(
    content,
    WECOM_MARKDOWN_MAX_BYTES,
  ).map((part) => ({ msgtype: 'markdown', markdown: { content: part } }));
  const mobiles = message.mobiles ?? [];
  if (mobiles.length > 0)
    parts.push({
      msgtype: 'text',
      text: { content: message.subject, mentioned_mobile_list: mobiles },
    });
  return parts;
}

/**
 * A WeCom group robot (群机器人) behind the Channel interface: a digest goes to the group as
 * one or more markdown messages. Never rejects.
 */
export class WeComChannel implements Channel {
  readonly name: string;
  private readonly options: WeComChannelOptions;

  constructor(options: WeComChannelOptions) {
    this.options = options;
    this.name = `wecom:${options.name}`;
  }

  deliver(message: DigestMessage): Promise<DeliveryResult> {
    const { robot } = this.options;
    const key = robot.key ?? keyOf(robot.webhook);
    return sendRobotMessage(
      {
        ...this.options,
        service: 'wecom',
        channel: this.name,
        url: () => wecomSendUrl(robot),
        rateLimitCodes: WECOM_RATE_LIMIT_CODES,
        secrets: key ? [key] : [],
      },
      message,
      wecomBodies(message),
    );
  }
}

function keyOf(webhook: string | undefined): string | undefined {
  if (!webhook) return undefined;
  try {
    return new URL(webhook).searchParams.get('key') ?? undefined;
  } catch {
    return undefined;
  }
}
