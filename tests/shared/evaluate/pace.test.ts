import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/model/indicator.ts';
import type { Milestone } from '../../../shared/model/milestone.ts';
import { parsePeriod } from '../../../shared/parse/period.ts';
import { milestoneLookup } from '../../../shared/evaluate/milestone-lookup.ts';
import { elapsedShare, paceAt, paceStatus, type Pace } from '../../../shared/evaluate/pace.ts';
import { planFigures } from '../../../shared/evaluate/plan-figures.ts';
import type { SeriesPoint } from '../../../shared/evaluate/series.ts';
import { indicator, milestone } from './factory.ts';

function point(period: string, value: number): SeriesPoint {
  const p = parsePeriod(period);
  if (p === null) throw new Error(`bad period ${period}`);
  return { period: p, value, computed: null, official: null, inconsistent: false };
}

/** Pace at the last of the given points. */
function paceOf(
  ind: Indicator,
  series: [string, number][],
  milestones: Milestone[] = [],
): Pace | null {
  const lookup = milestoneLookup(milestones, '湖州市');
  const ctx = {
    indicator: ind,
    region: '湖州市',
    figures: planFigures(ind, '湖州市', lookup, 2024),
    milestone: lookup,
  };
  const points = series.map(([p, v]) => point(p, v));
  return paceAt(ctx, points, points.length - 1);
}

describe('elapsedShare', () => {
  it.each([
    // (end position − (y0 + 1)) / (y1 − y0)
    ['2020', 0], // 2021 − 2021 = 0
    ['2021', 0.2], // (2022 − 2021) / 5
    ['2023', 0.6], // (2024 − 2021) / 5
    ['2023-Q3', 0.55], // (2023.75 − 2021) / 5
    ['2022-06', 0.3], // (2022.5 − 2021) / 5
    ['2025', 1],
    ['2027', 1], // after the plan: capped at 100 %
    ['2019', 0], // before the plan: floored at 0
  ])('for baseline 2020 and target 2025, period %s has elapsed %d', (period, e) => {
    const p = parsePeriod(period);
    expect(p).not.toBeNull();
    if (p === null) return;
    expect(elapsedShare(p, 2020, 2025)).toBeCloseTo(e, 12);
  });
});

describe('paceStatus', () => {
  it.each([
    [-5, 'on_track'],
    [0, 'on_track'],
    [1e-12, 'on_track'], // float noise at 0
    [0.1, 'behind'],
    [10, 'behind'], // 0 < g ≤ 10 pp
    [10.000000000000002, 'behind'], // 30/300·100 in floating point
    [10.1, 'at_risk'],
  ] as const)('a gap of %d pp is %s with the default 10 pp band', (gap, status) => {
    expect(paceStatus(gap, 10)).toBe(status);
  });
});

