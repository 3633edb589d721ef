import { setTimeout as sleep } from 'node:timers/promises';
import nodemailer, { type Transporter } from 'nodemailer';
import { t } from '../../../shared/i18n/messages.ts';
import type { Logger } from '../../log/logger.ts';
import type { Stats } from '../../metrics/stats.ts';
import type { Channel, DeliveryResult, DigestMessage } from '../channel.ts';
import { digestMailOptions } from '../mail-options.ts';
import { classifySmtpError } from './smtp-failure.ts';

export interface EmailChannelOptions {
  /** `smtp://user:pass@host:25` or `smtps://host:465`. */
  smtpUrl: string;
  /** `kpi@example.gov.cn` or `督查室 <kpi@example.gov.cn>`. */
  from: string;
  /** Tries per message; transient failures wait `backoffMs`, then twice that, … between tries. */
  attempts: number;
  backoffMs: number;
  /** Pooled connections to the server. */
  maxConnections: number;
  stats?: Stats;
  log?: Logger;
  /** Waiting between tries; tests may speed it up. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Digests by SMTP (nodemailer, pooled): one message per recipient, so a refused address
 * touches nobody else. Transient failures are retried here with exponential backoff and
 * counted; a permanent refusal comes back at once as a non-retryable failure. Never
 * rejects: every outcome is a DeliveryResult.
 */
export class EmailChannel implements Channel {
  readonly name = 'email';
  private readonly options: EmailChannelOptions;
  private readonly transport: Transporter;

  constructor(options: EmailChannelOptions) {
    this.options = options;
    this.transport = nodemailer.createTransport({
      pool: true,
      url: options.smtpUrl,
      maxConnections: options.maxConnections,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
  }

  async deliver(message: DigestMessage): Promise<DeliveryResult> {
    const { attempts, backoffMs, stats, log } = this.options;
    const pause = this.options.sleep ?? sleep;
    const to = message.to.email;
    const fields = { runId: message.runId, to, workbook: message.workbook };
    for (let attempt = 1; ; attempt++) {
      try {
        const info: unknown = await this.transport.sendMail(
          digestMailOptions(message, this.options.from),
        );
        const messageId =
          info !== null && typeof info === 'object' && 'messageId' in info
            ? String(info.messageId)
            : '';
        stats?.increment('emails_sent');
        log?.log('info', 'mail.sent', t('mail.sent', { to, runId: message.runId }), {
          ...fields,
          messageId,
          attempt,
        });
        return { ok: true, channel: this.name, to, locations: [messageId] };
      } catch (err) {
        const failure = classifySmtpError(err);
        const reason =
          failure.responseCode > 0
            ? `${failure.responseCode} ${failure.text}`
            : `${failure.code} ${failure.text}`.trim();
        if (!failure.retryable) {
          stats?.increment('email_failures_permanent');
          log?.log('error', 'mail.rejected', t('mail.rejected', { to, reason }), {
            ...fields,
            responseCode: failure.responseCode,
          });
          return {
            ok: false,
            channel: this.name,
            to,
            message: t('mail.rejected', { to, reason }),
            retryable: false,
          };
        }
        if (attempt >= attempts) {
          stats?.increment('email_failures_transient');
          log?.log('error', 'mail.failed', t('mail.failed', { to, attempts, reason }), {
            ...fields,
            code: failure.code,
          });
          return {
            ok: false,
            channel: this.name,
            to,
            message: t('mail.failed', { to, attempts, reason }),
            retryable: true,
          };
        }
        const wait = backoffMs * 2 ** (attempt - 1);
        stats?.increment('email_retries');
        log?.log(
          'warn',
          'mail.retry',
          t('mail.retry', { to, attempt, seconds: Math.round(wait / 100) / 10, reason }),
          { ...fields, attempt },
        );
        await pause(wait);
      }
    }
  }

  /** Closes the pooled connections (at shutdown). */
  close(): void {
    this.transport.close();
  }
}
