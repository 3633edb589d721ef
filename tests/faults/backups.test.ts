// Fault family: the backup kept before each replacement — a full disk cuts it short, an
// unreplaceable workbook (immutable file) fails every night. Neither may leave a backup
// behind to be counted among the kept ones, nor a lock that holds up the next run.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWorkbookFile } from '../../worker/pipeline/check-stage.ts';
import { sha256 } from '../../worker/file-safety/file-snapshot.ts';
import { backupFolder, listBackups } from '../../worker/file-safety/backups.ts';
import { FileLocker, lockPathOf } from '../../worker/file-safety/workbook-lock.ts';
import { planWorkbook } from '../support/queue-fixtures.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('faults-backups');
const PAGE = 4096;
const pages = (bytes: number): number => Math.ceil(bytes / PAGE) * PAGE;
const mounted: string[] = [];
const immutable: string[] = [];

afterAll(() => {
  for (const file of immutable) execFileSync('chattr', ['-i', file]);
  for (const point of mounted) execFileSync('umount', [point]);
});

const fast = (): FileLocker => new FileLocker({ waitMs: 3_000, pollMs: 20 });

describe('backups', () => {
  it('deletes a backup a full disk cut short, counts none, and leaves no lock behind', async () => {
    const original = await planWorkbook(join(dir, 'source/plan.xlsx'), ['a@example.gov.cn']);
    const size = statSync(original).size;
    // Room for the workbook and the new version beside it, but only half a backup.
    const disk = join(dir, 'small-disk');
    mkdirSync(disk);
    const room = 2 * pages(size) + pages(size / 2) + 4 * PAGE;
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${room}`, 'tmpfs', disk]);
    mounted.push(disk);
    const path = join(disk, 'plan.xlsx');
    copyFileSync(original, path);
    const before = sha256(readFileSync(path));

    const full = await checkWorkbookFile(path, { asOf: '2025-03-31', locker: fast() });
    expect(full.ok).toBe(false);
    expect(full.problems.at(-1)?.code).toBe('workbook.write_failed');
    expect(full.problems.at(-1)?.message.en).toContain('ENOSPC');
    expect(sha256(readFileSync(path))).toBe(before);
    expect(await listBackups(path)).toEqual([]);
    expect(readdirSync(backupFolder(path))).toEqual([]);
    expect(() => statSync(lockPathOf(path))).toThrow(/ENOENT/);
  }, 60_000);

  it('keeps no backup for a workbook that cannot be replaced, however many nights it fails', async () => {
    const path = await planWorkbook(join(dir, 'stuck/plan.xlsx'), ['a@example.gov.cn']);
    execFileSync('chattr', ['+i', path]); // even root cannot rename over it
    immutable.push(path);
    for (let night = 0; night < 2; night++) {
      // Checked and reported, not replaced (the file may not be written), and no backup kept.
      const result = await checkWorkbookFile(path, { asOf: '2025-03-31', locker: fast() });
      expect(result.ok && result.notWritten?.code).toBe('workbook.read_only');
    }
    expect(await listBackups(path)).toEqual([]);
  }, 60_000);
});