describe('paceAt for level and cumulative indicators', () => {
  const base = indicator(); // B 9.9 (2020) → T 15 (2025), higher
  it.each<[string, [string, number][], number, number, number, number]>([
    // e = 60 %, c = (12 − 9.9)/(15 − 9.9) = 41.18 %, g = 18.82 pp, E = 9.9 + 5.1·0.6 = 12.96
    ['12 in 2023', [['2023', 12]], 0.6, 0.4117647, 18.8235294, 12.96],
    // c = 2.6/5.1 = 50.98 %, g = 9.02 pp
    ['12.5 in 2023', [['2023', 12.5]], 0.6, 0.5098039, 9.0196078, 12.96],
    // exactly on the straight path: c = 60 %, g = 0
    ['12.96 in 2023', [['2023', 12.96]], 0.6, 0.6, 0, 12.96],
    // e = 20 %, c = 1.1/5.1 = 21.57 %, g = −1.57 pp
    ['11 in 2021', [['2021', 11]], 0.2, 0.2156863, -1.5686275, 10.92],
    // 2023-Q3: e = 2.75/5 = 55 %, c = 41.18 %, g = 13.82 pp, E = 9.9 + 5.1·0.55 = 12.705
    ['12 in 2023-Q3', [['2023-Q3', 12]], 0.55, 0.4117647, 13.8235294, 12.705],
    // the latest point counts: 2022 then 2023
    [
      '10 in 2022 then 12 in 2023',
      [
        ['2022', 10],
        ['2023', 12],
      ],
      0.6,
      0.4117647,
      18.8235294,
      12.96,
    ],
  ])('for baseline 9.9 → target 15, %s gives e, c, g and E', (_name, series, e, c, g, expected) => {
    const pace = paceOf(base, series);
    expect(pace?.unavailable).toBeNull();
    expect(pace?.elapsed).toBeCloseTo(e, 6);
    expect(pace?.completion).toBeCloseTo(c, 6);
    expect(pace?.gap).toBeCloseTo(g, 6);
    expect(pace?.expected).toBeCloseTo(expected, 6);
  });

  it('measures a lower-is-better indicator towards its lower target', () => {
    // B 0.5 → T 0.36; 0.45 in 2023: c = (0.45 − 0.5)/(0.36 − 0.5) = 35.71 %, e = 60 %, g = 24.29 pp
    const pace = paceOf(indicator({ direction: 'lower', baseline: 0.5, target: 0.36 }), [
      ['2023', 0.45],
    ]);
    expect(pace?.completion).toBeCloseTo(0.3571429, 6);
    expect(pace?.gap).toBeCloseTo(24.2857143, 6);
  });

  it('uses the milestone for the period as expected value and measures the gap against it', () => {
    // milestone 2023 = 12: E = 12, g = (12 − 12)/5.1 = 0 although time says 60 %
    const pace = paceOf(base, [['2023', 12]], [milestone('2023', 12)]);
    expect(pace?.expected).toBe(12);
    expect(pace?.gap).toBeCloseTo(0, 9);
    expect(pace?.elapsed).toBeCloseTo(0.6, 9);
  });

  it('measures against a region target set by a milestone at the target year', () => {
    // milestone 2025 = 20.1 for 湖州市: c = (12 − 9.9)/(20.1 − 9.9) = 20.59 %
    const pace = paceOf(base, [['2023', 12]], [milestone('2025', 20.1, { region: '湖州市' })]);
    expect(pace?.completion).toBeCloseTo(2.1 / 10.2, 9);
  });

  it('counts a cumulative indicator without baseline from 0', () => {
    // T 300, running total 150 in 2023: B = 0, c = 50 %, e = 60 %, g = 10 pp
    const pace = paceOf(indicator({ aggregation: 'cumulative', baseline: null, target: 300 }), [
      ['2023', 150],
    ]);
    expect(pace?.unavailable).toBeNull();
    expect(pace?.completion).toBeCloseTo(0.5, 9);
    expect(pace?.gap).toBeCloseTo(10, 9);
  });

  it.each<[string, Partial<Indicator>, string]>([
    ['no baseline on a level indicator', { baseline: null }, 'no_baseline'],
    ['no target', { target: null }, 'no_target'],
    ['a target equal to the baseline', { baseline: 15, target: 15 }, 'flat_target'],
  ])('reports pace unavailable for %s', (_name, over, reason) => {
    const pace = paceOf(indicator(over), [['2023', 12]]);
    expect(pace?.unavailable).toBe(reason);
    expect(pace?.gap).toBeNull();
    expect(pace?.completion).toBeNull();
    expect(pace?.actual).toBe(12);
  });

  it('has no pace for a threshold indicator', () => {
    expect(paceOf(indicator({ aggregation: 'threshold' }), [['2023', 12]])).toBeNull();
  });
});

