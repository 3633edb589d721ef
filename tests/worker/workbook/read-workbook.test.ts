import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { readPackageGrids, readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import { openPackage } from '../../../worker/xlsx/open-package.ts';

const dir = mkdtempSync(join(tmpdir(), 'kpi-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const INDICATOR_HEADER = ['编号 ID', '指标名称 Indicator'];
const ACTUAL_HEADER = ['编号 ID', '期间 Period', '数值 Value', '填报时间 Entered at'];

/** A workbook with a small Indicators table and, unless left out, an Actuals table at C5 of sheet `Data`. */
function baseWorkbook(opts: { actuals?: boolean; indicators?: boolean } = {}): {
  workbook: ExcelJS.Workbook;
  data: ExcelJS.Worksheet;
} {
  const workbook = new ExcelJS.Workbook();
  if (opts.indicators !== false) {
    workbook.addWorksheet('指标').addTable({
      name: 'Indicators',
      ref: 'A1',
      columns: INDICATOR_HEADER.map((name) => ({ name })),
      rows: [['1', '食品评价性抽检合格率']],
    });
  }
  const data = workbook.addWorksheet('Data');
  if (opts.actuals !== false) {
    data.addTable({
      name: 'actuals',
      ref: 'C5',
      columns: ACTUAL_HEADER.map((name) => ({ name })),
      rows: [
        ['1', '2021', 0.985, null],
        ['1', '2022', null, null],
        ['1', '2023', null, null],
        ['1', '2024', null, null],
        [null, null, null, null],
        ['2', '2023', 5, null],
      ],
    });
  }
  return { workbook, data };
}

async function save(workbook: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('readWorkbookGrids', () => {
  it('finds each table by name on whatever sheet it sits, ignoring the case of the name', async () => {
    const { workbook } = baseWorkbook();
    const read = await readWorkbookGrids(await save(workbook, 'where.xlsx'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const actuals = read.grids.Actuals;
    expect(actuals).toMatchObject({
      workbook: 'where.xlsx',
      sheet: 'Data',
      table: 'actuals',
      header: ACTUAL_HEADER,
    });
    expect(actuals?.columnLetters).toEqual(['C', 'D', 'E', 'F']);
    expect(actuals?.rows[0]?.rowNumber).toBe(6);
    expect(read.grids.Indicators?.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      ['1', '食品评价性抽检合格率'],
    ]);
  });

  it('reads only the data columns asked for of a table, its header whole', async () => {
    const { workbook, data } = baseWorkbook();
    data.addTable({
      name: 'Status',
      ref: 'J1',
      columns: ['地区 Region', '编号 ID', '状态 Status'].map((name) => ({ name })),
      rows: [
        ['湖州市', '1', '正常 on track'],
        ['湖州市', '2', '滞后 behind'],
        ['吴兴区', null, '正常 on track'],
      ],
    });
    const path = await save(workbook, 'only.xlsx');
    const opened = await openPackage(path);
    if (!opened.ok) throw new Error(opened.problem.message.en);
    const read = readPackageGrids(opened, { only: { Status: ['id'] } });
    if (!read.ok) throw new Error('not read');
    const status = read.grids.Status;
    expect(status?.header).toEqual(['地区 Region', '编号 ID', '状态 Status']);
    // Rows with nothing in the columns read are left out, as empty rows always are.
    expect(status?.rows.map((r) => [r.rowNumber, ...r.cells.map((c) => c.value)])).toEqual([
      [2, null, '1', null],
      [3, null, '2', null],
    ]);
    // The other tables are read whole.
    expect(read.grids.Actuals?.rows[0]?.cells.map((c) => c.value)).toEqual([
      '1',
      '2021',
      0.985,
      null,
    ]);
  });

  it('converts percent, formula, error, date and hidden-row cells, and drops fully empty rows', async () => {
    const { workbook, data } = baseWorkbook();
    data.getCell('E6').numFmt = '0.0%';
    data.getCell('E7').value = { formula: '1+1', result: 2 };
    data.getCell('E8').value = { error: '#DIV/0!' };
    data.getCell('E9').value = { formula: 'Z1*2' };
    data.getCell('F6').value = new Date(Date.UTC(2024, 0, 15));
    data.getRow(11).hidden = true;
    const read = await readWorkbookGrids(await save(workbook, 'cells.xlsx'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const rows = read.grids.Actuals?.rows ?? [];
    expect(rows.map((r) => r.rowNumber)).toEqual([6, 7, 8, 9, 11]);
    const value = (row: number) => rows.find((r) => r.rowNumber === row)?.cells[2];
    expect(value(6)).toEqual({ value: 0.985, percent: true });
    expect(value(7)).toEqual({ value: 2 });
    expect(value(8)).toEqual({ value: null, error: '#DIV/0!' });
    expect(value(9)).toEqual({ value: null, formulaWithoutValue: true });
    expect(value(11)).toEqual({ value: 5 });
    expect(rows[0]?.cells[3]).toEqual({ value: '2024-01-15' });
  });

  it('leaves out a totals row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.addTable({
      name: 'Indicators',
      ref: 'A1',
      columns: INDICATOR_HEADER.map((name) => ({ name })),
      rows: [['1', 'x']],
    });
    sheet.addTable({
      name: 'Actuals',
      ref: 'A10',
      totalsRow: true,
      columns: [
        { name: '编号 ID', totalsRowLabel: '合计' },
        { name: '数值 Value', totalsRowFunction: 'sum' },
      ],
      rows: [
        ['1', 3],
        ['2', 4],
      ],
    });
    const read = await readWorkbookGrids(await save(workbook, 'totals.xlsx'));
    expect(read.ok && read.grids.Actuals?.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      ['1', 3],
      ['2', 4],
    ]);
  });

  it('reports each missing optional table as a warning naming workbook and table, and reads the rest', async () => {
    const { workbook } = baseWorkbook();
    const read = await readWorkbookGrids(await save(workbook, 'partial.xlsx'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const missing = read.problems.map((p) => [
      p.code,
      p.level,
      p.message.en.includes('partial.xlsx'),
    ]);
    expect(missing).toEqual(
      ['Milestones', 'Settings', 'Recipients', 'Alerts', 'Status'].map(() => [
        'workbook.table_missing',
        'warning',
        true,
      ]),
    );
    const alerts = read.problems.find((p) => p.message.en.includes('Alerts'));
    expect(alerts?.message.zh).toContain('Alerts');
    expect(alerts?.message.zh).toContain('partial.xlsx');
    expect(alerts?.sheet).toBe('预警 Alerts');
    expect(read.grids.Alerts).toBeUndefined();
  });

  it.each([
    ['Indicators', { indicators: false }],
    ['Actuals', { actuals: false }],
  ] as const)('refuses a workbook without the required %s table', async (table, opts) => {
    const { workbook } = baseWorkbook(opts);
    const read = await readWorkbookGrids(await save(workbook, `no-${table}.xlsx`));
    expect(read.ok).toBe(false);
    const problem = read.problems.find((p) => p.code === 'workbook.table_missing_required');
    expect(problem?.level).toBe('error');
    expect(problem?.message.zh).toContain(table);
    expect(problem?.message.en).toContain(`no-${table}.xlsx`);
  });

  it('reads the header of a table saved the way Excel saves it, without headerRowCount', async () => {
    const { workbook } = baseWorkbook();
    const path = await save(workbook, 'excel-style.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(path));
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
      const xml = await zip.file(name)?.async('string');
      if (xml) zip.file(name, xml.replace(/ headerRowCount="1"/, ''));
    }
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    const read = await readWorkbookGrids(path);
    expect(read.ok && read.grids.Actuals?.header).toEqual(ACTUAL_HEADER);
    expect(read.ok && read.grids.Actuals?.rows[0]?.rowNumber).toBe(6);
  });
});

describe('readWorkbookGrids on files that are not .xlsx workbooks', () => {
  it.each([
    ['a text file', 'notes.xlsx', Buffer.from('编号,数值\n1,2\n'), 'workbook.not_xlsx'],
    [
      'an old .xls',
      'old.xls',
      Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]),
      'workbook.xls',
    ],
    [
      'a password-protected workbook',
      'secret.xlsx',
      Buffer.concat([
        Buffer.from('d0cf11e0a1b11ae1', 'hex'),
        Buffer.alloc(100),
        Buffer.from('EncryptionInfo', 'utf16le'),
      ]),
      'workbook.encrypted',
    ],
  ])(
    'answers %s with a bilingual error value naming the file',
    async (_what, name, bytes, code) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const read = await readWorkbookGrids(path);
      expect(read.ok).toBe(false);
      expect(read.problems).toHaveLength(1);
      expect(read.problems[0]).toMatchObject({ code, level: 'error', workbook: name });
      expect(read.problems[0]?.message.zh).toContain(name);
      expect(read.problems[0]?.message.en).toContain(name);
    },
  );

  it('answers a zip that is not a workbook with an error value', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const path = join(dir, 'archive.xlsx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    const read = await readWorkbookGrids(path);
    expect(read.ok).toBe(false);
    expect(read.problems[0]?.level).toBe('error');
  });

  it('answers a missing file with a not-found error value', async () => {
    const read = await readWorkbookGrids(join(dir, 'nowhere.xlsx'));
    expect(read.ok).toBe(false);
    expect(read.problems[0]?.code).toBe('workbook.not_found');
    expect(read.problems[0]?.message.en).toContain('nowhere.xlsx');
  });
});
