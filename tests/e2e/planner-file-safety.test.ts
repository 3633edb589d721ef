/**
 * Respecting the planner's Excel: a workbook open in Excel or WPS (the `~$` owner file
 * beside it) or in LibreOffice (its `.~lock.<name>#` file), or read-only, is checked and
 * reported, never replaced, and an import into it adds nothing, says why and exits with
 * 1; a symlinked workbook is written through to its target, the link left as it is.
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
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/model/alert.ts';
import { alertsTable, runCli } from '../support/cli-session.ts';
import { tempDir } from '../support/temp-dir.ts';
import { digestTexts } from '../support/outbox-files.ts';
import { libreOfficeHolds } from '../support/other-programs.ts';

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

/** An Actuals CSV of one row for the Huzhou plan. */
async function actualsCsv(name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(
    path,
    [
      '编号 ID,地区 Region,期间 Period,度量 Measure,数值 Value,来源 Source',
      'HZ01,,2023,value,12,test',
    ].join('\n'),
  );
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
    expect(first.text).toContain('正在 Excel/WPS 中打开');
    expect((await readFile(path)).equals(bytes)).toBe(true);
    const backups = await readdir(join(dir, 'open', '.kpi-sentinel', 'backups')).catch(() => []);
    expect(backups).toEqual([]);
    for (const text of await digestTexts(outbox)) {
      expect(text).toContain('湖州规划.xlsx 正在 Excel/WPS 中打开');
      expect(text).toContain('万台特种设备事故率');
    }

    await rm(owner);
    const next = await run('check', path, '--as-of', AS_OF, '--outbox', join(dir, 'open-out-2'));
    expect(next.code).toBe(0);
    expect(next.text).not.toContain('中打开');
    expect((await alertsIn(path)).length).toBeGreaterThan(10);
  });

  it('takes no imported rows, and the message says it is open, not that it changed', async () => {
    const path = await plan('open-import');
    const owner = join(dir, 'open-import', '~$plan.xlsx');
    await writeFile(owner, 'owner: 李明');
    const bytes = await readFile(path);
    const result = await run('import', await actualsCsv('open-import.csv'), '--into', path);
    expect(result.code).toBe(1);
    expect(result.text).toContain('imported 0 rows');
    expect(result.text).toContain(`plan.xlsx 正在 Excel/WPS 中打开（${owner}），未导入任何行`);
    expect(result.text).toContain('is open in Excel/WPS');
    expect(result.text).not.toContain('被保存过');
    expect((await readFile(path)).equals(bytes)).toBe(true);

    await rm(owner);
    const next = await run('import', join(dir, 'open-import.csv'), '--into', path);
    expect(next.code).toBe(0);
    expect(next.text).toContain('imported 1 rows into the Actuals table');
  });
});

describe('a workbook open in LibreOffice', () => {
  /** The lock file LibreOffice keeps beside a document it has open (user, host, time, profile). */
  async function lockedByLibreOffice(folder: string, name: string): Promise<string> {
    const lock = join(dir, folder, `.~lock.${name}#`);
    await writeFile(
      lock,
      ',李明,JDZ-PC,04.12.2026 09:30,file:///home/liming/.config/libreoffice/4;',
    );
    return lock;
  }

  it('is checked and its digest sent, but not written; the next run writes', async () => {
    const path = await plan('lo-open', '湖州规划.xlsx');
    const bytes = await readFile(path);
    const lock = join(dir, 'lo-open', '.~lock.湖州规划.xlsx#');
    const outbox = join(dir, 'lo-open-out');
    // LibreOffice itself opens the workbook for editing and leaves its own lock file.
    const held = await libreOfficeHolds(path, join(dir, 'lo-profile'));
    try {
      expect(existsSync(lock)).toBe(true);
      const first = await run('check', path, '--as-of', AS_OF, '--outbox', outbox);
      expect(first.code).toBe(0);
      expect(first.text).toContain(`湖州规划.xlsx 正在 LibreOffice 中打开（${lock}）`);
      expect(first.text).toContain('is open in LibreOffice');
      expect((await readFile(path)).equals(bytes)).toBe(true);
      for (const text of await digestTexts(outbox)) {
        expect(text).toContain('湖州规划.xlsx 正在 LibreOffice 中打开');
      }
    } finally {
      await held.close();
    }

    expect(existsSync(lock)).toBe(false);
    const next = await run('check', path, '--as-of', AS_OF, '--outbox', join(dir, 'lo-open-2'));
    expect(next.text).not.toContain('中打开');
    expect((await alertsIn(path)).length).toBeGreaterThan(10);
  }, 180_000);

  it('takes no imported rows', async () => {
    const path = await plan('lo-import');
    await lockedByLibreOffice('lo-import', 'plan.xlsx');
    const bytes = await readFile(path);
    const result = await run('import', await actualsCsv('lo-import.csv'), '--into', path);
    expect(result.code).toBe(1);
    expect(result.text).toContain('正在 LibreOffice 中打开');
    expect(result.text).toContain('未导入任何行');
    expect((await readFile(path)).equals(bytes)).toBe(true);
  });

  it('is told apart from another workbook’s lock in the same folder', async () => {
    const path = await plan('lo-other');
    await lockedByLibreOffice('lo-other', 'other.xlsx');
    const result = await run(
      'check',
      path,
      '--as-of',
      AS_OF,
      '--outbox',
      join(dir, 'lo-other-out'),
    );
    expect(result.text).not.toContain('中打开');
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

  it('takes no imported rows, and the message says it is read-only', async () => {
    const path = await plan('readonly-import');
    await chmod(path, 0o444);
    const bytes = await readFile(path);
    const result = await run('import', await actualsCsv('ro-import.csv'), '--into', path);
    expect(result.code).toBe(1);
    expect(result.text).toContain('不可写入');
    expect(result.text).toContain('未导入任何行');
    expect(result.text).not.toContain('被保存过');
    expect((await readFile(path)).equals(bytes)).toBe(true);
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
