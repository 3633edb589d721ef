import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** The folder beside a workbook where the worker keeps its own files (backups, locks). */
export const WORKER_FOLDER = '.kpi-sentinel';

/** How many earlier versions of each workbook are kept unless told otherwise: a week of nightly checks. */
export const DEFAULT_BACKUPS = 7;

/** The folder holding a workbook's backups: `.kpi-sentinel/backups/` beside it. */
export function backupFolder(workbookPath: string): string {
  return join(dirname(workbookPath), WORKER_FOLDER, 'backups');
}

/** `plan.xlsx` at 2025-03-31T02:00:01.234Z → `plan.20250331T020001234Z.xlsx` (`-2`, `-3`… if taken). */
function backupName(workbookPath: string, at: Date, n: number): string {
  const ext = extname(workbookPath);
  const stem = basename(workbookPath, ext);
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  return `${stem}.${stamp}${n > 1 ? `-${n}` : ''}${ext}`;
}

/** True when `file` is one of this workbook's backups. */
function isBackupOf(file: string, workbookPath: string): boolean {
  const ext = extname(workbookPath);
  const stem = basename(workbookPath, ext);
  if (!file.startsWith(`${stem}.`) || !file.endsWith(ext)) return false;
  const stamp = file.slice(stem.length + 1, file.length - ext.length);
  return /^\d{8}T\d{9}Z(?:-\d+)?$/.test(stamp);
}

/**
 * Saves the version of a workbook about to be replaced into `.kpi-sentinel/backups/`
 * beside it and returns the backup's path; one that cannot be written whole is removed. The backup is written from the bytes the worker read and verified, not
 * linked, so an editor that later saves the workbook in place cannot change it.
 */
export async function keepBackup(
  workbookPath: string,
  bytes: Uint8Array,
  at = new Date(),
): Promise<string> {
  const folder = backupFolder(workbookPath);
  await mkdir(folder, { recursive: true });
  for (let n = 1; ; n++) {
    const path = join(folder, backupName(workbookPath, at, n));
    try {
      await writeFile(path, bytes, { flag: 'wx' });
    } catch (err) {
      if (err instanceof Error && 'code' in err && err.code === 'EEXIST') continue;
      // A backup cut short (a full disk) would be counted among the kept ones and restore nothing.
      await rm(path, { force: true });
      throw err;
    }
    return path;
  }
}

/** The backups of a workbook, oldest first. */
export async function listBackups(workbookPath: string): Promise<string[]> {
  const folder = backupFolder(workbookPath);
  let files: string[];
  try {
    files = await readdir(folder);
  } catch {
    return [];
  }
  return files
    .filter((f) => isBackupOf(f, workbookPath))
    .sort()
    .map((f) => join(folder, f));
}

/** Removes all but the newest `keep` backups of a workbook. */
export async function pruneBackups(workbookPath: string, keep: number): Promise<void> {
  const all = await listBackups(workbookPath);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) await rm(old, { force: true });
}
