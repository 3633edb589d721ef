import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckJson } from '../../../worker/pipeline/check-json.ts';
import { runBin } from '../../support/run-bin.ts';
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

const dir = tempDir('hostile-run');

describe('a nightly run over broken and good workbooks together', () => {
  it('reports each broken workbook with its own message and still checks and writes the good ones', async () => {
    const good = join(dir, 'good.xlsx');
    await planWith(good);
    const notZip = join(dir, 'not-zip.xlsx');
    writeFileSync(notZip, 'hello');
    const truncated = join(dir, 'truncated.xlsx');
    writeFileSync(truncated, readFileSync(good).subarray(0, 2000));
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, ole2File(false));
    const bomb = join(dir, 'bomb.xlsx');
    await zipWithBomb(good, bomb, await deflatedZeros(20 * 1024 * 1024), 1000);
    const huge = join(dir, 'huge.xlsx');
    await planWith(huge);
    await withParts(huge, { 'xl/worksheets/sheet2.xml': sheetWithRows(2, 'A1:B1048576') });
    const alsoGood = join(dir, 'also-good.xlsx');
    await planWith(alsoGood);

    const r = runBin(
      [
        'check',
        notZip,
        good,
        truncated,
        xls,
        bomb,
        huge,
        alsoGood,
        '--as-of',
        '2024-03-31',
        '--json',
        '--outbox',
        join(dir, 'outbox'),
      ],
      dir,
    );
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as CheckJson;
    const byFile = new Map(json.workbooks.map((w) => [w.path.split('/').pop(), w]));
    expect([...byFile.entries()].map(([file, w]) => [file, w.ok])).toEqual([
      ['not-zip.xlsx', false],
      ['good.xlsx', true],
      ['truncated.xlsx', false],
      ['old.xls', false],
      ['bomb.xlsx', false],
      ['huge.xlsx', false],
      ['also-good.xlsx', true],
    ]);
    const message = (file: string): string =>
      byFile
        .get(file)
        ?.errors.map((e) => e.message)
        .join(' | ') ?? '';
    expect(message('not-zip.xlsx')).toContain('not an .xlsx');
    expect(message('truncated.xlsx')).toContain('cut short');
    expect(message('old.xls')).toContain('old-style .xls');
    expect(message('bomb.xlsx')).toContain('zip bomb');
    expect(message('huge.xlsx')).toContain('1,048,576 rows');
    for (const file of [good, alsoGood])
      expect(await partText(file, 'xl/worksheets/sheet5.xml')).toContain('t="inlineStr"');
  });
});
