import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { keepBackup, pruneBackups } from './backups.ts';
import { unchangedSince, type FileSnapshot } from './file-snapshot.ts';

export interface ReplaceOptions {
  /** What the file was when the new content was made from it. */
  expected: FileSnapshot;
  /** The bytes `expected` describes: saved as the backup. */
  original: Uint8Array;
  /** How many backups of this workbook to keep. */
  keepBackups: number;
  /** Runs after the new file is on disk and before the last check (tests land a planner's save here). */
  beforeCommit?: () => Promise<void>;
  /**
   * Asked immediately before the rename whether this writer may still write (its lock is
   * still its own); false leaves the workbook untouched and rejects with {@link LostWriteRight}.
   */
  confirm?: () => Promise<boolean>;
}

/** The writer's lock was lost (lease lapsed, taken over) before the rename: nothing was written. */
export class LostWriteRight extends Error {
  constructor(path: string) {
    super(`${path}: the workbook lock is no longer held`);
  }
}

/** The programs whose lock files say a workbook is open (WPS writes Excel's). */
export type OpenIn = 'Excel/WPS' | 'LibreOffice';

/**
 * Why a workbook was not replaced: it is open (`file` is the program's lock file beside
 * it), or it is read-only or may not be replaced (`file` is the file or folder refused).
 */
export type Refusal =
  { reason: 'open'; file: string; program: OpenIn } | { reason: 'read-only'; file: string };

/**
 * Why nothing was written over the file: it changed since it was read (`changed`), or it
 * was refused (see {@link Refusal}). The writers built on safeReplace pass it on as it is.
 */
export type NotReplaced = { reason: 'changed' } | { reason: 'refused'; refusal: Refusal };

export type ReplaceOutcome =
  { replaced: true; backup: string } | ({ replaced: false } & NotReplaced);

/** The {@link NotReplaced} of an outcome, without the outcome's own flag. */
export function whyNotReplaced(outcome: { replaced: false } & NotReplaced): NotReplaced {
  return outcome.reason === 'changed'
    ? { reason: 'changed' }
    : { reason: 'refused', refusal: outcome.refusal };
}

/**
 * The lock files a program keeps beside a workbook while it has it open. Excel and WPS:
 * `~$` before the name, or in place of its first two characters for longer names
 * (`~$an.xlsx` for `plan.xlsx`). LibreOffice: `.~lock.plan.xlsx#`.
 */
function lockFiles(path: string): { file: string; program: OpenIn }[] {
  const name = basename(path);
  const at = (n: string): string => join(dirname(path), n);
  return [
    ...[...new Set([`~$${name}`, `~$${name.slice(2)}`])].map((n) => ({
      file: at(n),
      program: 'Excel/WPS' as const,
    })),
    { file: at(`.~lock.${name}#`), program: 'LibreOffice' as const },
  ];
}

/** Why the file must not be replaced now, or null. Root may write anything, so mode bits are read too. */
async function refusal(path: string): Promise<Refusal | null> {
  for (const { file, program } of lockFiles(path)) {
    try {
      await access(file, constants.F_OK);
      return { reason: 'open', file, program };
    } catch {
      // No lock file of that name: not open there.
    }
  }
  if (((await stat(path)).mode & 0o222) === 0) return { reason: 'read-only', file: path };
  for (const file of [path, dirname(path)]) {
    try {
      await access(file, constants.W_OK);
    } catch {
      return { reason: 'read-only', file };
    }
  }
  return null;
}

/**
 * Replaces a workbook without ever losing a version of it: the new bytes go to a
 * temporary file beside it (same folder, same file system) and are flushed to disk; the
 * version being replaced is kept in `.kpi-sentinel/backups/`; then, only if the file
 * still holds exactly what the new content was made from (size, time, SHA-256 — a
 * planner may have saved meanwhile), the temporary file is renamed over it and the
 * folder flushed. When the file changed, the temporary file is removed and the planner's
 * save stands. A workbook open in Excel, WPS or LibreOffice (its lock file beside it),
 * read-only, or in a folder the process may not write is left alone and the outcome says
 * why. A symlink is followed: the temporary file and the backups sit beside its target,
 * which is replaced.
 */
export async function safeReplace(
  link: string,
  bytes: Uint8Array,
  options: ReplaceOptions,
): Promise<ReplaceOutcome> {
  // A symlinked workbook is written through to its target, never replaced by a file of its own.
  const path = await realpath(link);
  const refused = await refusal(path);
  if (refused) return { replaced: false, reason: 'refused', refusal: refused };
  const folder = dirname(path);
  const temp = join(
    folder,
    `.${basename(path)}.kpi-sentinel-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  const mode = (await stat(path)).mode & 0o777;
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeCommit?.();
    const backup = await keepBackup(path, options.original);
    try {
      if (!(await unchangedSince(path, options.expected))) {
        await rm(temp, { force: true });
        await rm(backup, { force: true });
        return { replaced: false, reason: 'changed' };
      }
      if (options.confirm && !(await options.confirm())) throw new LostWriteRight(path);
      await rename(temp, path);
    } catch (err) {
      // A version that was not replaced needs no backup: one per failed night would push out the good ones.
      await rm(backup, { force: true });
      throw err;
    }
    await syncFolder(folder);
    await pruneBackups(path, options.keepBackups);
    return { replaced: true, backup };
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** Flushes a folder so a rename in it survives a crash; some file systems refuse, which is harmless. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some network shares cannot open or flush a folder.
  }
}
