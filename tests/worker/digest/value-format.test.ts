import { describe, expect, it } from 'vitest';
import { formatValue } from '../../../worker/digest/value-format.ts';

describe('formatValue', () => {
  it.each([
    [98.5, '%', '98.5%'],
    [98.5, '％', '98.5%'],
    [0.36, '次/万台', '0.36 次/万台'],
    [0.02531, '', '0.0253'],
    [20755, '家', '20,755 家'],
    [1234.567, '', '1,234.6'],
    [12.345, '件', '12.35 件'],
    [-0.00001, '', '0'],
    [null, '%', '—'],
    [Number.NaN, '', '—'],
  ])('shows %s with unit "%s" as %s', (value, unit, shown) => {
    expect(formatValue(value, unit)).toBe(shown);
  });
});
