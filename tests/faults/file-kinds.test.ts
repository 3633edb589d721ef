// Fault family: files that are not workbooks by kind (FIFO, socket, folder named *.xlsx).
// A FIFO used to hang `check` forever: opening it waits for a writer that never comes.
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkbookFile } from '../../worker/pipeline/check-stage.ts';
import { planWorkbook } from '../support/queue-fixtures.ts';
import { runBin } from '../support/run-bin.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('faults-file-kinds');

describe('only regular files (or links to them) are checked', () => {
  it('refuses a FIFO named .xlsx with a bilingual message before opening it, and checks the other workbooks', async () => {
    const good = await planWorkbook(join(dir, 'cli/good.xlsx'), ['a@example.gov.cn']);
    const fifo = join(dir, 'cli/pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const r = runBin(['check', fifo, good, '--as-of', '2025-03-31', '--json'], dir);
    expect(r.code).toBe(1); // one workbook could not be checked at all
    const out = JSON.parse(r.stdout) as {
      workbooks: { path: string; ok: boolean; errors: { value: string; message: string }[] }[];
    };
    const pipe = out.workbooks.find((w) => w.path.endsWith('pipe.xlsx'));
    expect(pipe?.ok).toBe(false);
    expect(pipe?.errors[0]?.value).toBe('fifo');
    expect(pipe?.errors[0]?.message).toContain('不是普通文件（fifo），未打开');
    expect(out.workbooks.find((w) => w.path.endsWith('good.xlsx'))?.ok).toBe(true);
  }, 60_000);

  it('names the kind of file in Chinese and English', async () => {
    const fifo = join(dir, 'fifo-direct.xlsx');
    execFileSync('mkfifo', [fifo]);
    const result = await checkWorkbookFile(fifo, { asOf: '2025-03-31' });
    expect(result.ok).toBe(false);
    const message = result.problems[0]?.message;
    expect(message?.zh).toBe(
      'fifo-direct.xlsx 不是普通文件（fifo），未打开；只检查普通文件或指向普通文件的链接',
    );
    expect(message?.en).toContain('fifo-direct.xlsx is not a regular file (fifo)');
  });

  it('refuses a link to a FIFO, but checks a link to a regular workbook', async () => {
    const fifo = join(dir, 'target-pipe');
    execFileSync('mkfifo', [fifo]);
    const toFifo = join(dir, 'link-to-pipe.xlsx');
    symlinkSync(fifo, toFifo);
    const refused = await checkWorkbookFile(toFifo, { asOf: '2025-03-31', dryRun: true });
    expect(refused.problems.map((p) => p.code)).toEqual(['workbook.not_regular_file']);

    const plan = await planWorkbook(join(dir, 'real/plan.xlsx'), ['a@example.gov.cn']);
    const toPlan = join(dir, 'link-to-plan.xlsx');
    symlinkSync(plan, toPlan);
    const checked = await checkWorkbookFile(toPlan, { asOf: '2025-03-31', dryRun: true });
    expect(checked.ok).toBe(true);
  });
});
