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
  /** False once a renewal failed or found the lock taken over: the holder may no longer write. */
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

/** The answer of a Redis call, or a rejection when it takes longer than `ms` (a paused server). */
async function withinMs<T>(call: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([call, late]);
  } finally {
    clearTimeout(timer);
  }
}

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
    const every = Math.max(50, Math.floor(leaseMs / 3));
    const renew = setInterval(() => {
      if (!ours) return;
      // A renewal that fails or does not answer before the next one is due ends the right
      // to write: the lease may lapse meanwhile and another worker take the workbook.
      withinMs(this.redis.call('EVAL', RENEW, 1, key, value, String(leaseMs)), every)
        .then((r) => {
          if (r !== 1) ours = false;
        })
        .catch(() => {
          ours = false;
        });
    }, every);
    renew.unref();
    let released = false;
    return {
      path,
      held: () => ours,
      // Asked of Redis itself just before the rename, with a deadline well inside the lease.
      confirm: async () => {
        if (!ours) return false;
        try {
          const now = await withinMs(this.redis.get(key), every);
          if (now !== value) ours = false;
        } catch {
          ours = false;
        }
        return ours;
      },
      release: async () => {
        if (released) return;
        released = true;
        clearInterval(renew);
        ours = false;
        // A paused or lost Redis must not hold up the end of a job: the lease frees the key anyway.
        await withinMs(this.redis.call('EVAL', RELEASE, 1, key, value), every).catch(
          () => undefined,
        );
      },
    };
  }
}
