import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  columnNumber,
  formatRange,
  parseRange,
} from '../../../shared/contract/cell-address.ts';

describe('column letters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('column %i is written %s and read back', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it('reads lower-case letters and rejects anything else as 0', () => {
    expect(columnNumber('ab')).toBe(28);
    expect(columnNumber('A1')).toBe(0);
    expect(columnNumber('')).toBe(0);
  });
});

describe('ranges', () => {
  it('reads a table ref into its corners and writes it back', () => {
    const r = parseRange('A1:X24');
    expect(r).toEqual({ top: 1, left: 1, bottom: 24, right: 24 });
    expect(r && formatRange(r)).toBe('A1:X24');
  });

  it('reads absolute, single-cell and reversed refs', () => {
    expect(parseRange('$B$3:$D$9')).toEqual({ top: 3, left: 2, bottom: 9, right: 4 });
    expect(parseRange('C5')).toEqual({ top: 5, left: 3, bottom: 5, right: 3 });
    expect(parseRange('D9:B3')).toEqual({ top: 3, left: 2, bottom: 9, right: 4 });
  });

  it.each(['', 'A0:B2', 'A1:B2:C3', 'Sheet1!A1:B2', '1A:B2'])('rejects %j', (ref) => {
    expect(parseRange(ref)).toBeNull();
  });
});
