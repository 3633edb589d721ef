// Fault family: the queue mode's Redis lease lock on a workbook — a Redis that stops
// answering (SIGSTOP) or a lease another worker has taken over before the write, and a
// check that runs past its time. In each case the workbook must not be written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbookFile } from '../../worker/pipeline/check-stage.ts';
import { RedisWorkbookLocks } from '../../worker/file-safety/workbook-lock-redis.ts';
import { sha256 } from '../../worker/file-safety/file-snapshot.ts';
import { listBackups } from '../../worker/file-safety/backups.ts';
import type { WorkbookLock, WorkbookLocker } from '../../worker/file-safety/workbook-lock.ts';
import { planWorkbook } from '../support/queue-fixtures.ts';
import { TestRedis } from '../support/redis-server.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('faults-redis-lock');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const LEASE = 600;

let server: TestRedis;
let redis: Redis;
beforeAll(async () => {
  server = await TestRedis.start();
  redis = server.client();
});
afterAll(async () => {
  server.resume();
  redis.disconnect();
  await server.stop();
});

/** The real Redis locks, with something happening to the world right after the lock is taken. */
function lockingThen(
  locks: RedisWorkbookLocks,
  then: (path: string) => Promise<void>,
): WorkbookLocker {
  return {
    acquire: async (path: string): Promise<WorkbookLock> => {
      const held = await locks.acquire(path);
      await then(path);
      return held;
    },
  };
}

describe('the write-back confirms the Redis lock just before the rename', () => {
  it('writes nothing when Redis stopped answering (paused) while the check held the lock', async () => {
    const path = await planWorkbook(join(dir, 'paused/plan.xlsx'), ['a@example.gov.cn']);
    const before = sha256(readFileSync(path));
    const locks = new RedisWorkbookLocks(redis, 'paused', { leaseMs: LEASE, pollMs: 10 });
    const locker = lockingThen(locks, async () => {
      server.pause(); // a hung Redis: renewals get no answer and the lease may lapse
      await sleep(2 * LEASE);
    });
    try {
      const result = await checkWorkbookFile(path, { asOf: '2025-03-31', locker });
      expect(result.ok).toBe(false);
      expect(result.problems.at(-1)?.code).toBe('workbook.lock_lost');
    } finally {
      server.resume();
    }
    expect(sha256(readFileSync(path))).toBe(before);
    expect(await listBackups(path)).toEqual([]);
  }, 30_000);

  it('writes nothing when another worker took the workbook over after the lease lapsed', async () => {
    const path = await planWorkbook(join(dir, 'taken/plan.xlsx'), ['a@example.gov.cn']);
    const before = sha256(readFileSync(path));
    const locks = new RedisWorkbookLocks(redis, 'taken', { leaseMs: 5_000, pollMs: 10 });
    const locker = lockingThen(locks, async (p) => {
      // Our lease lapsed during a long pause and another worker now holds the key.
      await redis.set(locks.keyOf(p), JSON.stringify({ token: 'other', holder: 'pid 1 @ b' }));
    });
    const result = await checkWorkbookFile(path, { asOf: '2025-03-31', locker });
    expect(result.ok).toBe(false);
    expect(result.problems.at(-1)?.message.zh).toContain('写入锁在写回前已失效');
    expect(sha256(readFileSync(path))).toBe(before);
  }, 30_000);

  it('still writes when the lock was held throughout', async () => {
    const path = await planWorkbook(join(dir, 'fine/plan.xlsx'), ['a@example.gov.cn']);
    const before = sha256(readFileSync(path));
    const locks = new RedisWorkbookLocks(redis, 'fine', { leaseMs: LEASE, pollMs: 10 });
    const locker = lockingThen(locks, () => sleep(2 * LEASE));
    const result = await checkWorkbookFile(path, { asOf: '2025-03-31', locker });
    expect(result.ok && result.written).toBe(true);
    expect(sha256(readFileSync(path))).not.toBe(before);
  }, 30_000);
});
