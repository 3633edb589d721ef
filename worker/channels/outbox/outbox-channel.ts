import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { t } from '../../../shared/i18n/messages.ts';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings.ts';
import { dateInZone } from '../../../shared/parse/zone-date.ts';
import type { Channel, DeliveryResult, DigestMessage } from '../channel.ts';
import { outboxBaseName, safeFileName } from './outbox-names.ts';
import { writeFileAtomic } from '../../file-safety/write-atomic.ts';
import { reasonOf } from '../../../shared/i18n/error-reason.ts';

/** Where and how the outbox writes. */
export interface OutboxOptions {
  /** The outbox folder; created when missing. */
  dir: string;
  /** From address written into the .eml. */
  from?: string;
  /** Zone for today's date when a message carries no date (default Asia/Shanghai). */
  timeZone?: string;
  /** Clock, for tests. */
  now?: () => Date;
}

const DEFAULT_FROM = 'kpi-sentinel <kpi-sentinel@localhost>';

/** Error codes of a full disk or a busy file: worth another try later. */
const TRANSIENT = new Set(['ENOSPC', 'EBUSY', 'EAGAIN', 'EMFILE', 'ENFILE']);

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : '';
}

/**
 * The channel used without SMTP (docs/architecture.md §6): each digest becomes
 * `<date>__<workbook-stem>__<recipient>.eml` — a complete MIME message any mail client
 * opens — and a `.html` beside it that opens in a browser, its inline images written as
 * files next to it. Every file is written to a temporary name and renamed into place.
 */
export class OutboxChannel implements Channel {
  readonly name = 'outbox';
  private readonly options: OutboxOptions;

  constructor(options: OutboxOptions) {
    this.options = options;
  }

  /** Writes the message's files; resolves to their paths (.eml first, then .html, then images). */
  async deliver(message: DigestMessage): Promise<DeliveryResult> {
    const {
      dir,
      from = DEFAULT_FROM,
      timeZone = DEFAULT_SETTINGS.timezone,
      now = () => new Date(),
    } = this.options;
    const date = message.date ?? dateInZone(now(), timeZone);
    // A reminder (催报) sits beside the same person's digest; a robot recipient has no email.
    const who = message.to.email === '' ? (message.address ?? '') : message.to.email;
    const base = outboxBaseName(date, message.workbook, who, message.purpose === 'reminder');
    const emlPath = join(dir, `${base}.eml`);
    const htmlPath = join(dir, `${base}.html`);
    let current = dir;
    try {
      await mkdir(dir, { recursive: true });
      let html = message.html;
      const imagePaths: string[] = [];
      for (const attachment of message.attachments) {
        const fileName = `${base}__${safeFileName(attachment.filename)}`;
        current = join(dir, fileName);
        await writeFileAtomic(current, attachment.content);
        imagePaths.push(current);
        // In a browser there is no cid: scheme; point the image at the file beside the page.
        html = html
          .split(`src="cid:${attachment.cid}"`)
          .join(`src="${encodeURIComponent(fileName)}"`);
      }
      current = htmlPath;
      await writeFileAtomic(htmlPath, html);
      current = emlPath;
      // The .eml goes last: once it exists, everything it refers to is in place. Its MIME
      // writer (nodemailer) loads here, so a check that delivers nothing never loads it.
      const { buildEml } = await import('./eml.ts');
      await writeFileAtomic(emlPath, await buildEml(message, from));
      return {
        ok: true,
        channel: this.name,
        to: message.to.email,
        locations: [emlPath, htmlPath, ...imagePaths],
      };
    } catch (error) {
      const reason = reasonOf(error);
      return {
        ok: false,
        channel: this.name,
        to: message.to.email,
        message: t('digest.outbox.writeFailed', { path: current, reason }),
        retryable: TRANSIENT.has(errorCode(error)),
      };
    }
  }
}
