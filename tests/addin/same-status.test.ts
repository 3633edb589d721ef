/**
 * Same answer in both shells: one .xlsx checked by the worker (`kpi-sentinel check --json`,
 * a real process reading the file with exceljs) and by the add-in's path (the same file as
 * Excel shows it to office-js, read by the gateway and checked live) gives identical
 * statuses, alerts and problems.
 */
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExcelGateway } from '../../addin/excel/excel-gateway.ts';
import { liveCheck } from '../../addin/session/live-check.ts';
import { matchHeaders } from '../../shared/contract/header-match.ts';
import { ACTUALS, TABLES } from '../../shared/contract/tables.ts';
import { DEMO_AS_OF } from '../../seeds/huzhou-demo-expectations.ts';
import { checkJson, type CheckJson } from '../../worker/pipeline/check-json.ts';
import { tableToGrid } from '../../worker/workbook/table-grid.ts';
import { located, reopen } from '../support/reopen-workbook.ts';
import { runBin } from '../support/run-bin.ts';
import { tempDir } from '../support/temp-dir.ts';
import { FakeExcel } from './fake-excel/fake-excel.ts';
import { fakeFromXlsx } from './fake-excel/from-xlsx.ts';

const dir = tempDir('addin-same');

/** The worker's answer: `check --json --dry-run` as a user would run it. */
function workerAnswer(path: string): CheckJson['workbooks'][number] {
  const run = runBin(['check', path, '--json', '--dry-run', '--as-of', DEMO_AS_OF], dir);
  expect(run.code).toBe(0);
  const parsed = JSON.parse(run.stdout) as CheckJson;
  const first = parsed.workbooks[0];
  if (!first) throw new Error('no workbook in the check output');
  return first;
}

/** The add-in's answer for the same file, in the same JSON shape. */
async function addinAnswer(path: string): Promise<CheckJson['workbooks'][number]> {
  const workbook = basename(path);
  const gateway = new ExcelGateway(new FakeExcel(await fakeFromXlsx(path)));
  const read = await gateway.readTables(
    TABLES.map((t) => t.name),
    workbook,
  );
  const check = liveCheck(workbook, read.grids, DEMO_AS_OF, new Date());
  const [json] = checkJson([
    {
      ok: true,
      path,
      workbook,
      asOf: check.asOf,
      model: { ...check.model, indicatorCount: check.model.indicators.length },
      outcome: check.outcome,
      problems: check.problems,
      written: false,
    },
  ]).workbooks;
  if (!json) throw new Error('no answer');
  return json;
}

/** A fresh Huzhou plan workbook made by `kpi-sentinel init`. */
function huzhouWorkbook(name: string): string {
  const path = join(dir, name);
  expect(runBin(['init', path, '--template', 'huzhou-14th-fyp'], dir).code).toBe(0);
  return path;
}

describe('the add-in and the worker on the same workbook', () => {
  it('give identical statuses, alerts and problems for the Huzhou plan', async () => {
    const path = huzhouWorkbook('plan.xlsx');
    const worker = workerAnswer(path);
    const addin = await addinAnswer(path);
    expect(worker.statuses.length).toBeGreaterThan(50);
    expect(worker.statuses.some((s) => s.status === 'breached')).toBe(true);
    expect(addin.statuses).toEqual(worker.statuses);
    expect(addin.alerts).toEqual(worker.alerts);
    expect(addin.errors).toEqual(worker.errors);
  });

  it('agree where Excel formats matter: percent cells, dates and error values', async () => {
    const path = huzhouWorkbook('formatted.xlsx');
    const workbook = await reopen(path);
    const actuals = located(workbook, 'Actuals');
    const col = matchHeaders(tableToGrid(path, actuals).header, ACTUALS).columns;
    const at = (key: string): number => (col.get(key) ?? 0) + actuals.range.left;
    let percent = 0;
    for (let r = actuals.range.top + 1; r <= actuals.range.bottom; r++) {
      const row = actuals.worksheet.getRow(r);
      const value = row.getCell(at('value'));
      if (row.getCell(at('id')).value === 'HZL02' && typeof value.value === 'number') {
        value.value = value.value / 100;
        value.numFmt = '0.0%';
        percent++;
      }
      if (r === actuals.range.top + 1) {
        row.getCell(at('enteredAt')).value = new Date(Date.UTC(2025, 0, 15));
        row.getCell(at('enteredAt')).numFmt = 'yyyy-mm-dd';
      }
      if (r === actuals.range.top + 2) row.getCell(at('value')).value = { error: '#DIV/0!' };
    }
    await workbook.xlsx.writeFile(path);
    expect(percent).toBeGreaterThan(3);

    const worker = workerAnswer(path);
    const addin = await addinAnswer(path);
    expect(worker.errors.map((e) => e.value)).toContain('#DIV/0!');
    expect(addin.statuses).toEqual(worker.statuses);
    expect(addin.alerts).toEqual(worker.alerts);
    expect(addin.errors).toEqual(worker.errors);
  });
});
