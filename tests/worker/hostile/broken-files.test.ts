import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../shared/model/problem.ts';
import { checkWorkbookFile } from '../../../worker/pipeline/check-stage.ts';
import { DEFAULT_LIMITS } from '../../../worker/xlsx/package-limits.ts';
import { tempDir } from '../../support/temp-dir.ts';
import {
  deflatedZeros,
  ole2File,
  partText,
  planWith,
  sheetWithRows,
  withParts,
  zipWithBomb,
} from './hostile-files.ts';

const dir = tempDir('hostile-files');
const AS_OF = '2024-03-31';

/** Checks a file that must be refused and returns the one error it gets, the file left untouched. */
async function refused(path: string): Promise<Problem> {
  const before = readFileSync(path);
  const r = await checkWorkbookFile(path, { asOf: AS_OF });
  expect(r.ok).toBe(false);
  expect(readFileSync(path).equals(before)).toBe(true);
  const errors = r.problems.filter((p) => p.level === 'error');
  expect(errors).toHaveLength(1);
  const [problem] = errors;
  if (!problem) throw new Error('no problem');
  return problem;
}

async function goodWorkbook(name: string): Promise<string> {
  const path = join(dir, name);
  await planWith(path);
  return path;
}

describe('files that are not a readable workbook', () => {
  it('says a file that is not a zip is not an .xlsx, naming it', async () => {
    const path = join(dir, 'notes.xlsx');
    writeFileSync(path, '指标,目标\n合格率,98.5%\n');
    const p = await refused(path);
    expect(p.code).toBe('workbook.not_xlsx');
    expect(p.message.zh).toContain('notes.xlsx');
    expect(p.message.en).toContain('notes.xlsx is not an .xlsx workbook');
  });

  it('says a workbook cut short (an unfinished copy) is incomplete', async () => {
    const path = await goodWorkbook('cut.xlsx');
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    const p = await refused(path);
    expect(p.code).toBe('workbook.truncated');
    expect(p.message.zh).toContain('cut.xlsx 不完整');
    expect(p.message.en).toContain('cut short');
  });

  it('says a zip that holds no workbook (a renamed .zip or .docx) is not an .xlsx', async () => {
    const path = join(dir, 'report.xlsx');
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    const p = await refused(path);
    expect(p.code).toBe('workbook.no_workbook_part');
    expect(p.message.en).toContain(
      'report.xlsx is a zip file but holds no workbook (xl/workbook.xml is missing)',
    );
  });

  it('says a password-protected workbook must have its password removed', async () => {
    const path = join(dir, 'locked.xlsx');
    writeFileSync(path, ole2File(true));
    const p = await refused(path);
    expect(p.code).toBe('workbook.encrypted');
    expect(p.message.zh).toContain('设有打开密码');
  });

  it('says an old .xls must be saved as .xlsx', async () => {
    const path = join(dir, 'old.xls');
    writeFileSync(path, ole2File(false));
    const p = await refused(path);
    expect(p.code).toBe('workbook.xls');
    expect(p.message.en).toContain('old.xls is an old-style .xls file');
  });
});

