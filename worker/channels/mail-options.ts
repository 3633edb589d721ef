import { createHash } from 'node:crypto';
import type { SendMailOptions } from 'nodemailer';
import type { DigestMessage } from './channel.ts';

/**
 * A Message-ID fixed by run, workbook and recipient: the same digest gets the same id
 * however often it is rendered, so a mail server or client that sees it twice can tell.
 */
export function digestMessageId(message: DigestMessage): string {
  const hash = createHash('sha256')
    .update(`${message.runId}\n${message.workbook}\n${message.to.email.toLowerCase()}`)
    .digest('hex');
  return `<${hash.slice(0, 32)}@kpi-sentinel>`;
}

/**
 * The nodemailer message of a digest, the same for the outbox's .eml and for SMTP: text
 * and HTML alternatives, the chart inline by Content-ID, the run id in a header.
 */
export function digestMailOptions(message: DigestMessage, from: string): SendMailOptions {
  return {
    from,
    to: { name: message.to.name, address: message.to.email },
    subject: message.subject,
    text: message.text,
    html: message.html,
    // Base64 for both parts: for a mostly Chinese digest no larger than quoted-printable,
    // and encoded natively instead of scanned and escaped character by character.
    textEncoding: 'base64',
    messageId: digestMessageId(message),
    attachments: message.attachments.map((a) => ({
      filename: a.filename,
      content: a.content,
      contentType: a.contentType,
      cid: a.cid,
      contentDisposition: 'inline' as const,
    })),
    headers: { 'X-KPI-Sentinel-Run': message.runId },
  };
}
