/**
 * Files made to break a workbook reader, tried from the outside the way a nightly run
 * meets them: one `kpi-sentinel check` over all of them and a good workbook. Each ends
 * in a clear message or a correct read, and the good workbook is still checked. Reading
 * them all, in a process of its own, stays within 300 MB.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckJson } from '../../../worker/pipeline/check-json.ts';
import { REPO_ROOT } from '../../support/run-bin.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { partText, planWith, withParts } from './hostile-files.ts';

const dir = tempDir('hostile-reader');
const ACTUALS_SHEET = 'xl/worksheets/sheet3.xml';
const ACTUALS_TABLE = 'xl/tables/table3.xml';
const MB = 1024 * 1024;

/** A small plan with its Actuals table's `ref` (and filter) set to `ref`. */
async function actualsRef(name: string, ref: string): Promise<string> {
  const path = join(dir, name);
  await planWith(path);
  const table = await partText(path, ACTUALS_TABLE);
  await withParts(path, { [ACTUALS_TABLE]: table.replace(/ref="A1:I3"/g, `ref="${ref}"`) });
  return path;
}

/** A small plan whose Actuals sheet holds `count` empty `<row>`s after its data, its dimension unchanged. */
async function emptyRows(name: string, count: number): Promise<string> {
  const path = join(dir, name);
  await planWith(path);
  const sheet = await partText(path, ACTUALS_SHEET);
  const rows: string[] = [];
  for (let r = 4; r < 4 + count; r++) rows.push(`<row r="${r}"/>`);
  await withParts(path, {
    [ACTUALS_SHEET]: sheet.replace('</sheetData>', `${rows.join('')}</sheetData>`),
  });
  return path;
}

/** A small plan whose workbook.xml nests `depth` elements inside one another. */
async function deepWorkbook(name: string, depth: number): Promise<string> {
  const path = join(dir, name);
  await planWith(path);
  const xml = await partText(path, 'xl/workbook.xml');
  const nest = `<extLst>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</extLst>`;
  await withParts(path, { 'xl/workbook.xml': xml.replace('</workbook>', `${nest}</workbook>`) });
  return path;
}

/** A small plan whose shared string table ends with one string of `bytes` characters. */
async function hugeSharedString(name: string, bytes: number): Promise<string> {
  const path = join(dir, name);
  await planWith(path);
  const xml = await partText(path, 'xl/sharedStrings.xml');
  const big = `<si><t>${'规'.repeat(Math.floor(bytes / 3))}</t></si>`;
  await withParts(path, { 'xl/sharedStrings.xml': xml.replace('</sst>', `${big}</sst>`) });
  return path;
}

/** A small plan whose relationship targets are absolute part names, as openpyxl writes them. */
async function absoluteTargets(name: string): Promise<string> {
  const path = join(dir, name);
  await planWith(path);
  const parts: Record<string, string> = {};
  const sheets = [1, 2, 3, 4, 5, 6].map((n) => `xl/worksheets/_rels/sheet${n}.xml.rels`);
  for (const rels of ['xl/_rels/workbook.xml.rels', ...sheets]) {
    const xml = await partText(path, rels);
    const folder = rels.startsWith('xl/worksheets') ? 'xl/worksheets' : 'xl';
    parts[rels] = xml.replace(/Target="([^"/][^"]*)"/g, (_whole, target: string) => {
      const segments = [...folder.split('/'), ...target.split('/')];
      const resolved: string[] = [];
      for (const s of segments)
        if (s === '..') resolved.pop();
        else resolved.push(s);
      return `Target="/${resolved.join('/')}"`;
    });
  }
  await withParts(path, parts);
  return path;
}

interface Run {
  json: CheckJson;
  stderr: string;
}

/** Peak memory of a process that only reads `paths` with the check's reader, in MB. */
function readingPeakMb(paths: string[]): number {
  const script = [
    `const { readWorkbookGrids } = await import(${JSON.stringify(join(REPO_ROOT, 'worker/workbook/read-workbook.ts'))});`,
    `for (const path of ${JSON.stringify(paths)}) await readWorkbookGrids(path);`,
    'process.stdout.write(String(process.resourceUsage().maxRSS));',
  ].join('\n');
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout) / 1024;
}

let run: Run;
const files: Record<string, string> = {};

beforeAll(async () => {
  files.good = join(dir, 'good.xlsx');
  await planWith(files.good);
  files.hugeRef = await actualsRef('huge-ref.xlsx', 'A1:AD1048576');
  files.pastXfd = await actualsRef('past-xfd.xlsx', 'A1:XFE2000000');
  files.emptyRows = await emptyRows('empty-rows.xlsx', 1_000_000);
  files.deep = await deepWorkbook('deep.xlsx', 200_000);
  files.bigString = await hugeSharedString('big-string.xlsx', 50 * MB);
  files.absolute = await absoluteTargets('absolute.xlsx');
  const r = spawnSync(
    process.execPath,
    [
      join(REPO_ROOT, 'bin/kpi-sentinel.js'),
      'check',
      ...Object.values(files),
      '--as-of',
      '2024-03-31',
      '--json',
      '--outbox',
      join(dir, 'outbox'),
    ],
    { cwd: dir, encoding: 'utf8', timeout: 300_000 },
  );
  run = { json: JSON.parse(r.stdout) as CheckJson, stderr: r.stderr };
}, 600_000);

function result(file: string): { ok: boolean; text: string } {
  const w = run.json.workbooks.find((x) => x.path === file);
  if (!w) throw new Error(`no result for ${file}`);
  return { ok: w.ok, text: w.errors.map((e) => e.message).join(' | ') };
}

describe('hostile workbooks in a nightly run', () => {
  it('checks the good workbook of the run and prints no stack trace', () => {
    expect(result(files.good ?? '').ok).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads them all within 300 MB', () => {
    const peak = readingPeakMb(Object.values(files));
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(300);
  });

  it('reads a table whose ref claims a million rows by the cells that exist, not the box', () => {
    expect(result(files.hugeRef ?? '')).toMatchObject({ ok: true });
  });

  it('says a table range past the last column is not a range, naming it', () => {
    const r = result(files.pastXfd ?? '');
    expect(r.ok).toBe(false);
    expect(r.text).toContain('范围 A1:XFE2000000 无法识别');
    expect(r.text).toContain('has a range that cannot be read: A1:XFE2000000');
  });

  it('counts a million empty rows against the row limit, whatever the dimension says', () => {
    const r = result(files.emptyRows ?? '');
    expect(r.ok).toBe(false);
    expect(r.text).toContain('「实绩 Actuals」有 > 200,000 行');
    expect(r.text).toContain('more than the limit of 200,000 rows per sheet');
  });

  it('refuses elements nested 200,000 deep with a message of its own', () => {
    const r = result(files.deep ?? '');
    expect(r.ok).toBe(false);
    expect(r.text).toContain('部件 xl/workbook.xml 中元素嵌套超过 512 层');
    expect(r.text).toContain('nests elements more than 512 levels deep');
  });

  it('reads a workbook holding a 50 MB shared string', () => {
    expect(result(files.bigString ?? '').ok).toBe(true);
  });

  it('follows relationship targets written as absolute part names', () => {
    expect(result(files.absolute ?? '').ok).toBe(true);
  });
});