describe('workbooks too big to check', () => {
  it(`refuses a zip bomb before inflating it, stating the ${DEFAULT_LIMITS.unpackedBytes / 1024 / 1024} MB limit`, async () => {
    const base = await goodWorkbook('bomb-base.xlsx');
    const size = DEFAULT_LIMITS.unpackedBytes + 64 * 1024 * 1024;
    const path = join(dir, 'bomb.xlsx');
    await zipWithBomb(base, path, await deflatedZeros(size), size);
    expect(statSync(path).size).toBeLessThan(2 * 1024 * 1024);
    const p = await refused(path);
    expect(p.code).toBe('workbook.zip_bomb');
    expect(p.message.zh).toContain('超过 256 MB 的上限');
    expect(p.message.en).toContain('unpacks to 320 MB, more than the 256 MB limit');
  });

  it('stops a part that unpacks to more than its recorded size, the trick of a bomb that lies', async () => {
    const base = await goodWorkbook('liar-base.xlsx');
    const path = join(dir, 'liar.xlsx');
    await zipWithBomb(base, path, await deflatedZeros(50 * 1024 * 1024), 4096);
    const p = await refused(path);
    expect(p.code).toBe('workbook.part_exceeds_declared');
    expect(p.value).toBe('xl/media/bomb.bin');
    expect(p.message.en).toContain('recorded size of 4 KB');
    expect(p.message.en).toContain('at most 256 MB');
  });

  it('refuses a sheet that spans a million rows, naming the sheet and the row limit', async () => {
    const path = await goodWorkbook('million.xlsx');
    await withParts(path, { 'xl/worksheets/sheet2.xml': sheetWithRows(3, 'A1:J1048576') });
    const p = await refused(path);
    expect(p.code).toBe('workbook.sheet_too_many_rows');
    expect(p.sheet).toBe('分解 Milestones');
    expect(p.message.zh).toContain('有 1,048,576 行，超过每张工作表 200,000 行的上限');
  });

  it('counts the rows of a large sheet whose dimension understates them', async () => {
    const path = await goodWorkbook('understated.xlsx');
    // Over 22 MB of sheet XML: enough cells to matter, so the rows are counted, not trusted.
    const filler = '市场主体登记注册数据填报说明'.repeat(2);
    await withParts(path, {
      'xl/worksheets/sheet2.xml': sheetWithRows(
        DEFAULT_LIMITS.sheetRows + 50_000,
        'A1:B10',
        filler,
      ),
    });
    const p = await refused(path);
    expect(p.code).toBe('workbook.sheet_too_many_rows');
    expect(p.row).toBe(DEFAULT_LIMITS.sheetRows + 1);
    expect(p.message.en).toContain('has > 200,000 rows');
  });
});

describe('workbooks the worker reads but must not change beyond its sheets', () => {
  it('checks a workbook a planner sorted (Excel then saves a sort state exceljs alone cannot read)', async () => {
    const path = await goodWorkbook('sorted.xlsx');
    const xml = await partText(path, 'xl/tables/table3.xml');
    const sortState =
      '<sortState ref="A2:I3"><sortCondition descending="1" ref="E2:E3"/></sortState>';
    const sorted = xml.includes('</autoFilter>')
      ? xml.replace('</autoFilter>', `${sortState}</autoFilter>`)
      : xml.replace(
          /<autoFilter ref="([^"]+)"\/>/,
          `<autoFilter ref="$1">${sortState}</autoFilter>`,
        );
    expect(sorted).toContain('sortState');
    await withParts(path, { 'xl/tables/table3.xml': sorted });
    const r = await checkWorkbookFile(path, { asOf: AS_OF });
    expect(r.ok && r.written).toBe(true);
    // The planner's table, sort state and all, is left exactly as they saved it.
    expect(await partText(path, 'xl/tables/table3.xml')).toBe(sorted);
  });

  it('keeps the macros of an .xlsm byte for byte and never runs them', async () => {
    const path = join(dir, 'plan.xlsm');
    copyFileSync(await goodWorkbook('macro-base.xlsx'), path);
    const vba = Buffer.concat([
      Buffer.from('Attribute VB_Name = "Module1"\nSub Auto_Open()\n  Kill "C:\\*.*"\nEnd Sub\n'),
      Buffer.alloc(64, 7),
    ]);
    const types = (await partText(path, '[Content_Types].xml'))
      .replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      )
      .replace(
        '</Types>',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      );
    await withParts(path, { 'xl/vbaProject.bin': vba, '[Content_Types].xml': types });
    const r = await checkWorkbookFile(path, { asOf: AS_OF });
    expect(r.ok && r.written).toBe(true);
    const after = await JSZip.loadAsync(readFileSync(path));
    expect((await after.file('xl/vbaProject.bin')?.async('nodebuffer'))?.equals(vba)).toBe(true);
    expect(await partText(path, '[Content_Types].xml')).toBe(types);
    expect(await partText(path, 'xl/worksheets/sheet5.xml')).toContain('t="inlineStr"');
  });
});
