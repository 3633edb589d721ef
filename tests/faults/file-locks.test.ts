// Fault family: the workbook lock file beside a workbook — left empty by a full disk, or
// judged stale by two waiters at once. One writer at a time must hold whatever happens.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkbookFile } from '../../worker/pipeline/check-stage.ts';
import { FileLocker, lockPathOf } from '../../worker/file-safety/workbook-lock.ts';
import { planWorkbook } from '../support/queue-fixtures.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('faults-file-locks');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The pid of a process that has ended: nobody holds a lock under it. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid;
}

describe('workbook lock files', () => {
  it('treats an empty lock file (left by a full disk) as stale at once: the next check is not held up', async () => {
    const path = await planWorkbook(join(dir, 'empty/plan.xlsx'), ['a@example.gov.cn']);
    const lock = lockPathOf(path);
    mkdirSync(dirname(lock), { recursive: true });
    writeFileSync(lock, '');
    const began = Date.now();
    const result = await checkWorkbookFile(path, {
      asOf: '2025-03-31',
      locker: new FileLocker({ waitMs: 3_000, pollMs: 20 }),
    });
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(result.ok && result.written).toBe(true);
    expect(Date.now() - began).toBeLessThan(3_000);
  }, 30_000);

  it('treats an unreadable lock file (garbage, no holder) as stale at once', async () => {
    const workbook = join(dir, 'garbage/plan.xlsx');
    const lock = lockPathOf(workbook);
    mkdirSync(dirname(lock), { recursive: true });
    writeFileSync(lock, '{"tok');
    const held = await new FileLocker({ waitMs: 1_000, pollMs: 20 }).acquire(workbook);
    expect(await held.confirm()).toBe(true);
    await held.release();
  });

  it('lets exactly one of many waiters break a stale lock: they never hold it at the same time', async () => {
    let most = 0;
    // Several rounds: the race is between one waiter's judgement and another's new lock.
    for (let round = 0; round < 3; round++) {
      const workbook = join(dir, `race-${round}/plan.xlsx`);
      const lock = lockPathOf(workbook);
      mkdirSync(dirname(lock), { recursive: true });
      writeFileSync(
        lock,
        JSON.stringify({ token: 'crashed', pid: deadPid(), host: hostname(), since: 'yesterday' }),
      );
      let inside = 0;
      const holders = Array.from({ length: 24 }, async () => {
        const held = await new FileLocker({ waitMs: 60_000, pollMs: 5 }).acquire(workbook);
        inside += 1;
        most = Math.max(most, inside);
        await sleep(10);
        inside -= 1;
        await held.release();
      });
      await Promise.all(holders);
    }
    expect(most).toBe(1);
  }, 120_000);

  it('leaves a lock alone that another waiter broke and retook after this one judged it stale', async () => {
    const workbook = join(dir, 'late-breaker/plan.xlsx');
    const lock = lockPathOf(workbook);
    mkdirSync(dirname(lock), { recursive: true });
    writeFileSync(
      lock,
      JSON.stringify({ token: 'crashed', pid: deadPid(), host: hostname(), since: 'yesterday' }),
    );
    // The late waiter judges the crashed lock stale, then is held before breaking it ...
    let judged = (): void => undefined;
    const judgedStale = new Promise<void>((r) => (judged = r));
    let resume = (): void => undefined;
    const resumed = new Promise<void>((r) => (resume = r));
    const late = new FileLocker({
      waitMs: 1_000,
      pollMs: 20,
      beforeBreak: async () => {
        judged();
        await resumed;
      },
    }).acquire(workbook);
    await judgedStale;
    // ... while another waiter breaks it and takes the workbook.
    const first = await new FileLocker({ waitMs: 1_000, pollMs: 20 }).acquire(workbook);
    resume();
    // The late waiter must find the lock held, not break the fresh one and hold it too.
    await expect(late).rejects.toMatchObject({ problem: { code: 'workbook.locked' } });
    expect(await first.confirm()).toBe(true);
    await first.release();
  });

  it('tells a holder whose lock was broken and taken by another that it no longer holds it', async () => {
    const workbook = join(dir, 'taken/plan.xlsx');
    const held = await new FileLocker().acquire(workbook);
    expect(await held.confirm()).toBe(true);
    writeFileSync(
      lockPathOf(workbook),
      JSON.stringify({ token: 'other', pid: process.pid, host: 'elsewhere', since: 'now' }),
    );
    expect(await held.confirm()).toBe(false);
    await held.release();
  });
});
