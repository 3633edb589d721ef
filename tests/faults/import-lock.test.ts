// Fault family: two writers on one workbook — `import` racing a nightly check. Both take
// the workbook's lock, so one waits for the other and neither write is lost.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../worker/file-safety/file-snapshot.ts';
import { FileLocker } from '../../worker/file-safety/workbook-lock.ts';
import { workbookMaker } from '../support/fresh-workbooks.ts';
import { BIN } from '../support/run-bin.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('faults-import-lock');
const workbook = workbookMaker(dir);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('import takes the same workbook lock as check', () => {
  it('waits while a check holds the workbook, then writes its rows', async () => {
    const into = await workbook();
    const csv = join(dir, 'plan.csv');
    writeFileSync(csv, '序号,指标名称,单位,2020年,2025年,属性\n1,专利授权量,件,5000,6000,预期性\n');
    const before = sha256(readFileSync(into));
    const held = await new FileLocker().acquire(into); // the nightly check is writing
    const child = spawn(process.execPath, [BIN, 'import', csv, '--into', into], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    const exited = new Promise<number | null>((r) => child.once('close', (code) => r(code)));
    await sleep(6_000); // long enough for the import to have read, parsed and written
    expect(sha256(readFileSync(into))).toBe(before);
    await held.release();
    expect(await exited).toBe(0);
    expect(output).toContain('已写入 1 行');
    expect(sha256(readFileSync(into))).not.toBe(before);
  }, 60_000);
});
