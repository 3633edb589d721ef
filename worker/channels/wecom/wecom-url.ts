/** Where a WeCom group robot is reached, as the config file gives it. */
export interface WeComRobotConfig {
  /** The whole webhook URL as WeCom shows it (`…/cgi-bin/webhook/send?key=…`). */
  webhook?: string | undefined;
  /** A private deployment's address (default `https://qyapi.weixin.qq.com`), with `key`. */
  baseUrl?: string | undefined;
  key?: string | undefined;
}

export const WECOM_BASE_URL = 'https://qyapi.weixin.qq.com';

/** The URL to POST to. */
export function wecomSendUrl(robot: WeComRobotConfig): string {
  if (robot.webhook) return new URL(robot.webhook).toString();
  const base = `${(robot.baseUrl ?? WECOM_BASE_URL).replace(/\/*$/, '')}/`;
  const url = new URL('cgi-bin/webhook/send', base);
  if (robot.key) url.searchParams.set('key', robot.key);
  return url.toString();
}
