import type { Severity } from './status.ts';
import type { ReaderLanguage } from './digest.ts';

/** Who the digest goes to, and what they want to hear about. */
export interface RecipientScope {
  /** Empty lists mean "everything". */
  categories: string[];
  regions: string[];
  owners: string[];
}

/** What a recipient is sent: leadership digests (汇总), reminders to report (催报), or both. */
export type RecipientPurpose = 'digest' | 'reminder' | 'digest+reminder';

/** One kind of message a recipient may be sent. */
export type MessageKind = 'digest' | 'reminder';

export interface Recipient {
  name: string;
  /** The address for the `email` channel; '' for a robot recipient without one. */
  email: string;
  scope: RecipientScope;
  minSeverity: Severity;
  language: ReaderLanguage;
  purpose: RecipientPurpose;
  /**
   * `email`, or a robot named in the worker's config: `dingtalk:<name>`, `wecom:<name>`
   * (a group robot: the message goes to the group).
   */
  channel: string;
  /** Mobile numbers a group robot `@`-mentions. */
  mobiles: string[];
  row: number;
}

/** Whether a recipient is sent this kind of message. */
export function receives(recipient: Pick<Recipient, 'purpose'>, kind: MessageKind): boolean {
  return recipient.purpose === 'digest+reminder' || recipient.purpose === kind;
}

/**
 * Who a message goes to, one string for the send log and for "one message per person":
 * the address (trimmed, lower-cased) on the email channel, channel and name on a robot.
 */
export function recipientAddress(recipient: Pick<Recipient, 'email' | 'channel' | 'name'>): string {
  return recipient.channel === 'email'
    ? recipient.email.trim().toLowerCase()
    : `${recipient.channel}/${recipient.name.trim()}`;
}
