import { describe, expect, it } from 'vitest';
import { measuresIn } from '../../../shared/formula/formula-ast.ts';
import { parseFormula } from '../../../shared/formula/formula-parser.ts';

describe('measuresIn', () => {
  it.each([
    ['accidents / units * 10000', ['accidents', 'units']],
    ['(a + b) / a - -c', ['a', 'b', 'c']],
    ['10000 * 2', []],
    ['事故起数 / 设备台数', ['事故起数', '设备台数']],
  ])('lists the measures of %s once each, in order of first use', (text, names) => {
    const r = parseFormula(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(measuresIn(r.value.ast)).toEqual(names);
  });
});
