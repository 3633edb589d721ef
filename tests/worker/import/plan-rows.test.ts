import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { delimitedTextRows, sheetTextRows } from '../../../worker/import/plan-rows.ts';

describe('sheetTextRows', () => {
  it('gives every cell of a merged range its master’s text: a category down a column, a parent across columns', () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('表1');
    sheet.getRow(1).values = ['类别', '指标名称', '规划目标', null];
    sheet.getRow(2).values = [null, null, '2020年', '2025年'];
    sheet.getRow(3).values = ['营商环境', '在册市场主体总量', 38.6, 50];
    sheet.getRow(4).values = [null, '企业开办时间', 3, 1];
    sheet.mergeCells('C1:D1');
    sheet.mergeCells('A3:A4');
    expect(sheetTextRows(sheet)).toEqual([
      { row: 1, cells: ['类别', '指标名称', '规划目标', '规划目标'] },
      { row: 2, cells: ['', '', '2020年', '2025年'] },
      { row: 3, cells: ['营商环境', '在册市场主体总量', '38.6', '50'] },
      { row: 4, cells: ['营商环境', '企业开办时间', '3', '1'] },
    ]);
  });

  it('reads percent-formatted numbers as percentages and leaves blank rows out, keeping sheet row numbers', () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('表1');
    sheet.getCell('A1').value = '合格率';
    sheet.getCell('B3').value = 0.985;
    sheet.getCell('B3').numFmt = '0.0%';
    sheet.getCell('C3').value = { richText: [{ text: '98.5%' }, { text: '以上' }] };
    expect(sheetTextRows(sheet)).toEqual([
      { row: 1, cells: ['合格率', '', ''] },
      { row: 3, cells: ['', '98.5%', '98.5%以上'] },
    ]);
  });
});

describe('delimitedTextRows', () => {
  it('reads CSV with quoted commas and numbers records as a spreadsheet shows them', () => {
    expect(delimitedTextRows('序号,指标名称,2025年\n\n1,"双随机,一公开覆盖率",100\n')).toEqual([
      { row: 1, cells: ['序号', '指标名称', '2025年'] },
      { row: 3, cells: ['1', '双随机,一公开覆盖率', '100'] },
    ]);
  });

  it('reads a range pasted as tab-separated text', () => {
    expect(delimitedTextRows('序号\t指标名称\t2025年\n1\t品字标企业\t200')).toEqual([
      { row: 1, cells: ['序号', '指标名称', '2025年'] },
      { row: 2, cells: ['1', '品字标企业', '200'] },
    ]);
  });

  it('throws for text that is not CSV, for the caller to report', () => {
    expect(() => delimitedTextRows('a,"b\nc')).toThrow();
  });
});
