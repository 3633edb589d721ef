import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/model/indicator.ts';
import { parsePeriod } from '../../../shared/parse/period.ts';
import { forecastFor, leastSquares } from '../../../shared/evaluate/forecast.ts';
import type { PlanFigures } from '../../../shared/evaluate/plan-figures.ts';
import type { SeriesPoint } from '../../../shared/evaluate/series.ts';
import { indicator, line } from './factory.ts';

function points(series: [string, number][]): SeriesPoint[] {
  return series.map(([period, value]) => {
    const p = parsePeriod(period);
    if (p === null) throw new Error(period);
    return { period: p, value, computed: null, official: null, inconsistent: false };
  });
}

function figures(over: Partial<PlanFigures> = {}): PlanFigures {
  return {
    baselineYear: 2020,
    targetYear: 2025,
    baseline: 9.9,
    baselineMissing: false,
    target: 15,
    ...over,
  };
}

describe('leastSquares', () => {
  it('fits a straight line through points on it', () => {
    const fit = leastSquares([
      { x: 1, y: 3 },
      { x: 2, y: 5 },
      { x: 3, y: 7 },
    ]);
    expect(fit?.slope).toBeCloseTo(2, 12);
    expect(fit?.intercept).toBeCloseTo(1, 12);
  });

  it('fits the mean slope through scattered points', () => {
    // x̄ = 2, ȳ = 2; Sxy = (−1)(−1) + 0·1 + 1·0 = 1, Sxx = 2 → slope 0.5, intercept 2 − 0.5·2 = 1
    const fit = leastSquares([
      { x: 1, y: 1 },
      { x: 2, y: 3 },
      { x: 3, y: 2 },
    ]);
    expect(fit?.slope).toBeCloseTo(0.5, 12);
    expect(fit?.intercept).toBeCloseTo(1, 12);
  });

  it.each([
    [[{ x: 1, y: 1 }]],
    [
      [
        { x: 2, y: 1 },
        { x: 2, y: 3 },
      ],
    ],
  ])('needs two distinct x values: %j', (xy) => {
    expect(leastSquares(xy)).toBeNull();
  });
});

describe('forecastFor', () => {
  it('projects baseline 9.9 (2020) and 12 (2023) to 13.4 in 2025 and misses 15', () => {
    // slope (12 − 9.9)/3 = 0.7 a year → 12 + 2·0.7 = 13.4
    const f = forecastFor(indicator(), figures(), points([['2023', 12]]));
    expect(f?.value).toBeCloseTo(13.4, 9);
    expect(f?.target).toBe(15);
    expect(f?.misses).toBe(true);
  });

  it('projects a fast trend past the target without a miss', () => {
    // 9.9 (2020) → 11.9 (2021) → 13.9 (2022): 2 a year → 13.9 + 3·2 = 19.9 in 2025
    const f = forecastFor(
      indicator(),
      figures(),
      points([
        ['2021', 11.9],
        ['2022', 13.9],
      ]),
    );
    expect(f?.value).toBeCloseTo(19.9, 9);
    expect(f?.misses).toBe(false);
  });

  it('uses one point per year: the year’s latest period at its own end', () => {
    // 2021-Q2 is superseded by 2021-Q4; points 9.9 (2020), 10.9 (2021), 11.9 (2022): 1 a year → 14.9 in 2025
    const f = forecastFor(
      indicator(),
      figures(),
      points([
        ['2021-Q2', 50],
        ['2021-Q4', 10.9],
        ['2022', 11.9],
      ]),
    );
    expect(f?.value).toBeCloseTo(14.9, 9);
  });

  it('judges a lower-is-better indicator by reaching below its target', () => {
    // 0.5 (2020) → 0.45 (2023): −1/60 a year → 0.41667 in 2025 > 0.36
    const ind = indicator({ direction: 'lower' });
    const f = forecastFor(ind, figures({ baseline: 0.5, target: 0.36 }), points([['2023', 0.45]]));
    expect(f?.value).toBeCloseTo(0.4166667, 6);
    expect(f?.misses).toBe(true);
  });

  it('respects a strict target line when the projection lands on it', () => {
    // 10 (2020) → 12 (2021): 2 a year → 20 in 2025; 高于20 is not reached by 20
    const ind = indicator({ targetLine: line('gt', 20) });
    const f = forecastFor(ind, figures({ baseline: 10, target: 20 }), points([['2021', 12]]));
    expect(f?.value).toBeCloseTo(20, 9);
    expect(f?.misses).toBe(true);
  });

  it('counts a cumulative indicator without baseline from 0', () => {
    // 0 (2020) → 60 (2021) → 120 (2022): 60 a year → 300 in 2025, target 300 reached
    const ind = indicator({ aggregation: 'cumulative', baseline: null, target: 300 });
    const f = forecastFor(
      ind,
      figures({ baseline: 0, baselineMissing: true, target: 300 }),
      points([
        ['2021', 60],
        ['2022', 120],
      ]),
    );
    expect(f?.value).toBeCloseTo(300, 9);
    expect(f?.misses).toBe(false);
  });

  it('fits growth on logarithms, so a series growing exactly at the rate does not miss', () => {
    // 100 · 1.08^k for k = 1..3 → 100 · 1.08^5 = 146.93 in 2025
    const ind = indicator({ aggregation: 'growth', target: 8 });
    const f = forecastFor(
      ind,
      figures({ baseline: 100 }),
      points([
        ['2021', 108],
        ['2022', 116.64],
        ['2023', 125.9712],
      ]),
    );
    expect(f?.value).toBeCloseTo(146.9328, 3);
    expect(f?.target).toBeCloseTo(146.9328, 3);
    expect(f?.misses).toBe(false);
  });

  it('flags growth that is too slow', () => {
    // 100 → 105 in 2021: 5 %/yr → 127.6 in 2025 < 146.9
    const ind = indicator({ aggregation: 'growth', target: 8 });
    const f = forecastFor(ind, figures({ baseline: 100 }), points([['2021', 105]]));
    expect(f?.value).toBeCloseTo(100 * 1.05 ** 5, 6);
    expect(f?.misses).toBe(true);
  });

  it.each<[string, Partial<Indicator>, Partial<PlanFigures>, [string, number][]]>([
    ['a threshold indicator', { aggregation: 'threshold' }, {}, [['2023', 12]]],
    ['an annual indicator', { aggregation: 'annual' }, {}, [['2023', 12]]],
    ['a single point without baseline', { baseline: null }, { baseline: null }, [['2023', 12]]],
    ['no target', {}, { target: null }, [['2023', 12]]],
    ['a band without band line', { direction: 'band' }, {}, [['2023', 12]]],
    ['a plan period already over', {}, {}, [['2025', 12]]],
    ['no points', {}, {}, []],
  ])('makes no forecast for %s', (_name, over, fig, series) => {
    expect(forecastFor(indicator(over), figures(fig), points(series))).toBeNull();
  });
});
