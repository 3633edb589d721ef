import type { Redis } from 'ioredis';
import type { ReminderLog } from './reminder-log.ts';

/** Queue mode's record: one Redis hash per address (item key → date), kept as long as the send log. */
export class RedisReminderLog implements ReminderLog {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly retentionSeconds: number;

  constructor(redis: Redis, options: { prefix: string; retentionDays: number }) {
    this.redis = redis;
    this.prefix = options.prefix;
    // An overdue figure may be chased for months: keep the record at least a year.
    this.retentionSeconds = Math.max(400, options.retentionDays) * 24 * 60 * 60;
  }

  keyOf(address: string): string {
    return `${this.prefix}:sentinel:reminded:${address.trim().toLowerCase()}`;
  }

  async lastSent(address: string): Promise<Map<string, string>> {
    return new Map(Object.entries(await this.redis.hgetall(this.keyOf(address))));
  }

  async record(address: string, itemKeys: readonly string[], date: string): Promise<void> {
    if (itemKeys.length === 0) return;
    const key = this.keyOf(address);
    await this.redis
      .multi()
      .hset(key, Object.fromEntries(itemKeys.map((k) => [k, date])))
      .expire(key, this.retentionSeconds)
      .exec();
  }
}
