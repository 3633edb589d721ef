import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isPercentFormat } from '../../../shared/contract/cell-reading.ts';
import { dateText, toGridCell } from '../../../worker/workbook/cell-value.ts';

function cellWith(value: ExcelJS.CellValue, numFmt?: string): ExcelJS.Cell {
  const sheet = new ExcelJS.Workbook().addWorksheet('s');
  const cell = sheet.getCell('A1');
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
  return cell;
}

describe('toGridCell', () => {
  it.each<[string, ExcelJS.CellValue, unknown]>([
    ['a number', 20755, { value: 20755 }],
    ['a string', '湖州市', { value: '湖州市' }],
    ['a boolean', true, { value: true }],
    ['an empty cell', null, { value: null }],
    [
      'rich text as plain text',
      { richText: [{ text: '98.5%' }, { text: '以上', font: { bold: true } }] },
      { value: '98.5%以上' },
    ],
    [
      'a hyperlink as its text',
      { text: '年报', hyperlink: 'https://example.gov.cn/a' },
      { value: '年报' },
    ],
    ['a date as YYYY-MM-DD', new Date(Date.UTC(2023, 8, 30)), { value: '2023-09-30' }],
    ['a date with a time', new Date(Date.UTC(2023, 8, 30, 14, 5)), { value: '2023-09-30 14:05' }],
    ['a formula as its cached result', { formula: 'B1*2', result: 4 }, { value: 4 }],
    ['a formula with a cached text', { formula: 'B1&"x"', result: 'ax' }, { value: 'ax' }],
    [
      'a formula without a cached result',
      { formula: 'B1*2' },
      { value: null, formulaWithoutValue: true },
    ],
    [
      'a formula whose result is an error',
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { value: null, error: '#DIV/0!' },
    ],
    ['an error value', { error: '#N/A' }, { value: null, error: '#N/A' }],
  ])('reads %s', (_name, value, expected) => {
    expect(toGridCell(cellWith(value))).toEqual(expected);
  });

  it('flags a number shown as a percentage', () => {
    expect(toGridCell(cellWith(0.985, '0.0%'))).toEqual({ value: 0.985, percent: true });
  });

  it('does not flag text in a percent-formatted cell', () => {
    expect(toGridCell(cellWith('98.5%', '0%'))).toEqual({ value: '98.5%' });
  });
});

describe('isPercentFormat', () => {
  it.each([
    ['0%', true],
    ['0.00%', true],
    ['[Red]0.0%', true],
    ['0.0"%"', false],
    ['0.0\\%', false],
    ['0.00', false],
    ['General', false],
    ['', false],
  ])('%j scales by 100: %s', (fmt, expected) => {
    expect(isPercentFormat(fmt)).toBe(expected);
  });
});

describe('dateText', () => {
  it('keeps seconds only when there are some', () => {
    expect(dateText(new Date(Date.UTC(2025, 0, 2, 3, 4, 5)))).toBe('2025-01-02 03:04:05');
    expect(dateText(new Date(Date.UTC(2025, 0, 2, 3, 4, 0)))).toBe('2025-01-02 03:04');
  });
});
