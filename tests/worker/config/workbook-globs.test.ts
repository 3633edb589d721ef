import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expandBraces,
  expandWorkbookGlobs,
  segmentRegExp,
} from '../../../worker/config/workbook-globs.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('globs');
for (const f of [
  'plans/湖州.xlsx',
  'plans/嘉兴.xlsx',
  'plans/~$湖州.xlsx',
  'plans/.hz.xlsx.123.tmp',
  'plans/notes.txt',
  'plans/old/2020.xlsx',
  'plans/old/deep/2019.xlsx',
  'other/a.xlsx',
]) {
  mkdirSync(join(dir, f, '..'), { recursive: true });
  writeFileSync(join(dir, f), '');
}

describe('expandWorkbookGlobs', () => {
  it('lists the workbooks a pattern matches, sorted, leaving out Excel owner files and temp files', async () => {
    expect(await expandWorkbookGlobs(['plans/*.xlsx'], dir)).toEqual(
      [join(dir, 'plans/嘉兴.xlsx'), join(dir, 'plans/湖州.xlsx')].sort((a, b) =>
        a.localeCompare(b, 'en'),
      ),
    );
  });

  it('descends any number of folders for **', async () => {
    const found = await expandWorkbookGlobs(['plans/**/*.xlsx'], dir);
    expect(found.map((p) => p.slice(dir.length + 1)).sort()).toEqual(
      [
        'plans/old/2020.xlsx',
        'plans/old/deep/2019.xlsx',
        'plans/嘉兴.xlsx',
        'plans/湖州.xlsx',
      ].sort(),
    );
  });

  it('keeps a plain path even when the file is missing, so the check can report it', async () => {
    expect(
      await expandWorkbookGlobs(['plans/missing.xlsx', join(dir, 'other/a.xlsx')], dir),
    ).toEqual([join(dir, 'other/a.xlsx'), join(dir, 'plans/missing.xlsx')]);
  });

  it('lists each file once when patterns overlap, and expands braces', async () => {
    const found = await expandWorkbookGlobs(['{plans,other}/*.xlsx', 'plans/湖州.xlsx'], dir);
    expect(found).toHaveLength(3);
  });

  it('matches nothing in a folder that does not exist', async () => {
    expect(await expandWorkbookGlobs(['nowhere/*.xlsx'], dir)).toEqual([]);
  });
});

describe('glob pieces', () => {
  it('turns ?, * and character classes into an anchored expression that treats dots literally', () => {
    const re = segmentRegExp('plan-202[0-4]?.xlsx');
    expect(re.test('plan-2023a.xlsx')).toBe(true);
    expect(re.test('plan-2025a.xlsx')).toBe(false);
    expect(re.test('plan-2023aaxlsx')).toBe(false);
    expect(segmentRegExp('[!~]*.xlsx').test('~$a.xlsx')).toBe(false);
  });

  it('expands every brace group', () => {
    expect(expandBraces('{a,b}/{x,y}.xlsx')).toEqual([
      'a/x.xlsx',
      'a/y.xlsx',
      'b/x.xlsx',
      'b/y.xlsx',
    ]);
  });
});
