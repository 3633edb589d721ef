import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkbookFile } from '../../../worker/pipeline/check-stage.ts';
import { RedisWorkbookLocks } from '../../../worker/file-safety/workbook-lock-redis.ts';
import { WorkbookError } from '../../../worker/problems/workbook-error.ts';
import { planWorkbook } from '../../support/queue-fixtures.ts';
import { privateRedis } from '../../support/redis-server.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('lock-stage');

const local = privateRedis();

describe('RedisWorkbookLocks', () => {
  it('lets one holder at a time write a workbook: the second waits until the first releases', async () => {
    const locks = new RedisWorkbookLocks(local.redis, 'one', { leaseMs: 5_000, pollMs: 10 });
    const order: string[] = [];
    const first = await locks.acquire('/plans/hz.xlsx');
    const second = locks.acquire('/plans/hz.xlsx').then((l) => {
      order.push('second acquired');
      return l;
    });
    await sleep(100);
    order.push('first releases');
    await first.release();
    await (await second).release();
    expect(order).toEqual(['first releases', 'second acquired']);
  });

  it('does not make different workbooks wait for each other', async () => {
    const locks = new RedisWorkbookLocks(local.redis, 'two', { leaseMs: 5_000, waitMs: 50 });
    const a = await locks.acquire('/plans/a.xlsx');
    const b = await locks.acquire('/plans/b.xlsx');
    await Promise.all([a.release(), b.release()]);
  });

  it('frees the lock of a holder that died (stopped renewing) once its lease runs out', async () => {
    const locks = new RedisWorkbookLocks(local.redis, 'dead', { leaseMs: 300, pollMs: 10 });
    // A holder on another machine that was killed: its key with a lease, nobody renewing it.
    await local.redis.set(locks.keyOf('/plans/hz.xlsx'), 'token-of-a-dead-process', 'PX', 300);
    const began = Date.now();
    const lock = await locks.acquire('/plans/hz.xlsx');
    expect(Date.now() - began).toBeGreaterThanOrEqual(200);
    await lock.release();
  });

  it("keeps a live holder's lock past its lease by renewing it", async () => {
    const locks = new RedisWorkbookLocks(local.redis, 'renew', { leaseMs: 200, waitMs: 100 });
    const held = await locks.acquire('/plans/hz.xlsx');
    await sleep(600);
    expect(held.held()).toBe(true);
    await expect(locks.acquire('/plans/hz.xlsx')).rejects.toThrow(WorkbookError);
    await held.release();
    expect(await local.redis.exists(locks.keyOf('/plans/hz.xlsx'))).toBe(0);
  });

  it('gives up after the wait as the lock file does: workbook.locked, naming the workbook and its holder', async () => {
    const locks = new RedisWorkbookLocks(local.redis, 'timeout', { leaseMs: 10_000, waitMs: 100 });
    const held = await locks.acquire('/plans/湖州.xlsx');
    const failure = await locks.acquire('/plans/湖州.xlsx').catch((err: unknown) => err);
    if (!(failure instanceof WorkbookError)) throw new Error('expected a WorkbookError');
    expect(failure.problem.code).toBe('workbook.locked');
    expect(failure.problem.message.zh).toContain(
      `湖州.xlsx 正由另一个检查进程写入（pid ${process.pid} @`,
    );
    expect(failure.problem.message.en).toContain('is being written by another check');
    await held.release();
  });

  it('serves as the write lock of the check stage, so two checks of one workbook write one after the other', async () => {
    const path = await planWorkbook(join(dir, 'hz.xlsx'), ['a@example.gov.cn']);
    const locks = new RedisWorkbookLocks(local.redis, 'stage', { leaseMs: 5_000, pollMs: 10 });
    const held = await locks.acquire(path);
    let written = false;
    const check = checkWorkbookFile(path, { asOf: '2025-03-31', locker: locks }).then((r) => {
      written = true;
      return r;
    });
    await sleep(1_000);
    expect(written).toBe(false); // waiting for our lock
    await held.release();
    expect((await check).ok).toBe(true);
  });

  it('never releases a lock another holder has taken since', async () => {
    const locks = new RedisWorkbookLocks(local.redis, 'steal', { leaseMs: 5_000 });
    const held = await locks.acquire('/plans/hz.xlsx');
    await local.redis.set(locks.keyOf('/plans/hz.xlsx'), 'someone-else');
    await held.release();
    expect(await local.redis.get(locks.keyOf('/plans/hz.xlsx'))).toBe('someone-else');
  });
});
