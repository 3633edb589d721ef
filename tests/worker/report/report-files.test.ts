import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportSheet, reportSheetName } from '../../../shared/report/report-sheet.ts';
import type { EvaluationTable } from '../../../shared/report/evaluation-table.ts';
import { TEMPLATES } from '../../../seeds/templates.ts';
import { DEMO_AS_OF } from '../../../seeds/huzhou-demo-expectations.ts';
import { writeReport } from '../../../worker/report/report-command.ts';
import { initWorkbook } from '../../../worker/workbook/init-workbook.ts';
import {
  libreOfficeCsvs,
  libreOfficePdf,
  openpyxlSheetRows,
  pdfPagePng,
  pdfText,
} from '../../support/other-programs.ts';
import { REPO_ROOT, runBin } from '../../support/run-bin.ts';
import { tempDir } from '../../support/temp-dir.ts';

/*
 * `kpi-sentinel report` on the real demo workbook: the .docx opens in LibreOffice and its
 * PDF holds every indicator and 预期结果 in order (page 1 saved as a PNG to look at); the
 * .xlsx opens in openpyxl and LibreOffice with the rows of the sheet layout.
 */

const dir = tempDir('report-files');
const workbook = join(dir, 'huzhou-14th-fyp.xlsx');
const ARTIFACTS = join(REPO_ROOT, 'test-artifacts', 'report');

beforeAll(async () => {
  await initWorkbook(workbook, TEMPLATES['huzhou-14th-fyp']());
});

async function written(format: 'docx' | 'xlsx'): Promise<{ path: string; table: EvaluationTable }> {
  const result = await writeReport(workbook, {
    asOf: DEMO_AS_OF,
    kind: 'midterm',
    format,
    out: join(dir, `evaluation.${format}`),
  });
  if (!result.ok) throw new Error(result.messages.join('\n'));
  return result;
}

/** Without whitespace: pdftotext puts spaces between Chinese and digits, and wraps cells. */
const squeeze = (s: string): string => s.replace(/\s+/g, '');

describe('the evaluation table as .docx', () => {
  it('converts to PDF with every indicator name and 预期结果 in table order', async () => {
    const { path, table } = await written('docx');
    const pdf = libreOfficePdf(path, join(dir, 'docx'));
    const text = squeeze(pdfText(pdf));
    expect(text.startsWith(squeeze(table.title))).toBe(true);
    expect(text).toContain(squeeze(table.summary));
    let at = 0;
    const missing: string[] = [];
    for (const r of table.groups.flatMap((g) => g.rows)) {
      for (const part of [r.name, r.outcomeText]) {
        const found = text.indexOf(squeeze(part), at);
        if (found < 0) missing.push(`${r.no} ${part}`);
        else at = found + squeeze(part).length;
      }
    }
    expect(missing).toEqual([]);
    for (const l of table.lines) expect(text.indexOf(squeeze(l.holdText), at)).toBeGreaterThan(0);

    mkdirSync(ARTIFACTS, { recursive: true });
    const png = pdfPagePng(pdf, 1, 80, join(ARTIFACTS, 'evaluation-page1'));
    copyFileSync(path, join(ARTIFACTS, 'evaluation.docx'));
    expect(statSync(png).size).toBeGreaterThan(20_000);
  });

  it('repeats the header row on every page and sets A4', async () => {
    const { path } = await written('docx');
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/g)?.length).toBe(2);
    // A4 landscape: 297 × 210 mm in twentieths of a point.
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    const fonts = strFromU8(files['word/fontTable.xml'] ?? new Uint8Array());
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/>');
  });
});

describe('the evaluation table as .xlsx', () => {
  it('opens in openpyxl with the rows of the sheet layout, numbers as numbers', async () => {
    const { path, table } = await written('xlsx');
    const layout = reportSheet(table);
    const rows = openpyxlSheetRows(path, reportSheetName(DEMO_AS_OF));
    expect(rows).toEqual(layout.rows.map((r) => r.cells));
  });

  it('opens in LibreOffice with the same rows', async () => {
    const { path, table } = await written('xlsx');
    const layout = reportSheet(table);
    const csvs = [...libreOfficeCsvs(path, join(dir, 'xlsx')).values()];
    expect(csvs).toHaveLength(1);
    const grid: string[][] = parse(csvs[0] ?? '', { relax_column_count: true });
    const main = layout.rows.filter((r) => r.role === 'row' || r.role === 'heading');
    const shown = grid.filter((r, i) => {
      const role = layout.rows[i]?.role;
      return role === 'row' || role === 'heading';
    });
    expect(shown.map((r) => [r[0], r[1], r[7]])).toEqual(
      main.map((r) =>
        [r.cells[0], r.cells[1], r.cells[7]].map((c) => (c === null ? '' : String(c))),
      ),
    );
    // The completion rate shows with its percent format.
    const first = grid[layout.rows.findIndex((r) => r.role === 'row')];
    expect(first?.[8]).toBe('86.9%');
  });
});

describe('kpi-sentinel report', () => {
  it('writes the table and says where, leaving the workbook as it was; refuses an unknown --kind with exit code 2', () => {
    const out = join(dir, 'cli.xlsx');
    const before = readFileSync(workbook);
    const ok = runBin(['report', workbook, '--as-of', DEMO_AS_OF, '--out', out], dir);
    expect(readFileSync(workbook).equals(before)).toBe(true);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`评估表已写入：${out}（43项指标，数据截至2025-03-31）`);
    expect(statSync(out).size).toBeGreaterThan(5_000);
    const bad = runBin(['report', workbook, '--kind', 'quarterly'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--kind 的值“quarterly”无效');
  });

  it('says a file that is not a workbook cannot be read, exit code 1, no stack trace', () => {
    const bogus = join(dir, 'not-a-workbook.xlsx');
    copyFileSync(join(REPO_ROOT, 'package.json'), bogus);
    const r = runBin(['report', bogus], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(r.stderr).toContain('not-a-workbook.xlsx');
  });
});
