import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { hostname } from 'node:os';
import { WorkbookError } from '../problems/workbook-error.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import { WORKER_FOLDER } from './backups.ts';

/** A held lock on one workbook; release it when the write is done. */
export interface WorkbookLock {
  release(): Promise<void>;
}

/**
 * Grants one writer per workbook at a time. Embedded mode uses {@link FileLocker}; the
 * queue mode can supply a Redis lock behind the same interface. `acquire` waits for a
 * held lock and rejects with a {@link WorkbookError} (`workbook.locked`) when it waited
 * too long.
 */
export interface WorkbookLocker {
  acquire(workbookPath: string): Promise<WorkbookLock>;
}

export interface FileLockerOptions {
  /** How long to wait for another writer, ms. */
  waitMs?: number;
  /** A lock not refreshed for this long is taken to be left by a crashed writer, ms. */
  staleMs?: number;
  /** Pause between attempts, ms. */
  pollMs?: number;
}

/** What a lock file holds: who has the workbook and since when. */
interface LockOwner {
  token: string;
  pid: number;
  host: string;
  since: string;
}

/** The lock file of a workbook: `.kpi-sentinel/locks/<file>.lock` beside it. */
export function lockPathOf(workbookPath: string): string {
  return join(dirname(workbookPath), WORKER_FOLDER, 'locks', `${basename(workbookPath)}.lock`);
}

/**
 * A lock file beside the workbook, created exclusively (`wx`), so two processes on any
 * machines sharing the folder cannot both hold it. The holder refreshes the file's time
 * while it works; a lock whose holder process is gone (same host) or that has not been
 * refreshed for `staleMs` is broken, by renaming it away first so only one waiter wins.
 */
export class FileLocker implements WorkbookLocker {
  private readonly waitMs: number;
  private readonly staleMs: number;
  private readonly pollMs: number;

  constructor(options: FileLockerOptions = {}) {
    this.waitMs = options.waitMs ?? 60_000;
    this.staleMs = options.staleMs ?? 10 * 60_000;
    this.pollMs = options.pollMs ?? 200;
  }

  async acquire(workbookPath: string): Promise<WorkbookLock> {
    const path = lockPathOf(workbookPath);
    await mkdir(dirname(path), { recursive: true });
    const owner: LockOwner = {
      token: randomUUID(),
      pid: process.pid,
      host: hostname(),
      since: new Date().toISOString(),
    };
    const deadline = Date.now() + this.waitMs;
    for (;;) {
      if (await this.tryCreate(path, owner)) return this.held(path, owner);
      const current = await readOwner(path);
      if (await this.isStale(path, current)) {
        await breakLock(path);
        continue;
      }
      if (Date.now() >= deadline) throw lockedError(workbookPath, current, this.waitMs);
      await sleep(this.pollMs);
    }
  }

  private async tryCreate(path: string, owner: LockOwner): Promise<boolean> {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(owner));
      } finally {
        await handle.close();
      }
      return true;
    } catch (err) {
      if (err instanceof Error && 'code' in err && err.code === 'EEXIST') return false;
      throw err;
    }
  }

  private async isStale(path: string, owner: LockOwner | null): Promise<boolean> {
    if (owner && owner.host === hostname() && !processAlive(owner.pid)) return true;
    try {
      return Date.now() - (await stat(path)).mtimeMs > this.staleMs;
    } catch {
      return false;
    }
  }

  private held(path: string, owner: LockOwner): WorkbookLock {
    const refresh = setInterval(
      () => {
        const now = new Date();
        utimes(path, now, now).catch(() => undefined);
      },
      Math.max(1000, this.staleMs / 3),
    );
    refresh.unref();
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        clearInterval(refresh);
        // Remove the lock only while it is still ours: it may have been broken as stale.
        const current = await readOwner(path);
        if (current?.token === owner.token) await rm(path, { force: true });
      },
    };
  }
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const o: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof o !== 'object' || o === null) return null;
    if (!('token' in o) || !('pid' in o) || !('host' in o) || !('since' in o)) return null;
    const { token, pid, host, since } = o;
    return typeof token === 'string' &&
      typeof pid === 'number' &&
      typeof host === 'string' &&
      typeof since === 'string'
      ? { token, pid, host, since }
      : null;
  } catch {
    // Missing, or caught half-written: the next attempt reads it again.
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err instanceof Error && 'code' in err && err.code === 'EPERM';
  }
}

async function breakLock(path: string): Promise<void> {
  const aside = `${path}.stale-${randomUUID()}`;
  try {
    await rename(path, aside);
    await rm(aside, { force: true });
  } catch {
    // Another waiter broke it first.
  }
}

function lockedError(workbookPath: string, owner: LockOwner | null, waitMs: number): WorkbookError {
  const holder = owner ? `pid ${owner.pid} @ ${owner.host}` : '?';
  return new WorkbookError(
    workbookProblem(
      'workbook.locked',
      { workbook: basename(workbookPath) },
      { holder, since: owner?.since ?? '?', seconds: Math.round(waitMs / 1000) },
    ),
  );
}
