import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder, listBackups } from '../../../worker/file-safety/backups.ts';
import { readWithSnapshot } from '../../../worker/file-safety/file-snapshot.ts';
import { safeReplace } from '../../../worker/file-safety/safe-replace.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('safe-replace');

function workbook(name: string, content: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  const path = join(folder, 'plan.xlsx');
  writeFileSync(path, content);
  return path;
}

async function replace(
  path: string,
  next: string,
  keep = 7,
): Promise<Awaited<ReturnType<typeof safeReplace>>> {
  const { bytes, snapshot } = await readWithSnapshot(path);
  return safeReplace(path, Buffer.from(next), {
    expected: snapshot,
    original: bytes,
    keepBackups: keep,
  });
}

describe('safeReplace', () => {
  it('replaces the file and keeps the version it replaced in .kpi-sentinel/backups beside it', async () => {
    const path = workbook('one', 'v1');
    const outcome = await replace(path, 'v2');
    expect(readFileSync(path, 'utf8')).toBe('v2');
    expect(outcome.replaced && readFileSync(outcome.backup, 'utf8')).toBe('v1');
    expect(outcome.replaced && outcome.backup.startsWith(backupFolder(path))).toBe(true);
    expect(readdirSync(join(dir, 'one')).sort()).toEqual(['.kpi-sentinel', 'plan.xlsx']);
  });

  it('keeps only the newest backups, as many as asked', async () => {
    const path = workbook('many', 'v0');
    for (let i = 1; i <= 5; i++) await replace(path, `v${i}`, 3);
    const kept = await listBackups(path);
    expect(kept.map((b) => readFileSync(b, 'utf8'))).toEqual(['v2', 'v3', 'v4']);
  });

  it('writes nothing over a file that changed since it was read, and leaves no temporary file', async () => {
    const path = workbook('changed', 'v1');
    const { bytes, snapshot } = await readWithSnapshot(path);
    writeFileSync(path, 'planner');
    const outcome = await safeReplace(path, Buffer.from('v2'), {
      expected: snapshot,
      original: bytes,
      keepBackups: 7,
    });
    expect(outcome).toEqual({ replaced: false, reason: 'changed' });
    expect(readFileSync(path, 'utf8')).toBe('planner');
    expect(readdirSync(join(dir, 'changed')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(await listBackups(path)).toEqual([]);
  });

  it('replaces a file that was only touched, its content the same', async () => {
    const path = workbook('touched', 'v1');
    const { bytes, snapshot } = await readWithSnapshot(path);
    writeFileSync(path, 'v1');
    const outcome = await safeReplace(path, Buffer.from('v2'), {
      expected: { ...snapshot, mtimeMs: snapshot.mtimeMs - 5000 },
      original: bytes,
      keepBackups: 7,
    });
    expect(outcome.replaced).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('v2');
  });

  it("keeps the file's permissions", async () => {
    const path = workbook('mode', 'v1');
    chmodSync(path, 0o640);
    await replace(path, 'v2');
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });
});
