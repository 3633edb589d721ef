import { describe, expect, it } from 'vitest';
import type { Formula } from '../../../shared/formula/formula-ast.ts';
import { evaluateFormula, type MeasureValues } from '../../../shared/formula/formula-evaluate.ts';
import { parseFormula } from '../../../shared/formula/formula-parser.ts';

function formula(text: string): Formula {
  const r = parseFormula(text);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

describe('evaluateFormula', () => {
  it.each<[string, MeasureValues, number]>([
    // 9 / 250000 * 10000 = 0.36 accidents per 10,000 units
    ['accidents / units * 10000', { accidents: 9, units: 250_000 }, 0.36],
    // 1899 / 300000 * 1000 = 6.33 batches per 1,000 people
    ['batches / population * 1000', { batches: 1899, population: 300_000 }, 6.33],
    ['(a + b) / 2', { a: 3, b: 4 }, 3.5],
    ['a - b - c', { a: 10, b: 3, c: 2 }, 5],
    ['-a * 2', { a: 1.5 }, -3],
    ['2.5', {}, 2.5],
    ['事故起数 / 设备台数 * 10000', { 事故起数: 41, 设备台数: 1_000_000 }, 0.41],
  ])('computes %s with %o as %d', (text, values, expected) => {
    const r = evaluateFormula(formula(text), values);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBeCloseTo(expected, 10);
  });

  it('ignores measures the formula does not use', () => {
    const r = evaluateFormula(formula('a * 2'), { a: 2, unrelated: null });
    expect(r).toEqual({ ok: true, value: 4 });
  });

  it.each<[string, MeasureValues, string, number, string]>([
    ['accidents / units * 10000', { accidents: 9 }, 'formula.unknown_measure', 13, 'units'],
    [
      'accidents / units * 10000',
      { accidents: 9, units: null },
      'formula.missing_value',
      13,
      'units',
    ],
    ['a + b', { a: 1, b: Number.NaN }, 'formula.missing_value', 5, 'b'],
  ])(
    'reports %s with %o as %s at character %i naming the measure',
    (text, values, code, position, measure) => {
      const r = evaluateFormula(formula(text), values);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe(code);
      expect(r.error.position).toBe(position);
      expect(r.error.measure).toBe(measure);
      expect(r.error.message.zh).toContain(`“${measure}”`);
      expect(r.error.message.en).toContain(`"${measure}"`);
    },
  );

  it('reports division by zero as an error value at the operator, not Infinity', () => {
    const r = evaluateFormula(formula('accidents / units * 10000'), { accidents: 3, units: 0 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('formula.division_by_zero');
    expect(r.error.position).toBe(11);
    expect(r.error.message.zh).toBe('公式“accidents / units * 10000”第 11 个字符处除数为零');
  });

  it('reports 0 / 0 as division by zero, not NaN', () => {
    const r = evaluateFormula(formula('a / b'), { a: 0, b: 0 });
    expect(r.ok ? r.value : r.error.code).toBe('formula.division_by_zero');
  });

  it('reports an overflow to Infinity as an error value', () => {
    const r = evaluateFormula(formula('a * a'), { a: 1e200 });
    expect(r.ok ? r.value : r.error.code).toBe('formula.not_finite');
  });

  it('treats an inherited object key as an unknown measure', () => {
    const r = evaluateFormula(formula('toString + 1'), {});
    expect(r.ok ? r.value : r.error.code).toBe('formula.unknown_measure');
  });
});
