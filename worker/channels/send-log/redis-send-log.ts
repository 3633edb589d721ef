import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  parseSendRecord,
  sendKeyText,
  type SendClaim,
  type SendKey,
  type SendLog,
  type SendRecord,
} from './send-log.ts';

export interface RedisSendLogOptions {
  /** Key prefix (the installation's queue prefix). */
  prefix: string;
  /** How long settled records are kept: at least as long as finished run jobs are. */
  retentionDays: number;
}

// Claim if free, recording "sending" for as long as settled records are kept; otherwise
// return what is there. One round trip, no race between processes: Redis runs the
// script atomically.
const CLAIM = `
local v = redis.call('GET', KEYS[1])
if v then return v end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return false`;

const RELEASE = `
local v = redis.call('GET', KEYS[1])
if v and string.find(v, ARGV[1], 1, true) and string.find(v, '"sending"', 1, true) then
  return redis.call('DEL', KEYS[1])
end
return 0`;

/** The send log of queue mode: one Redis key per (run, address, purpose). */
export class RedisSendLog implements SendLog {
  private readonly redis: Redis;
  private readonly options: RedisSendLogOptions;

  constructor(redis: Redis, options: RedisSendLogOptions) {
    this.redis = redis;
    this.options = options;
  }

  keyOf(key: SendKey): string {
    return `${this.options.prefix}:sentinel:sent:${sendKeyText(key)}`;
  }

  async claim(key: SendKey): Promise<SendClaim> {
    const token = randomUUID();
    const claim = JSON.stringify({ state: 'sending', token, at: Date.now() });
    const existing: unknown = await this.redis.call(
      'EVAL',
      CLAIM,
      1,
      this.keyOf(key),
      claim,
      String(this.retentionSeconds()),
    );
    if (existing === null) return { kind: 'claimed', token };
    let parsed: unknown = null;
    try {
      parsed = typeof existing === 'string' ? JSON.parse(existing) : null;
    } catch {
      // unreadable: reported as in doubt below
    }
    // Unreadable: someone else's, and what became of it is unknown — in doubt, not resent.
    return { kind: 'done', record: parseSendRecord(parsed) ?? { state: 'sending', at: 0 } };
  }

  private retentionSeconds(): number {
    return Math.round(this.options.retentionDays * 24 * 60 * 60);
  }

  async settle(key: SendKey, _token: string, record: SendRecord): Promise<void> {
    // Whoever held the claim, the message has now gone out (or been refused): record it.
    await this.redis.set(this.keyOf(key), JSON.stringify(record), 'EX', this.retentionSeconds());
  }

  async release(key: SendKey, token: string): Promise<void> {
    await this.redis.call('EVAL', RELEASE, 1, this.keyOf(key), token);
  }
}
