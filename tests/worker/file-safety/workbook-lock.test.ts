import { setTimeout as sleep } from 'node:timers/promises';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbookError } from '../../../worker/problems/workbook-error.ts';
import { FileLocker, lockPathOf } from '../../../worker/file-safety/workbook-lock.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('lock');
const fast = { waitMs: 400, pollMs: 20, staleMs: 60_000 };

function lockFileFor(
  workbook: string,
  owner: { pid: number; host?: string; token?: string },
): string {
  const path = lockPathOf(workbook);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    JSON.stringify({
      token: owner.token ?? 'other',
      pid: owner.pid,
      host: owner.host ?? hostname(),
      since: '2025-03-31T02:00:00Z',
    }),
  );
  return path;
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(r.stdout);
}

describe('FileLocker', () => {
  it('lets a second writer in only once the first released', async () => {
    const wb = join(dir, 'a.xlsx');
    const locker = new FileLocker(fast);
    const first = await locker.acquire(wb);
    const order: string[] = [];
    const second = locker.acquire(wb).then((l) => {
      order.push('second');
      return l;
    });
    await sleep(100);
    order.push('first releases');
    await first.release();
    await (await second).release();
    expect(order).toEqual(['first releases', 'second']);
    expect(existsSync(lockPathOf(wb))).toBe(false);
  });

  it('gives up after waiting, with a message naming the holder', async () => {
    const wb = join(dir, 'b.xlsx');
    lockFileFor(wb, { pid: process.pid, host: 'other-host' });
    const err: unknown = await new FileLocker(fast).acquire(wb).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err instanceof WorkbookError && err.problem.code).toBe('workbook.locked');
    expect(err instanceof WorkbookError && err.problem.message.en).toContain(
      `pid ${process.pid} @ other-host`,
    );
    expect(err instanceof WorkbookError && err.problem.message.zh).toContain('b.xlsx');
  });

  it('breaks a lock whose holder on this machine has ended', async () => {
    const wb = join(dir, 'c.xlsx');
    lockFileFor(wb, { pid: deadPid() });
    const lock = await new FileLocker(fast).acquire(wb);
    expect(readFileSync(lockPathOf(wb), 'utf8')).toContain(`"pid":${process.pid}`);
    await lock.release();
  });

  it('breaks a lock nobody refreshed for longer than the stale time', async () => {
    const wb = join(dir, 'd.xlsx');
    const path = lockFileFor(wb, { pid: process.pid, host: 'crashed-host' });
    const old = new Date(Date.now() - 120_000);
    utimesSync(path, old, old);
    const lock = await new FileLocker(fast).acquire(wb);
    await lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('does not remove, on release, a lock that is no longer its own', async () => {
    const wb = join(dir, 'e.xlsx');
    const lock = await new FileLocker(fast).acquire(wb);
    const path = lockFileFor(wb, { pid: process.pid, token: 'someone-else' });
    await lock.release();
    expect(readFileSync(path, 'utf8')).toContain('someone-else');
  });
});
