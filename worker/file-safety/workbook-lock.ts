import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { hostname } from 'node:os';
import { WorkbookError } from '../problems/workbook-error.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import { WORKER_FOLDER } from './backups.ts';

/** A held lock on one workbook; release it when the write is done. */
export interface WorkbookLock {
  release(): Promise<void>;
  /**
   * Asks the lock's home (the file, Redis) whether it is still this holder's, just before
   * the workbook is replaced: false means another writer may have it, so nothing is written.
   */
  confirm(): Promise<boolean>;
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
  /**
   * Called after this waiter judged the lock stale and before it breaks it: tests hold a
   * waiter here to let another break and retake the lock first (the race, made certain).
   */
  beforeBreak?: (lockPath: string) => Promise<void>;
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
 * A lock file beside the workbook, written whole to a file of its own and then hard-linked
 * into place (the link fails when the lock exists), so two processes on any machines
 * sharing the folder cannot both hold it and a lock file is never seen half-written. The
 * holder refreshes the file's time while it works. A lock whose holder process is gone
 * (same host), that has not been refreshed for `staleMs`, or that is empty or unreadable
 * (left by a full disk or a foreign tool: no holder can be alive behind it) is broken —
 * by one waiter at a time, who first confirms it is still the lock it judged stale.
 */
export class FileLocker implements WorkbookLocker {
  private readonly waitMs: number;
  private readonly staleMs: number;
  private readonly pollMs: number;
  private readonly beforeBreak: FileLockerOptions['beforeBreak'];

  constructor(options: FileLockerOptions = {}) {
    this.waitMs = options.waitMs ?? 60_000;
    this.staleMs = options.staleMs ?? 10 * 60_000;
    this.pollMs = options.pollMs ?? 200;
    this.beforeBreak = options.beforeBreak;
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
        await this.beforeBreak?.(path);
        await breakLock(path, current);
        continue;
      }
      if (Date.now() >= deadline) throw lockedError(workbookPath, current, this.waitMs);
      await sleep(this.pollMs);
    }
  }

  private async tryCreate(path: string, owner: LockOwner): Promise<boolean> {
    const draft = `${path}.${owner.token}.new`;
    try {
      await writeFile(draft, JSON.stringify(owner), { flag: 'wx' });
      await link(draft, path);
      return true;
    } catch (err) {
      if (err instanceof Error && 'code' in err && err.code === 'EEXIST') return false;
      throw err;
    } finally {
      await rm(draft, { force: true });
    }
  }

  private async isStale(path: string, owner: LockOwner | null): Promise<boolean> {
    // Lock files appear complete (see tryCreate), so an existing one without an owner has none.
    if (owner === null) return (await lockExists(path)) && (await readOwner(path)) === null;
    if (owner.host === hostname() && !processAlive(owner.pid)) return true;
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
      confirm: async () => !released && (await readOwner(path))?.token === owner.token,
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

async function lockExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
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

/** A breaker that crashed while breaking leaves its mark; after this long it is ignored. */
const BREAKER_STALE_MS = 30_000;

/**
 * Removes the lock judged stale, atomically with respect to other waiters: only the one
 * that creates the breaker mark may remove it, and only after reading the lock again and
 * finding the same owner (or still none). A waiter that judged a lock stale which another
 * waiter has since broken and retaken leaves the new lock alone.
 */
async function breakLock(path: string, judged: LockOwner | null): Promise<void> {
  const breaker = `${path}.breaking`;
  try {
    await writeFile(breaker, String(process.pid), { flag: 'wx' });
  } catch {
    // Another waiter is breaking it; a mark left by a crashed one is cleared when old.
    try {
      if (Date.now() - (await stat(breaker)).mtimeMs > BREAKER_STALE_MS)
        await rm(breaker, { force: true });
    } catch {
      // gone meanwhile
    }
    return;
  }
  try {
    const now = await readOwner(path);
    const same = judged === null ? now === null : now?.token === judged.token;
    if (same) await rm(path, { force: true });
  } finally {
    await rm(breaker, { force: true });
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
