import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkbookTemplate } from '../../../shared/contract/template.ts';
import { importFile } from '../../../worker/import/import-file.ts';
import { readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import { findTable } from '../../../worker/workbook/table-location.ts';
import { workbookMaker } from '../../support/fresh-workbooks.ts';

const dir = mkdtempSync(join(tmpdir(), 'kpi-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEMPLATE: WorkbookTemplate = {
  name: 't',
  indicators: [
    {
      id: '1',
      name: '食品评价性抽检合格率',
      unit: '%',
      kind: '约束性',
      targetYear: 2025,
      target: '98.5%以上',
    },
  ],
  milestones: [],
  actuals: [{ id: '1', region: '湖州市', period: '2021', value: 98.6 }],
  settings: [{ key: 'planName', value: '测试' }],
  recipients: [],
};

const workbook = workbookMaker(dir, TEMPLATE);

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function tableValues(
  path: string,
  table: 'Actuals' | 'Milestones' | 'Indicators',
): Promise<unknown[][]> {
  const read = await readWorkbookGrids(path);
  if (!read.ok) throw new Error('unreadable');
  return (read.grids[table]?.rows ?? []).map((r) => r.cells.map((c) => c.value));
}

describe('importFile from CSV', () => {
  it('appends the good rows to the table its headers name and reports the bad one with row, column and value', async () => {
    const into = await workbook();
    const csv = file(
      'actuals.csv',
      '编号 ID,地区 Region,期间 Period,数值 Value,来源 Source\n' +
        '1,湖州市,2022,98.7,2022年报\n' +
        '1,湖州市,2023,九十八,2023年报\n' +
        '1,湖州市,2023,98.9%,2023年报\n',
    );
    const report = await importFile(csv, into);
    expect(report.table).toBe('Actuals');
    expect(report.added).toBe(2);
    const bad = report.problems.filter((p) => p.level === 'error');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ workbook: 'actuals.csv', row: 3, value: '九十八' });
    expect(bad[0]?.column).toContain('数值 Value');
    expect(bad[0]?.column).toContain('D');
    expect(bad[0]?.message.zh).toContain('九十八');
    expect(bad[0]?.message.en).toContain('九十八');

    const rows = await tableValues(into, 'Actuals');
    expect(rows).toEqual([
      ['1', '湖州市', '2021', null, 98.6, null, null, null, null],
      [1, '湖州市', 2022, null, 98.7, null, '2022年报', null, null],
      [1, '湖州市', 2023, null, '98.9%', null, '2023年报', null, null],
    ]);
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.readFile(into);
    const found = findTable(reopened, 'Actuals');
    expect(found.found && found.table.model.tableRef).toBe('A1:I4');
  });

  it('fills the blank row of an empty table before growing it', async () => {
    const into = await workbook();
    const csv = file('milestones.csv', 'id,period,target\n1,2023,98.5\n1,2024,98.6\n');
    const report = await importFile(csv, into);
    expect(report).toMatchObject({ table: 'Milestones', added: 2, problems: [] });
    expect(await tableValues(into, 'Milestones')).toEqual([
      [1, null, 2023, 98.5],
      [1, null, 2024, 98.6],
    ]);
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.readFile(into);
    expect(reopened.getWorksheet('分解 Milestones')?.getCell('A4').value).toBeNull();
  });

  it('tells the table from headers in any order and either language', async () => {
    const into = await workbook();
    const csv = file(
      'indicators.csv',
      'Indicator,ID,目标值,目标年份 Target year\n万台特种设备事故率,2,低于0.36,2025\n',
    );
    const report = await importFile(csv, into);
    expect(report).toMatchObject({ table: 'Indicators', added: 1 });
    const rows = await tableValues(into, 'Indicators');
    expect(rows[1]?.slice(0, 3)).toEqual([2, null, '万台特种设备事故率']);
    expect(rows[1]?.[9]).toBe(2025);
    expect(rows[1]?.[10]).toBe('低于0.36');
  });

  it('reads a GB18030 file as Excel on Chinese Windows saves it', async () => {
    const into = await workbook();
    const path = join(dir, 'gbk.csv');
    // 编号,期间,数值 / 1,2022,98.7 in GBK.
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from('b1e0bac52cc6dabce42ccafdd6b50a', 'hex'),
        Buffer.from('1,2022,98.7\n'),
      ]),
    );
    const report = await importFile(path, into);
    expect(report).toMatchObject({ table: 'Actuals', added: 1 });
  });

  it('adds nothing and says so when the headers fit no table', async () => {
    const into = await workbook();
    const before = readFileSync(into);
    const report = await importFile(file('other.csv', '序号,名称\n1,x\n'), into);
    expect(report.table).toBeNull();
    expect(report.added).toBe(0);
    expect(report.problems[0]?.code).toBe('import.unknown_table');
    expect(report.problems[0]?.message.zh).toContain('other.csv');
    expect(readFileSync(into).equals(before)).toBe(true);
  });

  it('adds nothing when every row is bad, and leaves the workbook as it was', async () => {
    const into = await workbook();
    const before = readFileSync(into);
    const report = await importFile(file('allbad.csv', 'id,period,value\n1,明年,1\n'), into);
    expect(report.added).toBe(0);
    expect(report.problems.some((p) => p.level === 'error' && p.row === 2)).toBe(true);
    expect(readFileSync(into).equals(before)).toBe(true);
  });

  it('refuses to grow a table into cells below it that hold something', async () => {
    const into = await workbook();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(into);
    const sheet = wb.getWorksheet('实绩 Actuals');
    if (sheet) sheet.getCell('A4').value = '备注：不要覆盖';
    await wb.xlsx.writeFile(into);
    const report = await importFile(file('two.csv', 'id,period,value\n1,2022,1\n1,2023,2\n'), into);
    expect(report.added).toBe(0);
    const room = report.problems.find((p) => p.code === 'import.no_room');
    expect(room).toMatchObject({ row: 4, sheet: '实绩 Actuals' });
    expect(room?.message.en).toContain('Actuals');
    expect(await tableValues(into, 'Actuals')).toHaveLength(1);
  });

  it('warns about file columns the workbook table lacks, and imports the rest', async () => {
    const into = join(dir, 'narrow.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('实绩').addTable({
      name: 'Actuals',
      ref: 'A1',
      columns: ['编号 ID', '期间 Period', '数值 Value'].map((name) => ({ name })),
      rows: [[null, null, null]],
    });
    await wb.xlsx.writeFile(into);
    const report = await importFile(
      file('wide.csv', 'id,period,value,source\n1,2022,1,年报\n'),
      into,
    );
    expect(report.added).toBe(1);
    const warning = report.problems.find((p) => p.code === 'import.column_not_in_table');
    expect(warning).toMatchObject({ level: 'warning', column: 'D' });
    expect(warning?.message.en).toContain('source');
  });

  it.each([
    ['a file type it cannot read', 'data.json', 'import.unsupported_type'],
    ['a missing file', 'missing.csv', 'import.not_found'],
  ])('answers %s with a problem', async (_what, name, code) => {
    const into = await workbook();
    if (name.endsWith('.json')) file(name, '{}');
    const report = await importFile(join(dir, name), into);
    expect(report).toMatchObject({ table: null, added: 0 });
    expect(report.problems[0]?.code).toBe(code);
  });

  it('answers a target that is not a workbook with a problem and adds nothing', async () => {
    const into = file('target.xlsx', 'plain text');
    const report = await importFile(file('ok.csv', 'id,period,value\n1,2022,1\n'), into);
    expect(report.added).toBe(0);
    expect(report.problems.map((p) => p.code)).toContain('workbook.not_xlsx');
  });
});

