import type { Bilingual } from '../../../shared/i18n/messages.ts';

/**
 * One digest (or one reminder) of one run to one person — whatever number of workbooks
 * list them: the unit that must go out exactly once.
 */
export interface SendKey {
  runId: string;
  /** The address (email, or robot and name: recipientAddress). */
  email: string;
  /** Digest and reminder are separate sends; absent means digest. */
  purpose?: 'digest' | 'reminder';
}

/**
 * What became of a send. The states, in order: `sending` is recorded before the SMTP (or
 * robot) call, `sent` or `rejected` after it. A `sending` found by a later sender means
 * its sender stopped between the two (a crash, a kill): the message may or may not have
 * gone out, so it is reported for a person to decide and never sent again blindly.
 */
export type SendRecord =
  | { state: 'sending'; at: number }
  | { state: 'sent'; at: number; location: string }
  | { state: 'rejected'; at: number; reason: Bilingual };

/**
 * The answer to "may I send this now?": yes (`claimed`, with the token that owns the
 * claim), no because it is settled (`done`), or not now because another process holds a
 * live claim on it (`busy`).
 */
export type SendClaim =
  { kind: 'claimed'; token: string } | { kind: 'done'; record: SendRecord } | { kind: 'busy' };

/**
 * The notification log (like Alertmanager's nflog): a record per (run, address, purpose) that makes
 * delivery at most once. A claim records `sending` for good (no lease): a sender that dies
 * between claiming and settling leaves it in doubt, which the next sender reports instead
 * of sending a second copy.
 */
export interface SendLog {
  claim(key: SendKey): Promise<SendClaim>;
  /** Records the outcome; the claim's token must still own the key. */
  settle(key: SendKey, token: string, record: SendRecord): Promise<void>;
  /** Drops a claim without an outcome (a transient failure: try again later). */
  release(key: SendKey, token: string): Promise<void>;
}

/**
 * The key as one string: run and the trimmed, lower-cased address, then `|reminder` for a
 * reminder (a digest keeps the key it always had, so a run retried across an upgrade
 * still finds what it sent).
 */
export function sendKeyText(key: SendKey): string {
  const base = `${key.runId}|${key.email.trim().toLowerCase()}`;
  return key.purpose === 'reminder' ? `${base}|reminder` : base;
}

/** Reads a stored record back; anything malformed is treated as absent. */
export function parseSendRecord(value: unknown): SendRecord | null {
  if (value === null || typeof value !== 'object' || !('state' in value) || !('at' in value))
    return null;
  const { state, at } = value;
  if (typeof at !== 'number') return null;
  if (state === 'sending') return { state: 'sending', at };
  if (state === 'sent' && 'location' in value && typeof value.location === 'string')
    return { state: 'sent', at, location: value.location };
  const reason = 'reason' in value ? value.reason : null;
  if (
    state === 'rejected' &&
    reason !== null &&
    typeof reason === 'object' &&
    'zh' in reason &&
    'en' in reason
  ) {
    return { state: 'rejected', at, reason: { zh: String(reason.zh), en: String(reason.en) } };
  }
  return null;
}
