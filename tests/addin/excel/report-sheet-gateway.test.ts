import { describe, expect, it } from 'vitest';
import { ExcelGateway } from '../../../addin/excel/excel-gateway.ts';
import { reportSheet, reportSheetName } from '../../../shared/report/report-sheet.ts';
import { grownTemplate, tableOf } from '../../support/report-fixtures.ts';
import { FakeExcel } from '../fake-excel/fake-excel.ts';

/*
 * 导出评估表: the add-in writes the evaluation table on a new worksheet through the
 * gateway, in a fixed number of context.sync() calls whatever the plan's size.
 */

async function exportAt(n: number): Promise<{ syncs: number; fake: FakeExcel; sheet: string }> {
  const { table } = tableOf(grownTemplate(n));
  expect(table.groups.flatMap((g) => g.rows)).toHaveLength(n);
  const fake = new FakeExcel();
  const gateway = new ExcelGateway(fake);
  const layout = reportSheet(table);
  const { result, syncs } = await fake.countSyncs(() =>
    gateway.writeReportSheet(layout, reportSheetName(table.asOf)),
  );
  const height = layout.rows.length;
  const values = fake.workbook.values(result, `A1:K${height}`);
  expect(values).toEqual(layout.rows.map((r) => r.cells.map((c) => (c === null ? '' : c))));
  return { syncs, fake, sheet: result };
}

describe('ExcelGateway.writeReportSheet', () => {
  it('writes the evaluation table for 10 and for 1,000 indicators in 2 syncs each', async () => {
    const small = await exportAt(10);
    const large = await exportAt(1000);
    expect(small.syncs).toBe(2);
    expect(large.syncs).toBe(2);
    expect(large.fake.stats.refused).toBe(0);
  });

  it('names the sheet 评估表 <date>, and 评估表 <date> (2) when that name is taken', async () => {
    const { table } = tableOf(grownTemplate(3));
    const fake = new FakeExcel();
    const gateway = new ExcelGateway(fake);
    const layout = reportSheet(table);
    const first = await gateway.writeReportSheet(layout, reportSheetName(table.asOf));
    const second = await gateway.writeReportSheet(layout, reportSheetName(table.asOf));
    expect([first, second]).toEqual(['评估表 2025-03-31', '评估表 2025-03-31 (2)']);
  });

  it('gives the completion columns their percent format and 序号 an integer format', async () => {
    const { fake, sheet } = await exportAt(10);
    const layout = reportSheet(tableOf(grownTemplate(10)).table);
    const firstRow = layout.rows.findIndex((r) => r.role === 'row') + 1;
    const cell = (col: number) => fake.workbook.sheet(sheet).cell(firstRow, col);
    expect(cell(1)?.format).toBe('0');
    expect(cell(9)?.format).toBe('0.0%');
    expect(cell(2)?.format).toBe('General');
  });
});