describe('importFile from XLSX', () => {
  it('takes the contract table of the file and writes a percent cell as its percentage number', async () => {
    const into = await workbook();
    const source = join(dir, 'source-table.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').getCell('A1').value = '本文件由处室填报';
    const sheet = wb.addWorksheet('填报');
    sheet.addTable({
      name: 'Actuals',
      ref: 'B3',
      columns: ['编号', '期间', '数值'].map((name) => ({ name })),
      rows: [['1', '2022', 0.987]],
    });
    sheet.getCell('D4').numFmt = '0.0%';
    await wb.xlsx.writeFile(source);
    const report = await importFile(source, into);
    expect(report).toMatchObject({ table: 'Actuals', added: 1, problems: [] });
    expect((await tableValues(into, 'Actuals'))[1]?.slice(0, 5)).toEqual([
      '1',
      null,
      '2022',
      null,
      98.7,
    ]);
  });

  it('reads the first sheet when the file has no table, its header being the first filled row', async () => {
    const into = await workbook();
    const source = join(dir, 'plain.xlsx');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    sheet.getRow(2).values = ['ID', 'Period', 'Value'];
    sheet.getRow(3).values = ['1', '2022-Q3', 5];
    sheet.getRow(4).values = ['1', '2022-Q4', { formula: '2+3', result: 5 }];
    await wb.xlsx.writeFile(source);
    const report = await importFile(source, into);
    expect(report).toMatchObject({ table: 'Actuals', added: 2 });
    expect((await tableValues(into, 'Actuals')).slice(1).map((r) => r.slice(2, 5))).toEqual([
      ['2022-Q3', null, 5],
      ['2022-Q4', null, 5],
    ]);
  });
});
