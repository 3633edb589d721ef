import { Redis, type RedisOptions } from 'ioredis';
import { t } from '../../shared/i18n/messages.ts';
import type { Logger } from '../log/logger.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';

/**
 * Who uses the connection. Workers (and everything inside a worker process) wait out a
 * Redis restart: `maxRetriesPerRequest: null` keeps their commands queued until Redis is
 * back, which BullMQ requires for its blocking connections. A producer that answers a
 * person (`enqueue`, `POST /runs`) fails fast instead, so nobody waits on a dead Redis.
 */
export type ConnectionRole = 'worker' | 'producer';

/** Reconnect quickly after a Redis restart, then back off to at most five seconds. */
function retryStrategy(times: number): number {
  return Math.min(100 * 2 ** Math.min(times, 6), 5_000);
}

/**
 * ioredis options for BullMQ from a `redis://user:pass@host:port/db` or `rediss://…` URL.
 * Options, not a client: BullMQ opens the connections it needs (a blocking one per worker)
 * from them.
 */
export function redisOptions(url: string, role: ConnectionRole): RedisOptions {
  const u = new URL(url);
  const db = Number(u.pathname.replace(/^\//, '') || '0');
  return {
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || '6379'),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    db: Number.isInteger(db) ? db : 0,
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    retryStrategy,
    ...(role === 'worker'
      ? { maxRetriesPerRequest: null }
      : // The offline queue stays on: BullMQ sends INFO as soon as a Queue is made, before
        // the socket is up, and a producer without it failed at random on a busy machine.
        // One retry per request still fails fast when Redis is down.
        { maxRetriesPerRequest: 1, connectTimeout: 5_000 }),
  };
}

/** A plain client for our own keys (send log, workbook locks, run summary, stats). */
export function openRedis(url: string, role: ConnectionRole): Redis {
  return new Redis({ ...redisOptions(url, role), lazyConnect: false });
}

/**
 * Reads Redis's `maxmemory-policy`. Anything but `noeviction` lets Redis drop queue keys
 * under memory pressure — lost jobs, a lost send log, a second email — so it is logged as
 * an error at start-up. Managed Redis services often refuse CONFIG; that is logged too.
 */
export async function checkEvictionPolicy(redis: Redis, log: Logger): Promise<string | null> {
  let policy: string | null = null;
  try {
    const reply: unknown = await redis.config('GET', 'maxmemory-policy');
    if (Array.isArray(reply) && typeof reply[1] === 'string') policy = reply[1];
  } catch (err) {
    log.log(
      'warn',
      'redis.policy_unknown',
      t('queue.redis_policy_unknown', { reason: reasonOf(err) }),
    );
    return null;
  }
  if (policy !== null && policy !== 'noeviction') {
    log.log('error', 'redis.eviction', t('queue.redis_eviction', { policy }), { policy });
  }
  return policy;
}
