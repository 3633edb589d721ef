import { describe, expect, it } from 'vitest';
import type { Actual } from '../../../shared/model/actual.ts';
import type { Indicator } from '../../../shared/model/indicator.ts';
import type { Formula } from '../../../shared/formula/formula-ast.ts';
import { parseFormula } from '../../../shared/formula/formula-parser.ts';
import { buildSeries } from '../../../shared/evaluate/series.ts';
import { actual, indicator } from './factory.ts';

const RATE = (() => {
  const r = parseFormula('accidents / units * 10000');
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
})();

function series(
  ind: Indicator,
  rows: Actual[],
  opts: { formula?: Formula; start?: number; asOf?: string } = {},
) {
  return buildSeries({
    indicator: ind,
    formula: opts.formula ?? null,
    rows,
    start: opts.start ?? 0,
    asOf: opts.asOf ?? '2030-01-01',
  });
}

function values(
  ind: Indicator,
  rows: Actual[],
  opts: { formula?: Formula; start?: number; asOf?: string } = {},
): [string, number][] {
  return series(ind, rows, opts).map((p) => [p.period.text, p.value]);
}

describe('buildSeries', () => {
  it('orders periods chronologically, quarters before their year', () => {
    const rows = [
      actual('2023', 12),
      actual('2022', 11),
      actual('2023-Q2', 11.5),
      actual('2021', 10),
    ];
    expect(values(indicator(), rows)).toEqual([
      ['2021', 10],
      ['2022', 11],
      ['2023-Q2', 11.5],
      ['2023', 12],
    ]);
  });

  it('ignores periods ending after the as-of date', () => {
    // 2024 ends 2024-12-31, after 2024-06-01; 2024-Q1 ended 2024-03-31
    const rows = [actual('2023', 12), actual('2024-Q1', 12.4), actual('2024', 13)];
    expect(values(indicator(), rows, { asOf: '2024-06-01' })).toEqual([
      ['2023', 12],
      ['2024-Q1', 12.4],
    ]);
  });

  it('counts a period ending on the as-of date', () => {
    expect(values(indicator(), [actual('2023', 12)], { asOf: '2023-12-31' })).toEqual([
      ['2023', 12],
    ]);
  });

  it('skips empty values and unreadable periods, and reads period text the way planners type it', () => {
    const rows = [actual('2021', null), actual('下半年', 3), actual('2022年', 11)];
    expect(values(indicator(), rows)).toEqual([['2022', 11]]);
  });

  it('uses the published figure when the row gives only that', () => {
    expect(values(indicator(), [actual('2023', null, { officialValue: 12.1 })])).toEqual([
      ['2023', 12.1],
    ]);
  });

  it('reads an empty measure as `value`', () => {
    expect(values(indicator(), [actual('2023', 12, { measure: '' })])).toEqual([['2023', 12]]);
  });
});

describe('buildSeries with a rate formula', () => {
  const rate = indicator({ name: '万台特种设备事故率', formula: RATE.source, direction: 'lower' });

  it('combines the measures of a period: 9 accidents / 250000 units · 10000 = 0.36', () => {
    const rows = [
      actual('2023', 9, { measure: 'accidents' }),
      actual('2023', 250_000, { measure: 'units' }),
    ];
    const [p] = series(rate, rows, { formula: RATE });
    expect(p?.value).toBeCloseTo(0.36, 12);
    expect(p?.computed).toBeCloseTo(0.36, 12);
    expect(p?.inconsistent).toBe(false);
  });

  it('keeps the computed value when the published one agrees within rounding', () => {
    // 9.1 / 250000 · 10000 = 0.364, official 0.36 ± 0.005
    const rows = [
      actual('2023', 9.1, { measure: 'accidents', officialValue: 0.36 }),
      actual('2023', 250_000, { measure: 'units' }),
    ];
    const [p] = series(rate, rows, { formula: RATE });
    expect(p?.value).toBeCloseTo(0.364, 12);
    expect(p?.inconsistent).toBe(false);
  });

  it('uses the published value and marks the point when they disagree beyond rounding', () => {
    // 10 / 250000 · 10000 = 0.4 against official 0.36
    const rows = [
      actual('2023', 10, { measure: 'accidents' }),
      actual('2023', 250_000, { measure: 'units', officialValue: 0.36 }),
    ];
    const [p] = series(rate, rows, { formula: RATE });
    expect(p).toMatchObject({ value: 0.36, official: 0.36, inconsistent: true });
    expect(p?.computed).toBeCloseTo(0.4, 12);
  });

  it.each([
    ['a measure is not reported', [actual('2023', 9, { measure: 'accidents' })]],
    [
      'the divisor is zero',
      [actual('2023', 9, { measure: 'accidents' }), actual('2023', 0, { measure: 'units' })],
    ],
  ])('has no point when %s and nothing was published', (_name, rows) => {
    expect(series(rate, rows, { formula: RATE })).toEqual([]);
  });

  it('falls back to the published value when the formula cannot be computed', () => {
    const rows = [actual('2023', 9, { measure: 'accidents', officialValue: 0.41 })];
    expect(values(rate, rows, { formula: RATE })).toEqual([['2023', 0.41]]);
  });
});

describe('buildSeries for cumulative indicators', () => {
  const cumulative = indicator({ aggregation: 'cumulative', baseline: 44, target: 57 });

  it('adds yearly increments onto the baseline: 44 + 3 = 47, + 4 = 51', () => {
    const rows = [
      actual('2021', 3, { measure: 'increment' }),
      actual('2022', 4, { measure: 'increment' }),
    ];
    expect(values(cumulative, rows, { start: 44 })).toEqual([
      ['2021', 47],
      ['2022', 51],
    ]);
  });

  it('adds increments onto 0 when there is no baseline', () => {
    const rows = [
      actual('2021', 60, { measure: 'increment' }),
      actual('2022', 70, { measure: 'increment' }),
    ];
    expect(values({ ...cumulative, baseline: null }, rows, { start: 0 })).toEqual([
      ['2021', 60],
      ['2022', 130],
    ]);
  });

  it('takes a running total as it is and adds later increments onto it: 50, then 50 + 5 = 55', () => {
    const rows = [
      actual('2021', 2, { measure: 'increment' }),
      actual('2022', 50),
      actual('2023', 5, { measure: 'increment' }),
    ];
    expect(values(cumulative, rows, { start: 44 })).toEqual([
      ['2021', 46],
      ['2022', 50],
      ['2023', 55],
    ]);
  });

  it('does not add increments of periods after the as-of date', () => {
    const rows = [
      actual('2021', 3, { measure: 'increment' }),
      actual('2024', 9, { measure: 'increment' }),
    ];
    expect(values(cumulative, rows, { start: 44, asOf: '2024-06-30' })).toEqual([['2021', 47]]);
  });
});

describe('buildSeries for annual indicators', () => {
  it('accepts an increment as the period’s amount', () => {
    const yearly = indicator({ aggregation: 'annual', target: 300 });
    expect(values(yearly, [actual('2023-Q1', 80, { measure: 'increment' })])).toEqual([
      ['2023-Q1', 80],
    ]);
  });
});
