import { describe, expect, it } from 'vitest';
import { toGridCell, toXlValue } from '../../../addin/excel/excel-cell.ts';
import { isDateFormat, serialDateText } from '../../../shared/contract/cell-reading.ts';

describe('office-js values as Grid cells', () => {
  it('reads empty cells as empty, and errors as errors', () => {
    expect(toGridCell('')).toEqual({ value: null });
    expect(toGridCell('#DIV/0!')).toEqual({ value: null, error: '#DIV/0!' });
    expect(toGridCell('#N/A', 'General')).toEqual({ value: null, error: '#N/A' });
  });

  it('flags percent-formatted numbers and reads date-formatted serials as dates, like the worker', () => {
    expect(toGridCell(0.985, '0.0%')).toEqual({ value: 0.985, percent: true });
    expect(toGridCell(0.985, '0.0"%"')).toEqual({ value: 0.985 });
    expect(toGridCell(45747, 'yyyy-mm-dd')).toEqual({ value: '2025-03-31' });
    expect(toGridCell(45747.5, 'yyyy/m/d h:mm')).toEqual({ value: '2025-03-31 12:00' });
    expect(toGridCell(2024, 'General')).toEqual({ value: 2024 });
    expect(toGridCell(true)).toEqual({ value: true });
  });

  it('tells date formats from number formats', () => {
    for (const f of ['yyyy-mm-dd', 'm/d/yyyy', 'yyyy"年"m"月"d"日"', '[h]:mm', 'hh:mm:ss'])
      expect(isDateFormat(f)).toBe(true);
    for (const f of ['General', '0.0', '0.0%', '#,##0 "元"', '@', '[Red]0.00', '0.0E+00'])
      expect(isDateFormat(f)).toBe(false);
    expect(serialDateText(1)).toBe('1899-12-31');
  });

  it('writes text Excel would take for a formula with an apostrophe, so it stays text', () => {
    expect(toXlValue('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(toXlValue('+86 热线')).toBe("'+86 热线");
    expect(toXlValue('@mention')).toBe("'@mention");
    expect(toXlValue("'quoted")).toBe("''quoted");
    expect(toXlValue('-12.5')).toBe('-12.5');
    expect(toXlValue('-')).toBe('-');
    expect(toXlValue(null)).toBe('');
    expect(toXlValue(3)).toBe(3);
  });
});
