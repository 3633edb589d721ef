// Fault family: a workbook glob that would walk the whole file system (`/**/*.xlsx`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../worker/config/load-config.ts';
import { expandWorkbookGlobs } from '../../worker/config/workbook-globs.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('faults-globs');

function configFile(name: string, workbooks: string[]): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'kpi-sentinel.config.json');
  writeFileSync(file, JSON.stringify({ workbooks }));
  return file;
}

describe('a glob whose fixed prefix is / is refused', () => {
  it('names the key and the pattern, in Chinese and English, when the configuration is read', async () => {
    const file = configFile('root', ['plans/*.xlsx', '/**/*.xlsx', '/{srv,*}/plan.xlsx']);
    const result = await loadConfig({ file, env: {} });
    if (result.ok) throw new Error('expected the configuration to be refused');
    expect(result.messages.map((m) => m.zh)).toEqual([
      `配置文件 ${file}：workbooks.1 “/**/*.xlsx”会从根目录 / 起遍历整个文件系统；请写出工作簿所在的文件夹（如 /srv/plans/**/*.xlsx）`,
      `配置文件 ${file}：workbooks.2 “/{srv,*}/plan.xlsx”会从根目录 / 起遍历整个文件系统；请写出工作簿所在的文件夹（如 /srv/plans/**/*.xlsx）`,
    ]);
    expect(result.messages[0]?.en).toContain(
      '"/**/*.xlsx" would walk the whole file system from /',
    );
  });

  it('accepts globs under a named folder and plain absolute paths', async () => {
    const file = configFile('fine', ['/srv/plans/**/*.xlsx', '/plan.xlsx', 'plans/*.xlsx']);
    expect((await loadConfig({ file, env: {} })).ok).toBe(true);
  });

  it('never walks from / even when asked directly', async () => {
    const began = Date.now();
    expect(await expandWorkbookGlobs(['/**/*.xlsx'], dir)).toEqual([]);
    expect(Date.now() - began).toBeLessThan(1_000);
  });
});
