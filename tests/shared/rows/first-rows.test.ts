import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstRows } from '../../../shared/rows/first-rows.ts';

/** What FirstRows must answer: a map keyed by the values written out whole. */
function byWholeKey(rows: readonly (readonly string[])[]): (number | undefined)[] {
  const first = new Map<string, number>();
  return rows.map((values, row) => {
    const key = JSON.stringify(values);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, row);
    return seen;
  });
}

describe('FirstRows', () => {
  it('names the row a combination first appeared on, and only a combination seen before', () => {
    const rows = new FirstRows(4);
    expect(rows.firstOf(['K1', '', '2023', 'value'], 2)).toBeUndefined();
    expect(rows.firstOf(['K1', '吴兴区', '2023', 'value'], 3)).toBeUndefined();
    expect(rows.firstOf(['吴兴区', 'K1', '2023', 'value'], 4)).toBeUndefined();
    expect(rows.firstOf(['K1', '', '2023', 'value'], 5)).toBe(2);
    expect(rows.firstOf(['K1', '', '2023', 'value'], 6)).toBe(2);
    expect(rows.firstOf(['K1', '吴兴区', '2023', 'value'], 7)).toBe(3);
  });

  it('agrees with whole-value keys on any rows, separators and empty values included', () => {
    const value = fc.constantFrom('', 'K1', 'K1|', '|', '"', ',', '2023', '2023-Q1', '吴兴区');
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { maxLength: 60 }),
        (rows) => {
          const first = new FirstRows(3);
          expect(rows.map((values, row) => first.firstOf(values, row))).toEqual(byWholeKey(rows));
        },
      ),
    );
  });

  it('still tells combinations apart past 8,192 different values in a column', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      `K${i % 9_000}`,
      `R${i % 2}`,
      'P',
      'value',
    ]);
    const first = new FirstRows(4);
    const answers = rows.map((values, row) => first.firstOf(values, row));
    expect(answers).toEqual(byWholeKey(rows));
    expect(answers.filter((a) => a !== undefined)).toHaveLength(11_000);
  });
});
