import { setTimeout as sleep } from 'node:timers/promises';
import { bilingualLine, t } from '../../../shared/i18n/messages.ts';
import type { Logger } from '../../log/logger.ts';
import type { Stats } from '../../metrics/stats.ts';
import type { Channel, DeliveryResult, DigestMessage } from '../channel.ts';
import type { SendClaim, SendKey, SendLog } from './send-log.ts';
import { reasonOf } from '../../../shared/i18n/error-reason.ts';

export interface DeduplicationOptions {
  /** How long to wait for another sender's claim to settle or lapse before giving up for now. */
  waitMs: number;
  pollMs?: number;
  /** Tries at recording a send's outcome before leaving it in doubt (default 3). */
  recordAttempts?: number;
  /** How long one try at recording may take (default 5 s). */
  recordTimeoutMs?: number;
  stats?: Stats;
  log?: Logger;
}

/**
 * The dedup stage in front of a channel: a digest or reminder whose (run, address, purpose) the
 * send log records as sent is not sent again — a retried digest job only sends what is
 * still missing. An address refused for good is not tried again either. A transient
 * failure gives the claim back, so the next try sends. A send left `sending` by a sender
 * that stopped mid-send is reported (log, `emails_in_doubt`) and not sent again: at most
 * once, with a visible gap rather than a duplicate. Each recipient has a claim of its own,
 * so one in doubt never holds up the others.
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
    const key: SendKey = {
      runId: message.runId,
      email: message.address ?? message.to.email,
      ...(message.purpose === 'reminder' ? { purpose: 'reminder' as const } : {}),
    };
    const until = Date.now() + this.options.waitMs;
    for (;;) {
      let claim: SendClaim;
      try {
        claim = await this.log.claim(key);
      } catch (err) {
        return this.failure(
          message,
          t('mail.send_log_unavailable', {
            reason: reasonOf(err),
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
        if (claim.record.state === 'sending') {
          // Its sender stopped between the call and the record: perhaps delivered. Say so, never resend.
          this.options.stats?.increment('emails_in_doubt');
          return this.failure(
            message,
            t('mail.send_in_doubt', { to: message.to.email, runId: message.runId }),
            false,
          );
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
        await this.record(message, () =>
          this.log.settle(key, claim.token, {
            state: 'sent',
            at: Date.now(),
            location: result.locations[0] ?? '',
          }),
        );
      else if (!result.retryable)
        await this.record(message, () =>
          this.log.settle(key, claim.token, {
            state: 'rejected',
            at: Date.now(),
            reason: result.message,
          }),
        );
      else await this.record(message, () => this.log.release(key, claim.token));
      return result;
    }
  }

  /**
   * Records the outcome of a send, trying again a few times; the send itself stands
   * whatever happens here. Never rejects: a record that cannot be written leaves the
   * `sending` entry, which the next sender reports as in doubt rather than sending again.
   */
  private async record(message: DigestMessage, write: () => Promise<void>): Promise<void> {
    const tries = this.options.recordAttempts ?? 3;
    const recordMs = this.options.recordTimeoutMs ?? 5_000;
    for (let attempt = 1; attempt <= tries; attempt++) {
      let timer: NodeJS.Timeout | undefined;
      try {
        // A paused or unreachable store would otherwise hold the whole digest up forever.
        const late = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error('no answer from the send log')), recordMs);
        });
        await Promise.race([write(), late]);
        return;
      } catch (err) {
        this.options.log?.log(
          'error',
          'mail.record_failed',
          t('mail.record_failed', {
            to: message.to.email,
            attempt,
            reason: err instanceof Error ? err.message : String(err),
          }),
          { runId: message.runId, to: message.to.email, attempt },
        );
        if (attempt < tries) await sleep((this.options.pollMs ?? 250) * attempt);
      } finally {
        clearTimeout(timer);
      }
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
