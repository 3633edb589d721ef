import type { SendKey } from './send-log.ts';

/**
 * A send left in doubt: its `sending` record was found by a later sender, so the process
 * that made the call stopped before recording what came of it. The message may or may
 * not have arrived; a person decides, from the next digest that names it.
 */
export interface InDoubtSend extends SendKey {
  /** When the send began (the `sending` record), epoch ms. */
  at: number;
  /** The channel that made the call (`email`, `outbox`, a robot). */
  channel: string;
}

/**
 * Where sends found in doubt wait until a digest has named them: noted by the dedup stage
 * when it meets one, listed by the next run's digest, and dropped once that run's digest
 * has gone out. Never resent from here.
 */
export interface InDoubtRegister {
  note(send: InDoubtSend): Promise<void>;
  pending(): Promise<InDoubtSend[]>;
  reported(sends: readonly InDoubtSend[]): Promise<void>;
}

/** Reads a stored in-doubt entry back; anything malformed is treated as absent. */
export function parseInDoubtSend(value: unknown): InDoubtSend | null {
  if (value === null || typeof value !== 'object') return null;
  if (!('runId' in value) || !('email' in value) || !('at' in value) || !('channel' in value))
    return null;
  const { runId, email, at, channel } = value;
  return typeof runId === 'string' &&
    typeof email === 'string' &&
    typeof at === 'number' &&
    typeof channel === 'string'
    ? { runId, email, at, channel }
    : null;
}
