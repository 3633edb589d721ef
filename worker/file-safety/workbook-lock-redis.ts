import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import type { Redis } from 'ioredis';
import { WorkbookError } from '../problems/workbook-error.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import type { WorkbookLock, WorkbookLocker } from './workbook-lock.ts';
import { sentinelKey } from '../queue/redis-keys.ts';
import { workbookIdOf } from '../queue/run-id.ts';

/** A lock this process holds on one workbook until it releases it. */
export interface HeldWorkbookLock extends WorkbookLock {
  readonly path: string;
  /** False once the lease could not be renewed (Redis away too long, or taken over). */
  held(): boolean;
}

export interface RedisLockOptions {
  /** How long the lock outlives a holder that stops renewing it (crash, SIGKILL). */
  leaseMs: number;
  /** How long to wait for another holder before giving up (default: two leases). */
  waitMs?: number;
  /** Pause between tries while waiting. */
  pollMs?: number;
}

// Renew or release only a lock that is still ours: another holder's value is left alone.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/** Who holds a lock, as stored in its value (for the "being written by …" message). */
function holderOf(value: string | null): { holder: string; since: string } {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    if (parsed !== null && typeof parsed === 'object' && 'holder' in parsed && 'since' in parsed) {
      return { holder: String(parsed.holder), since: String(parsed.since) };
    }
  } catch {
    // not one of ours
  }
  return { holder: '?', since: '?' };
}

/**
 * One writer per workbook across machines — the queue mode's {@link WorkbookLocker},
 * beside the embedded mode's lock file: a Redis key per workbook path set with NX and a
 * lease (PX), renewed every third of the lease while held. A holder that dies stops
 * renewing and the lock frees itself when the lease runs out. Waiting too long rejects
 * with the same `workbook.locked` WorkbookError as the lock file.
 */
export class RedisWorkbookLocks implements WorkbookLocker {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly options: Required<RedisLockOptions>;

  constructor(redis: Redis, prefix: string, options: RedisLockOptions) {
    this.redis = redis;
    this.prefix = prefix;
    this.options = {
      waitMs: options.waitMs ?? 2 * options.leaseMs,
      pollMs: options.pollMs ?? 100,
      leaseMs: options.leaseMs,
    };
  }

  /** The Redis key of a workbook's lock (for tests and operators). */
  keyOf(path: string): string {
    return sentinelKey(this.prefix, 'lock', workbookIdOf(path));
  }

  async acquire(path: string): Promise<HeldWorkbookLock> {
    const key = this.keyOf(path);
    const value = JSON.stringify({
      token: randomUUID(),
      holder: `pid ${process.pid} @ ${hostname()}`,
      since: new Date().toISOString(),
    });
    const { leaseMs, waitMs, pollMs } = this.options;
    const deadline = Date.now() + waitMs;
    while ((await this.redis.set(key, value, 'PX', leaseMs, 'NX')) !== 'OK') {
      if (Date.now() >= deadline) {
        const { holder, since } = holderOf(await this.redis.get(key));
        throw new WorkbookError(
          workbookProblem(
            'workbook.locked',
            { workbook: basename(path) },
            { holder, since, seconds: Math.round(waitMs / 1000) },
          ),
        );
      }
      await sleep(pollMs);
    }
    let ours = true;
    const renew = setInterval(
      () => {
        this.redis
          .call('EVAL', RENEW, 1, key, value, String(leaseMs))
          .then((r) => {
            if (r !== 1) ours = false;
          })
          .catch(() => undefined); // Redis away for a moment: the next renewal tries again
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    renew.unref();
    let released = false;
    return {
      path,
      held: () => ours,
      release: async () => {
        if (released) return;
        released = true;
        clearInterval(renew);
        ours = false;
        await this.redis.call('EVAL', RELEASE, 1, key, value).catch(() => undefined);
      },
    };
  }
}