describe('paceAt for annual indicators (year-to-date against the year)', () => {
  const yearly = indicator({
    aggregation: 'annual',
    baseline: null,
    target: 300,
    frequency: 'quarterly',
  });
  it.each<[string, [string, number][], Milestone[], number, number, number, number]>([
    // YTD 80 + 70 + 50 = 200 at Q3: e = 75 %, c = 200/300 = 66.7 %, g = 8.3 pp, E = 225
    [
      'quarterly amounts summed to Q3',
      [
        ['2023-Q1', 80],
        ['2023-Q2', 70],
        ['2023-Q3', 50],
      ],
      [],
      200,
      0.75,
      0.6666667,
      8.3333333,
    ],
    // the previous year does not count: YTD 60 at Q1, e = 25 %, c = 20 %, g = 5 pp
    [
      'a new year starting from zero',
      [
        ['2022-Q4', 300],
        ['2023-Q1', 60],
      ],
      [],
      60,
      0.25,
      0.2,
      5,
    ],
    // the year's milestone 400 overrides 300: c = 200/400 = 50 %, E = 300, g = 25 pp
    [
      'a milestone for the year',
      [
        ['2023-Q1', 80],
        ['2023-Q2', 70],
        ['2023-Q3', 50],
      ],
      [milestone('2023', 400)],
      200,
      0.75,
      0.5,
      25,
    ],
    // a milestone for the quarter sets E = 180: g = (180 − 200)/300 = −6.7 pp
    [
      'a milestone for the quarter',
      [
        ['2023-Q1', 80],
        ['2023-Q2', 70],
        ['2023-Q3', 50],
      ],
      [milestone('2023-Q3', 180)],
      200,
      0.75,
      0.6666667,
      -6.6666667,
    ],
    // a whole-year figure: e = 100 %, c = 310/300, g = −3.3 pp
    ['a yearly figure', [['2023', 310]], [], 310, 1, 1.0333333, -3.3333333],
  ])('%s', (_name, series, milestones, ytd, e, c, g) => {
    const pace = paceOf(yearly, series, milestones);
    expect(pace?.actual).toBeCloseTo(ytd, 9);
    expect(pace?.elapsed).toBeCloseTo(e, 9);
    expect(pace?.completion).toBeCloseTo(c, 6);
    expect(pace?.gap).toBeCloseTo(g, 6);
  });

  it('treats spending faster than time as behind for a yearly cap', () => {
    // cap 300, YTD 270 at Q2: E = 150, g = −(150 − 270)/300 = +40 pp
    const pace = paceOf({ ...yearly, direction: 'lower' }, [
      ['2023-Q1', 200],
      ['2023-Q2', 70],
    ]);
    expect(pace?.gap).toBeCloseTo(40, 9);
  });

  it('cannot measure a year without a target', () => {
    expect(paceOf({ ...yearly, target: null }, [['2023-Q1', 80]])?.unavailable).toBe('no_target');
  });
});

describe('paceAt for growth indicators (compound annual growth against the rate)', () => {
  const growth = indicator({ aggregation: 'growth', baseline: 100, target: 8, unit: '亿元' });
  it.each([
    // (125.9712/100)^(1/3) − 1 = 8 % → c = 100 %, g = 0
    [125.9712, 0.08, 1, 0],
    // (124/100)^(1/3) − 1 = 7.434 % → c = 92.92 %, g = 7.08 pp
    [124, 0.07433707, 0.92921339, 7.07866126],
    // (120/100)^(1/3) − 1 = 6.266 % → c = 78.32 %, g = 21.68 pp
    [120, 0.06265857, 0.78323211, 21.67678852],
    // 0 has lost everything: growth −100 %, c = −1250 %
    [0, -1, -12.5, 1350],
  ])('B 100 in 2020 at 8 %%/yr, %d in 2023 grows %d a year', (a, rate, c, g) => {
    const pace = paceOf(growth, [['2023', a]]);
    expect(pace?.elapsed).toBe(1);
    expect(pace?.growthRate).toBeCloseTo(rate, 7);
    expect(pace?.completion).toBeCloseTo(c, 7);
    expect(pace?.gap).toBeCloseTo(g, 5);
    expect(pace?.target).toBe(8);
  });

  it('gives the compounded value as expected: 100 · 1.08³ = 125.97 in 2023', () => {
    expect(paceOf(growth, [['2023', 120]])?.expected).toBeCloseTo(125.9712, 9);
  });

  it.each<[string, Partial<Indicator>, string, string]>([
    ['no baseline', { baseline: null }, '2023', 'no_baseline'],
    ['a zero baseline', { baseline: 0 }, '2023', 'no_baseline'],
    ['no rate', { target: null }, '2023', 'no_target'],
    ['the baseline year itself', {}, '2020', 'before_plan'],
  ])('reports growth unavailable with %s', (_name, over, period, reason) => {
    expect(paceOf({ ...growth, ...over }, [[period, 110]])?.unavailable).toBe(reason);
  });
});
