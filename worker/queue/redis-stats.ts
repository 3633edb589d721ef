import type { Redis } from 'ioredis';
import { COUNTERS, type CounterName, type Stats } from '../metrics/stats.ts';
import { sentinelKey } from './redis-keys.ts';

/**
 * Counters shared by every worker process of an installation: one Redis hash, added to
 * with HINCRBY. A failed increment is dropped (counting must never fail the work).
 */
export class RedisStats implements Stats {
  private readonly redis: Redis;
  private readonly key: string;

  constructor(redis: Redis, prefix: string) {
    this.redis = redis;
    this.key = sentinelKey(prefix, 'stats');
  }

  increment(name: CounterName, by = 1): void {
    this.redis.hincrby(this.key, name, by).catch(() => undefined);
  }

  /** Every counter, 0 for those never incremented. */
  async read(): Promise<Record<CounterName, number>> {
    const raw = await this.redis.hgetall(this.key);
    const out = {} as Record<CounterName, number>;
    for (const name of COUNTERS) out[name] = Number(raw[name] ?? 0);
    return out;
  }
}
