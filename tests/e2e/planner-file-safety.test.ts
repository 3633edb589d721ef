/**
 * Respecting the planner's Excel: a workbook open in Excel (its `~$` owner file beside it)
 * or read-only is checked and reported, never replaced; a symlinked workbook is written
 * through to its target, the link left as it is.
 */
import {
  chmod,
  lstat,
  mkdir,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/model/alert.ts';
import { alertsTable, runCli } from '../support/cli-session.ts';
import { tempDir } from '../support/temp-dir.ts';
import { digestTexts } from '../support/outbox-files.ts';

const dir = tempDir('file-safety');
const AS_OF = '2025-03-31';

const run = runCli;

async function alertsIn(path: string): Promise<Alert[]> {
  return (await alertsTable(path)).items;
}

/** A fresh Huzhou plan (no alerts written yet) in a folder of its own. */
async function plan(folder: string, name = 'plan.xlsx'): Promise<string> {
  await mkdir(join(dir, folder), { recursive: true });
  const path = join(dir, folder, name);
  expect((await run('init', path, '--template', 'huzhou-14th-fyp')).code).toBe(0);
  return path;
}

describe('a workbook open in Excel', () => {
  it('is checked and its digest sent, but not written; the next run writes', async () => {
    const path = await plan('open', '湖州规划.xlsx');
    const owner = join(dir, 'open', '~$湖州规划.xlsx');
    await writeFile(owner, 'owner: 李明');
    const bytes = await readFile(path);
    const outbox = join(dir, 'open-out');
    const first = await run('check', path, '--as-of', AS_OF, '--outbox', outbox);
    expect(first.code).toBe(0);
    expect(first.text).toContain('正在 Excel 中打开');
    expect((await readFile(path)).equals(bytes)).toBe(true);
    const backups = await readdir(join(dir, 'open', '.kpi-sentinel', 'backups')).catch(() => []);
    expect(backups).toEqual([]);
    for (const text of await digestTexts(outbox)) {
      expect(text).toContain('湖州规划.xlsx 正在 Excel 中打开');
      expect(text).toContain('万台特种设备事故率');
    }

    await rm(owner);
    const next = await run('check', path, '--as-of', AS_OF, '--outbox', join(dir, 'open-out-2'));
    expect(next.code).toBe(0);
    expect(next.text).not.toContain('正在 Excel 中打开');
    expect((await alertsIn(path)).length).toBeGreaterThan(10);
  });
});

describe('a read-only workbook (mode 444)', () => {
  it('is reported and not replaced, even for a process that could write it (root)', async () => {
    const path = await plan('readonly');
    await chmod(path, 0o444);
    const bytes = await readFile(path);
    const result = await run('check', path, '--as-of', AS_OF, '--outbox', join(dir, 'ro-out'));
    expect(result.code).toBe(0);
    expect(result.text).toContain('不可写入');
    expect((await readFile(path)).equals(bytes)).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o444);
  });
});

describe('a symlinked workbook', () => {
  it('is written through to its target, with the backup beside the target, and stays a link', async () => {
    const target = await plan('real');
    await mkdir(join(dir, 'links'));
    const link = join(dir, 'links', 'plan.xlsx');
    await symlink(target, link);
    const first = await run('check', link, '--as-of', AS_OF, '--outbox', join(dir, 'link-out'));
    expect(first.code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect((await alertsIn(target)).length).toBeGreaterThan(10);
    expect(await readdir(join(dir, 'real', '.kpi-sentinel', 'backups'))).toHaveLength(1);
    const beside = await readdir(join(dir, 'links'));
    expect(beside.filter((f) => f.endsWith('.tmp') || f.endsWith('.xlsx'))).toEqual(['plan.xlsx']);
  });
});
