import { bilingualLine, t } from '../../../shared/i18n/messages.ts';
import type { Logger } from '../../log/logger.ts';
import type { Stats } from '../../metrics/stats.ts';
import type { Channel, DeliveryResult, DigestMessage } from '../channel.ts';
import type { SendClaim, SendKey, SendLog } from './send-log.ts';

export interface DeduplicationOptions {
  /** How long to wait for another sender's claim to settle or lapse before giving up for now. */
  waitMs: number;
  pollMs?: number;
  stats?: Stats;
  log?: Logger;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The dedup stage in front of a channel: a digest whose (run, address) the
 * send log records as sent is not sent again — a retried digest job only sends what is
 * still missing. An address refused for good is not tried again either. A transient
 * failure leaves no record, so the next try sends.
 */
export class DeduplicatingChannel implements Channel {
  readonly name: string;
  private readonly inner: Channel;
  private readonly log: SendLog;
  private readonly options: DeduplicationOptions;

  constructor(inner: Channel, log: SendLog, options: DeduplicationOptions) {
    this.inner = inner;
    this.log = log;
    this.options = options;
    this.name = inner.name;
  }

  async deliver(message: DigestMessage): Promise<DeliveryResult> {
    const key: SendKey = { runId: message.runId, email: message.to.email };
    const until = Date.now() + this.options.waitMs;
    for (;;) {
      let claim: SendClaim;
      try {
        claim = await this.log.claim(key);
      } catch (err) {
        return this.failure(
          message,
          t('mail.send_log_unavailable', {
            reason: err instanceof Error ? err.message : String(err),
          }),
          true,
        );
      }
      if (claim.kind === 'done') {
        if (claim.record.state === 'sent') {
          this.options.stats?.increment('emails_already_sent');
          this.options.log?.log(
            'info',
            'mail.already_sent',
            t('mail.already_sent', { to: message.to.email, runId: message.runId }),
            { runId: message.runId, to: message.to.email },
          );
          return {
            ok: true,
            channel: this.name,
            to: message.to.email,
            locations: [claim.record.location],
            alreadySent: true,
          };
        }
        return this.failure(message, claim.record.reason, false);
      }
      if (claim.kind === 'busy') {
        // Another sender holds it: wait until it settles, or its lease lapses and we may claim it.
        if (Date.now() >= until)
          return this.failure(message, t('mail.send_busy', { to: message.to.email }), true);
        await sleep(this.options.pollMs ?? 250);
        continue;
      }
      const result = await this.inner.deliver(message);
      if (result.ok)
        await this.log.settle(key, claim.token, {
          state: 'sent',
          at: Date.now(),
          location: result.locations[0] ?? '',
        });
      else if (!result.retryable)
        await this.log.settle(key, claim.token, {
          state: 'rejected',
          at: Date.now(),
          reason: result.message,
        });
      else await this.log.release(key, claim.token).catch(() => undefined);
      return result;
    }
  }

  private failure(
    message: DigestMessage,
    text: { zh: string; en: string },
    retryable: boolean,
  ): DeliveryResult {
    this.options.log?.log(
      retryable ? 'warn' : 'info',
      'mail.not_sent',
      t('cli.digest_failed', { to: message.to.email, reason: bilingualLine(text) }),
      { runId: message.runId },
    );
    return { ok: false, channel: this.name, to: message.to.email, message: text, retryable };
  }
}
