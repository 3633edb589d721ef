/**
 * The streaming contract reader against exceljs, the reader it replaced (kept as the
 * oracle): every workbook the test suite builds — the Huzhou plan, checked and with a
 * planner's save, the rich fixture, a workbook holding every kind of cell in both date
 * systems — and the same workbooks saved again by LibreOffice and by openpyxl, read by
 * both, must give the same grids; and every XML part of them tokenized by the worker's
 * tokenizer and by saxes (the parser it replaced) must give the same events.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Grid } from '../../../shared/contract/grid.ts';
import { TABLES } from '../../../shared/contract/tables.ts';
import { huzhouTemplate } from '../../../seeds/huzhou-template.ts';
import { DEMO_AS_OF } from '../../../seeds/huzhou-demo-expectations.ts';
import { checkWorkbookFile } from '../../../worker/pipeline/check-stage.ts';
import { initWorkbook } from '../../../worker/workbook/init-workbook.ts';
import { loadWorkbook } from '../../../worker/workbook/load-workbook.ts';
import { readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import { tableToGrid } from '../../../worker/workbook/table-grid.ts';
import { findTable } from '../../../worker/workbook/table-location.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { saxesEvents, scannerEvents } from '../../support/xml-events.ts';
import { writeRichWorkbook } from '../write-back/rich-workbook.ts';
import { plannerSaves } from '../write-back/planner-save.ts';

const dir = tempDir('differential');

/** The contract tables as exceljs reads them (the reader the check used before). */
async function exceljsGrids(path: string): Promise<Record<string, Grid>> {
  const loaded = await loadWorkbook(path);
  if (!loaded.ok) throw new Error(`exceljs could not read ${path}: ${loaded.problem.message.en}`);
  const grids: Record<string, Grid> = {};
  for (const spec of TABLES) {
    const found = findTable(loaded.workbook, spec.name);
    if (found.found) grids[spec.name] = tableToGrid(loaded.name, found.table);
  }
  return grids;
}

async function streamedGrids(path: string): Promise<Record<string, Grid>> {
  const read = await readWorkbookGrids(path);
  if (!read.ok) throw new Error(`the reader refused ${path}: ${read.problems[0]?.message.en}`);
  const grids: Record<string, Grid> = {};
  for (const [name, grid] of Object.entries(read.grids)) grids[name] = grid;
  return grids;
}

/**
 * A workbook with every kind of cell the reader must read, in one Actuals table.
 * `portable` leaves out three things exceljs misreads once another program has saved
 * them, so the oracle can be trusted on those files: a formula LibreOffice computes to 0
 * (exceljs takes a cached 0 for no value), a literal percent sign LibreOffice writes as
 * `0.0\%` (exceljs drops the backslash and scales), and an `_x000D_` escape openpyxl
 * writes in an inline string (exceljs undoes escapes only in shared strings).
 */
async function everyKindOfCell(path: string, date1904: boolean, portable = false): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  workbook.addWorksheet('指标 Indicators').addTable({
    name: 'Indicators',
    ref: 'B2',
    columns: [{ name: '编号 ID' }, { name: '指标名称 Indicator' }],
    rows: [
      ['HZ01', { richText: [{ text: '食品' }, { font: { bold: true }, text: '合格率' }] }],
      ['HZ02', '  空格  '],
    ],
  });
  const sheet = workbook.addWorksheet('实绩 Actuals');
  sheet.getCell('A1').value = '表外 outside';
  sheet.addTable({
    name: 'Actuals',
    ref: 'A3',
    totalsRow: true,
    columns: [
      { name: '编号 ID', totalsRowLabel: '合计' },
      { name: '地区 Region' },
      { name: '期间 Period' },
      { name: '数值 Value', totalsRowFunction: 'sum' },
      { name: '备注 Notes' },
    ],
    rows: [
      ['HZ01', '湖州市', '2021', 0.985, 'plain'],
      ['HZ01', null, new Date(Date.UTC(2022, 5, 30)), 12.5, true],
      [
        'HZ01',
        '吴兴区',
        '2023',
        { formula: '1+1', result: 2 },
        { formula: 'A4&"x"', result: 'HZ01x' },
      ],
      [
        'HZ01',
        '南浔区',
        '2024',
        { formula: portable ? 'Z1*2+1' : 'Z1*2' },
        { formula: '1=1', result: true },
      ],
      [
        'HZ02',
        '湖州市',
        '2021',
        { error: '#DIV/0!' },
        { formula: '1/0', result: { error: '#DIV/0!' } },
      ],
      [null, null, null, null, null],
      ['HZ02', '德清县', 45170, 0.5, { text: '链接', hyperlink: 'https://example.org' }],
      ['HZ02', '长兴县', '2023', -0.00012, 1e21],
      [
        'HZ02',
        '安吉县',
        new Date(Date.UTC(2024, 0, 15, 9, 30)),
        7,
        portable ? '字面' : '_x000D_ 字面',
      ],
    ],
  });
  sheet.getCell('D4').numFmt = '0.0%';
  sheet.getCell('D10').numFmt = '0.00%';
  if (!portable) sheet.getCell('D11').numFmt = '0.0"%"';
  sheet.getCell('C10').numFmt = 'yyyy"年"m"月"d"日"';
  sheet.getCell('C12').numFmt = 'yyyy-mm-dd hh:mm';
  sheet.mergeCells('B4:B5');
  sheet.getRow(8).hidden = true;
  await workbook.xlsx.writeFile(path);
}

