import nodemailer from 'nodemailer';
import type { DigestMessage } from '../channel.ts';
import { digestMailOptions } from '../mail-options.ts';

/**
 * The message as a MIME file (.eml): From/To/Subject UTF-8 encoded, text and HTML as
 * multipart/alternative, attachments with a Content-ID inline in multipart/related.
 * Built by nodemailer's stream transport, so it is the same bytes SMTP would carry.
 */
export async function buildEml(message: DigestMessage, from: string): Promise<Buffer> {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  const info = await transport.sendMail(digestMailOptions(message, from));
  const raw: unknown = info.message;
  if (!Buffer.isBuffer(raw)) throw new Error('nodemailer stream transport returned no buffer');
  return raw;
}
