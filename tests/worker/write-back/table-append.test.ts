import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { huzhouTemplate } from '../../../seeds/huzhou-template.ts';
import { readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import { readWithSnapshot } from '../../../worker/file-safety/file-snapshot.ts';
import { appendToTable } from '../../../worker/write-back/table-append.ts';
import { openpyxlTable } from '../../support/other-programs.ts';
import { located, reopen } from '../../support/reopen-workbook.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { partContents, writeRichWorkbook } from './rich-workbook.ts';

const dir = tempDir('table-append');

function own(name: string): string {
  mkdirSync(join(dir, name));
  return join(dir, name, 'plan.xlsx');
}

/** A workbook with an Actuals table of two rows, a blank row at its bottom and an optional totals row. */
async function actualsWorkbook(
  path: string,
  opts: { totals?: boolean; below?: boolean } = {},
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('实绩 Actuals');
  sheet.addTable({
    name: 'Actuals',
    ref: 'A1',
    totalsRow: opts.totals === true,
    columns: [
      { name: '编号 ID', totalsRowLabel: '合计' },
      { name: '期间 Period' },
      { name: '数值 Value', totalsRowFunction: 'sum' },
    ],
    rows: [
      ['HZ01', '2021', 1],
      ['HZ01', '2022', 2],
      [null, null, null],
    ],
  });
  sheet.getCell('C2').numFmt = '0.00';
  sheet.getCell('C3').numFmt = '0.00';
  sheet.getCell('E2').value = '旁注';
  if (opts.below) sheet.getCell('B7').value = '表下方的说明';
  await wb.xlsx.writeFile(path);
}

describe('appendToTable', () => {
  it("adds rows to a planner's table and leaves every other part of the workbook as it was", async () => {
    const path = own('rich');
    await writeRichWorkbook(path, huzhouTemplate());
    const before = await partContents(path);
    const outcome = await appendToTable(path, 'Actuals', [['HZ01', '湖州市', '2025', 'value', 99]]);
    expect(outcome).toEqual({ appended: 1 });
    const after = await partContents(path);
    const changed = [...before.keys()].filter(
      (k) => !before.get(k)?.equals(after.get(k) ?? Buffer.alloc(0)),
    );
    expect(changed.sort()).toEqual(['xl/tables/table3.xml', 'xl/worksheets/sheet3.xml']);
    const read = await readWorkbookGrids(path);
    const last = read.ok ? read.grids.Actuals?.rows.at(-1) : undefined;
    expect(last?.cells.slice(0, 5).map((c) => c.value)).toEqual([
      'HZ01',
      '湖州市',
      '2025',
      'value',
      99,
    ]);
  });

  it('fills blank rows at the bottom first, grows the table and its filter, styles new cells like the first row', async () => {
    const path = own('blank');
    await actualsWorkbook(path);
    await appendToTable(path, 'Actuals', [
      ['HZ02', '2023', 3],
      ['=HZ03', '2024', 4],
    ]);
    const { worksheet, model } = located(await reopen(path), 'Actuals');
    expect(model.tableRef).toBe('A1:C5');
    expect(model.autoFilterRef).toBe('A1:C5');
    expect(
      [4, 5].map((r) => [worksheet.getCell(r, 1).value, worksheet.getCell(r, 3).value]),
    ).toEqual([
      ['HZ02', 3],
      ['=HZ03', 4],
    ]);
    expect(worksheet.getCell('A5').formula).toBeUndefined();
    expect(worksheet.getCell('C5').numFmt).toBe('0.00');
    expect(worksheet.getCell('E2').value).toBe('旁注');
    expect(openpyxlTable(path, 'Actuals').map((r) => r[0])).toEqual([
      '编号 ID',
      'HZ01',
      'HZ01',
      'HZ02',
      '=HZ03',
    ]);
  });

  it('moves a totals row down below the new rows, its formula kept', async () => {
    const path = own('totals');
    await actualsWorkbook(path, { totals: true });
    await appendToTable(path, 'Actuals', [
      ['HZ02', '2023', 3],
      ['HZ02', '2024', 4],
    ]);
    const { worksheet, model } = located(await reopen(path), 'Actuals');
    expect(model.tableRef).toBe('A1:C6');
    expect(model.autoFilterRef).toBe('A1:C5');
    expect(worksheet.getCell('A6').value).toBe('合计');
    expect(worksheet.getCell('C6').formula).toContain('SUBTOTAL(109');
    expect(worksheet.getCell('A5').value).toBe('HZ02');
  });

  it('refuses to grow into something below the table, leaving the file untouched', async () => {
    const path = own('below');
    await actualsWorkbook(path, { below: true });
    const before = await readWithSnapshot(path);
    const outcome = await appendToTable(path, 'Actuals', [
      ['a', '1', 1],
      ['b', '2', 2],
      ['c', '3', 3],
      ['d', '4', 4],
    ]);
    expect(outcome).toEqual({ appended: 0, reason: 'no_room', row: 7, sheet: '实绩 Actuals' });
    expect((await readWithSnapshot(path)).snapshot.sha256).toBe(before.snapshot.sha256);
  });

  it('writes nothing into a workbook that changed since it was read', async () => {
    const path = own('changed');
    await actualsWorkbook(path);
    const { snapshot } = await readWithSnapshot(path);
    await actualsWorkbook(path, { below: true });
    expect(await appendToTable(path, 'Actuals', [['a', '1', 1]], { expected: snapshot })).toEqual({
      appended: 0,
      reason: 'changed',
    });
  });
});
