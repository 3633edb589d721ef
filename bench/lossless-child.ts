/**
 * One measured operation in a process of its own, so its peak memory is its own:
 * `prepare` checks a workbook and saves the results to write back (not measured);
 * `exceljs` loads and saves the workbook with exceljs; `lossless` writes the results into
 * a copy with the lossless writer. Prints `{ ms, maxRss, startRss }` (bytes) as JSON.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../shared/check/check-workbook.ts';
import { validateWorkbook } from '../shared/check/validate-workbook.ts';
import { readWorkbookGrids } from '../worker/workbook/read-workbook.ts';
import { writeBack, type Results } from '../worker/write-back/write-back.ts';

const [mode = '', input = '', second = '', third = ''] = process.argv.slice(2);

function isResults(x: unknown): x is Results {
  return (
    typeof x === 'object' && x !== null && 'alerts' in x && 'statuses' in x && 'checkedAt' in x
  );
}

async function measured(fn: () => Promise<unknown>): Promise<void> {
  const startRss = process.memoryUsage().rss;
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  process.stdout.write(
    JSON.stringify({ ms, maxRss: process.resourceUsage().maxRSS * 1024, startRss }),
  );
}

if (mode === 'prepare') {
  const read = await readWorkbookGrids(input);
  if (!read.ok) throw new Error(`cannot read ${input}`);
  const outcome = checkWorkbook(validateWorkbook(read.workbook, read.grids).model, second);
  const results: Results = {
    alerts: outcome.alerts,
    statuses: outcome.evaluation.statuses,
    checkedAt: second,
  };
  await writeFile(third, JSON.stringify(results));
} else if (mode === 'exceljs') {
  await measured(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    await workbook.xlsx.writeFile(second);
  });
} else if (mode === 'lossless') {
  const results: unknown = JSON.parse(await readFile(third, 'utf8'));
  if (!isResults(results)) throw new Error('bad results file');
  await copyFile(input, second);
  await measured(() => writeBack(second, results, { keepBackups: 1 }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