/** The workbook with its absolute relationship targets made relative: what exceljs can read. */
async function withRelativeTargets(path: string, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith('.rels')) continue;
    const file = zip.file(name);
    if (!file) continue;
    const source = posix.dirname(posix.dirname(name));
    const xml = (await file.async('string')).replace(
      /Target="\/([^"]+)"/g,
      (_whole, target: string) => `Target="${posix.relative(source, target)}"`,
    );
    zip.file(name, xml);
  }
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer' }));
}

const own: string[] = [];
const libreOffice: string[] = [];
const openpyxl: { saved: string; oracle: string }[] = [];
let loKinds = '';
let loKinds1904 = '';

beforeAll(async () => {
  const plan = join(dir, 'huzhou.xlsx');
  await initWorkbook(plan, huzhouTemplate());
  const checked = join(dir, 'huzhou-checked.xlsx');
  await initWorkbook(checked, huzhouTemplate());
  const check = await checkWorkbookFile(checked, { asOf: DEMO_AS_OF });
  if (!check.ok) throw new Error(check.problems[0]?.message.en);
  const saved = join(dir, 'huzhou-planner-saved.xlsx');
  copyFileSync(checked, saved);
  const alerts = await streamedGrids(saved);
  const firstId = String(alerts.Alerts?.rows[0]?.cells[0]?.value ?? '');
  await plannerSaves(saved, {
    reverse: true,
    hide: [firstId],
    type: { [firstId]: { U: '确认', V: '王科长', X: { date: '2025-06-30' } } },
    addColumn: '跟进 Follow-up',
  });
  const rich = join(dir, 'rich.xlsx');
  await writeRichWorkbook(rich, huzhouTemplate());
  const kinds = join(dir, 'every-kind.xlsx');
  await everyKindOfCell(kinds, false);
  const kinds1904 = join(dir, 'every-kind-1904.xlsx');
  await everyKindOfCell(kinds1904, true);
  const portable = join(dir, 'portable.xlsx');
  await everyKindOfCell(portable, false, true);
  const portable1904 = join(dir, 'portable-1904.xlsx');
  await everyKindOfCell(portable1904, true, true);
  own.push(plan, checked, saved, rich, kinds, kinds1904, portable, portable1904);

  const loOut = join(dir, 'libreoffice');
  const lo = spawnSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--convert-to',
      'xlsx:Calc Office Open XML',
      '--outdir',
      loOut,
      checked,
      kinds,
      portable,
      portable1904,
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  if (lo.status !== 0) throw new Error(`LibreOffice failed: ${lo.stderr}`);
  loKinds = join(loOut, basename(kinds));
  loKinds1904 = join(loOut, basename(portable1904));
  libreOffice.push(...[checked, portable].map((p) => join(loOut, basename(p))));

  const pyOut = join(dir, 'openpyxl');
  mkdirSync(pyOut, { recursive: true });
  for (const source of [checked, portable]) {
    const target = join(pyOut, basename(source));
    const py = spawnSync(
      '/usr/bin/python3',
      [
        '-c',
        'import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])',
        source,
        target,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (py.status !== 0) throw new Error(`openpyxl failed: ${py.stderr}`);
    const oracle = target.replace(/\.xlsx$/, '-relative.xlsx');
    await withRelativeTargets(target, oracle);
    openpyxl.push({ saved: target, oracle });
  }
}, 600_000);

/** Both readers agree, and the workbook really had tables with rows to compare. */
async function sameGrids(path: string, oracle = path): Promise<void> {
  const expected = await exceljsGrids(oracle);
  const actual = await streamedGrids(path);
  expect(Object.keys(expected).length).toBeGreaterThanOrEqual(2);
  expect(Object.values(expected).some((g) => g.rows.length > 0)).toBe(true);
  for (const grid of Object.values(expected)) grid.workbook = basename(path);
  expect(actual).toEqual(expected);
}

describe('the streaming reader reads what exceljs read', () => {
  it('in every workbook the suite builds: the plan, checked, saved by a planner, the rich fixture, every kind of cell in both date systems', async () => {
    expect(own).toHaveLength(8);
    for (const path of own) await sameGrids(path);
  });

  it('in workbooks saved by LibreOffice', async () => {
    expect(libreOffice).toHaveLength(2);
    for (const path of libreOffice) await sameGrids(path);
  });

  it('in workbooks saved by openpyxl, whose absolute relationship targets exceljs cannot follow', async () => {
    expect(openpyxl).toHaveLength(2);
    for (const { saved, oracle } of openpyxl) await sameGrids(saved, oracle);
  });

  it('tokenizes every part of every one of those workbooks as saxes does', async () => {
    const workbooks = [...own, ...libreOffice, ...openpyxl.map((o) => o.saved)];
    expect(workbooks).toHaveLength(12);
    let parts = 0;
    for (const path of workbooks) {
      const zip = await JSZip.loadAsync(readFileSync(path));
      for (const entry of Object.values(zip.files)) {
        if (entry.dir || !/\.(?:xml|rels)$/.test(entry.name)) continue;
        const xml = await entry.async('string');
        expect(scannerEvents(xml), `${basename(path)}: ${entry.name}`).toEqual(saxesEvents(xml));
        parts += 1;
      }
    }
    expect(parts).toBeGreaterThan(150);
  });

  it('reads every kind of cell as the core expects it', async () => {
    const grids = await streamedGrids(own[4] ?? '');
    const rows = grids.Actuals?.rows ?? [];
    const at = (row: number, col: number) =>
      rows.find((r) => r.rowNumber === row)?.cells[col] ?? null;
    expect(rows.map((r) => r.rowNumber)).toEqual([4, 5, 6, 7, 8, 10, 11, 12]);
    expect(at(4, 3)).toEqual({ value: 0.985, percent: true });
    expect(at(5, 1)).toEqual({ value: '湖州市' });
    expect(at(5, 2)).toEqual({ value: '2022-06-30' });
    expect(at(6, 3)).toEqual({ value: 2 });
    expect(at(6, 4)).toEqual({ value: 'HZ01x' });
    expect(at(7, 3)).toEqual({ value: null, formulaWithoutValue: true });
    expect(at(7, 4)).toEqual({ value: true });
    expect(at(8, 3)).toEqual({ value: null, error: '#DIV/0!' });
    expect(at(10, 2)).toEqual({ value: '2023-09-01' });
    expect(at(10, 4)).toEqual({ value: '链接' });
    expect(at(11, 3)).toEqual({ value: -0.00012 });
    expect(at(12, 2)).toEqual({ value: '2024-01-15 09:30' });
    expect(at(12, 4)).toEqual({ value: '\r 字面' });
    expect(grids.Indicators?.rows[0]?.cells[1]).toEqual({ value: '食品合格率' });
    const again = await streamedGrids(own[5] ?? '');
    expect(again.Actuals?.rows.find((r) => r.rowNumber === 5)?.cells[2]).toEqual({
      value: '2022-06-30',
    });
  });

  it('reads dates in the 1904 system however the file says so (LibreOffice writes date1904="true", which exceljs missed)', async () => {
    const original = await streamedGrids(own[7] ?? '');
    const saved = await streamedGrids(loKinds1904);
    const dates = (grids: Record<string, Grid>) =>
      (grids.Actuals?.rows ?? []).map((r) => r.cells[2]?.value);
    expect(dates(saved)).toEqual(dates(original));
    expect(dates(saved)).toContain('2022-06-30');
    expect(dates(await exceljsGrids(loKinds1904))).not.toContain('2022-06-30');
  });

  it('reads right where exceljs misread: a cached 0, an escaped percent sign that does not scale', async () => {
    // LibreOffice computed =Z1*2 to 0 and wrote `0.0"%"` as `0.0\%`.
    const rows = (await streamedGrids(loKinds)).Actuals?.rows ?? [];
    const at = (row: number, col: number) =>
      rows.find((r) => r.rowNumber === row)?.cells[col] ?? null;
    expect(at(7, 3)).toEqual({ value: 0 });
    expect(at(11, 3)).toEqual({ value: -0.00012 });
    const oracle = (await exceljsGrids(loKinds)).Actuals?.rows ?? [];
    expect(oracle.find((r) => r.rowNumber === 7)?.cells[3]).toEqual({
      value: null,
      formulaWithoutValue: true,
    });
  });
});
