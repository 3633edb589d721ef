import { t } from '../../shared/i18n/messages.ts';
import type { Channel, DeliveryResult, DigestMessage } from './channel.ts';

/**
 * Picks the channel a message names (`email`, `dingtalk:<name>`, `wecom:<name>`), like
 * Alertmanager's routing stage: email goes to SMTP or the outbox, a robot to its webhook.
 * A robot the config does not name is a permanent failure of that message only.
 */
export class RoutingChannel implements Channel {
  readonly name: string;
  private readonly email: Channel;
  private readonly robots: ReadonlyMap<string, Channel>;

  constructor(email: Channel, robots: readonly Channel[]) {
    this.email = email;
    this.robots = new Map(robots.map((r) => [r.name, r]));
    this.name = email.name;
  }

  deliver(message: DigestMessage): Promise<DeliveryResult> {
    const route = message.channel ?? 'email';
    if (route === 'email') return this.email.deliver(message);
    const robot = this.robots.get(route);
    if (robot) return robot.deliver(message);
    const known = [...this.robots.keys()];
    const none = t('channel.none_configured');
    return Promise.resolve({
      ok: false,
      channel: route,
      to: message.address ?? message.to.email,
      message: t('channel.unknown_robot', {
        value: route,
        knownZh: known.length > 0 ? known.join('、') : none.zh,
        knownEn: known.length > 0 ? known.join(', ') : none.en,
      }),
      retryable: false,
    });
  }
}
