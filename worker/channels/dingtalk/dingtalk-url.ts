import { createHmac } from 'node:crypto';

/** Where a DingTalk custom robot is reached, as the config file gives it. */
export interface DingTalkRobotConfig {
  /** The whole webhook URL as DingTalk shows it (`…/robot/send?access_token=…`). */
  webhook?: string | undefined;
  /** A private deployment's address (default `https://oapi.dingtalk.com`), with `accessToken`. */
  baseUrl?: string | undefined;
  accessToken?: string | undefined;
  /** The robot's 加签 secret (`SEC…`); when set every request is signed. */
  secret?: string | undefined;
}

export const DINGTALK_BASE_URL = 'https://oapi.dingtalk.com';

/**
 * The signature DingTalk checks: base64 of HMAC-SHA256 over `timestamp + "\n" + secret`,
 * keyed by the secret (URL-encoding happens when it is set as a query parameter).
 */
export function dingtalkSign(timestampMs: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/** The URL to POST to, signed with the current time when a secret is configured. */
export function dingtalkSendUrl(robot: DingTalkRobotConfig, nowMs: number): string {
  const url = robot.webhook
    ? new URL(robot.webhook)
    : new URL('robot/send', `${(robot.baseUrl ?? DINGTALK_BASE_URL).replace(/\/*$/, '')}/`);
  if (!robot.webhook && robot.accessToken) url.searchParams.set('access_token', robot.accessToken);
  if (robot.secret) {
    url.searchParams.set('timestamp', String(nowMs));
    url.searchParams.set('sign', dingtalkSign(nowMs, robot.secret));
  }
  return url.toString();
}
