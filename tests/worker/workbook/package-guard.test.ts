import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardPackage } from '../../../worker/workbook/package-guard.ts';
import { XlsxPackage } from '../../../worker/xlsx/xlsx-package.ts';
import { planWith, sheetWithRows, withParts } from '../hostile/hostile-files.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('guard');

async function packageOf(
  name: string,
  sheetXml: string,
  part = 'xl/worksheets/sheet2.xml',
): Promise<XlsxPackage> {
  const path = join(dir, name);
  await planWith(path);
  await withParts(path, { [part]: sheetXml });
  const opened = XlsxPackage.open(readFileSync(path));
  if (!opened.ok) throw new Error(opened.failure.kind);
  return opened.pkg;
}

describe('guardPackage', () => {
  it('lets an ordinary workbook through', async () => {
    expect(
      guardPackage('ok.xlsx', await packageOf('ok.xlsx', sheetWithRows(50, 'A1:A50'))),
    ).toBeNull();
  });

  it('stops a workbook whose sheets hold more cells than the limit, saying where it passed it', async () => {
    const pkg = await packageOf('cells.xlsx', sheetWithRows(400, 'A1:B400', '说明'));
    const p = guardPackage('cells.xlsx', pkg, {
      unpackedBytes: 1 << 30,
      sheetRows: 10_000,
      cells: 300,
    });
    expect(p).toMatchObject({ code: 'workbook.too_many_cells', workbook: 'cells.xlsx' });
    expect(p?.message.en).toContain('more than 300 cells');
  });

  it('names the part that is not XML', async () => {
    const p = guardPackage(
      'broken.xlsx',
      await packageOf(
        'broken.xlsx',
        '<worksheet><sheetData><row></sheetData>',
        'xl/worksheets/sheet1.xml',
      ),
      { unpackedBytes: 1 << 30, sheetRows: 10_000, cells: 10 },
    );
    expect(p).toMatchObject({ code: 'workbook.part_not_xml', value: 'xl/worksheets/sheet1.xml' });
  });
});
