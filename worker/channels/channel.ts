import type { Bilingual } from '../../shared/i18n/messages.ts';

/** A file sent along with a digest; with a `cid` the HTML shows it inline (`cid:…`). */
export interface DigestAttachment {
  cid: string;
  filename: string;
  content: Buffer;
  contentType: string;
}

/** One rendered digest for one recipient, ready for any channel. */
export interface DigestMessage {
  to: { name: string; email: string };
  subject: string;
  html: string;
  text: string;
  attachments: DigestAttachment[];
  /** The check run that produced it (for the send log and for tracing). */
  runId: string;
  /** Path of the workbook the digest is about; '' for a digest over several plans. */
  workbook: string;
  /**
   * The digest's as-of date, YYYY-MM-DD in the plan's time zone. Channels that name
   * things by date (the outbox) use it; without it they use today in their time zone.
   */
  date?: string;
  /**
   * The digest as markdown, for chat robots (worker/digest/digest-markdown.ts); robot
   * channels fall back to the text part when it is absent.
   */
  markdown?: string;
  /** Mobile numbers a group robot `@`-mentions (DingTalk `atMobiles`). */
  mobiles?: string[];
  /** `email` (default), `dingtalk:<name>` or `wecom:<name>`: which channel carries it. */
  channel?: string;
  /** A leadership digest (default) or a 催报 reminder: each goes once per run and recipient. */
  purpose?: 'digest' | 'reminder';
  /** Who it is to, for the send log (recipientAddress); `to.email` when absent. */
  address?: string;
}

/** The message reached the channel; `locations` says where (file paths, message ids). */
export interface DeliverySuccess {
  ok: true;
  channel: string;
  to: string;
  locations: string[];
  /** True when a send log shows it went out before (a retried run): nothing was sent now. */
  alreadySent?: boolean;
}

/** The message did not go out; `message` tells an operator why, in both languages. */
export interface DeliveryFailure {
  ok: false;
  channel: string;
  to: string;
  message: Bilingual;
  /** Whether trying again later may succeed (a full disk, a busy server). */
  retryable: boolean;
}

export type DeliveryResult = DeliverySuccess | DeliveryFailure;

/**
 * A way a digest reaches people (outbox folder, SMTP, DingTalk and WeCom robots). Each lives
 * in its own folder under worker/channels/ behind this one interface. `deliver` never
 * rejects for a delivery problem: it resolves to a DeliveryFailure.
 */
export interface Channel {
  name: string;
  deliver(message: DigestMessage): Promise<DeliveryResult>;
}
