import { describe, expect, it } from 'vitest';
import type { Actual } from '../../../shared/model/actual.ts';
import type { Evaluation, Finding, StatusRow } from '../../../shared/model/finding.ts';
import type { Indicator } from '../../../shared/model/indicator.ts';
import type { Milestone } from '../../../shared/model/milestone.ts';
import type { Settings } from '../../../shared/model/settings.ts';
import type { Rule } from '../../../shared/model/status.ts';
import { evaluate } from '../../../shared/evaluate/evaluate.ts';
import { actual, indicator, line, milestone, settings } from './factory.ts';

interface Case {
  indicators?: Indicator[];
  ind?: Partial<Indicator>;
  actuals: Actual[];
  milestones?: Milestone[];
  settings?: Partial<Settings>;
  asOf?: string;
}

function run(c: Case): Evaluation {
  return evaluate({
    indicators: c.indicators ?? [indicator(c.ind)],
    milestones: c.milestones ?? [],
    actuals: c.actuals,
    settings: settings(c.settings),
    asOf: c.asOf ?? '2024-02-15',
  });
}

function row(e: Evaluation, region = '湖州市'): StatusRow {
  const r = e.statuses.find((s) => s.region === region);
  if (r === undefined) throw new Error(`no status row for ${region}`);
  return r;
}

function found(e: Evaluation, rule: Rule): Finding | undefined {
  return e.findings.find((f) => f.rule === rule);
}

/** 万台特种设备事故率, 低于0.36, computed from accidents / units · 10000. */
const accidentRate: Partial<Indicator> = {
  id: 'S1',
  category: '市场安全',
  name: '万台特种设备事故率',
  unit: '',
  direction: 'lower',
  aggregation: 'threshold',
  baseline: null,
  target: null,
  limit: line('lt', 0.36, '低于0.36'),
  formula: 'accidents / units * 10000',
};

function accidents(
  period: string,
  count: number,
  units: number,
  over: Partial<Actual> = {},
): Actual[] {
  return [
    actual(period, count, { id: 'S1', measure: 'accidents', ...over }),
    actual(period, units, { id: 'S1', measure: 'units' }),
  ];
}

describe('evaluate: pace statuses of a level indicator (B 9.9 in 2020 → T 15 in 2025, 2023 figure, as of 2024-02-15)', () => {
  it.each([
    // c = (15.2 − 9.9)/5.1 = 103.9 %: reached T
    [15.2, 'achieved', 'info', 'info', 103.9, 60, -43.9],
    // c = (13 − 9.9)/5.1 = 60.8 %, e = 60 %, g = −0.8 pp
    [13, 'on_track', 'info', 'info', 60.8, 60, -0.8],
    // c = (12.5 − 9.9)/5.1 = 51.0 %, g = 9.0 pp
    [12.5, 'behind', 'warning', 'info', 51, 60, 9],
    // c = (12 − 9.9)/5.1 = 41.2 %, g = 18.8 pp
    [12, 'at_risk', 'critical', 'warning', 41.2, 60, 18.8],
  ] as const)(
    'actual %d is %s (binding %s, expected %s), c %d %%, e %d %%, g %d pp',
    (a, status, binding, expected, c, e, g) => {
      const b = row(run({ actuals: [actual('2023', a)] }));
      expect(b).toMatchObject({
        status,
        severity: binding,
        completion: c,
        elapsed: e,
        gap: g,
        actual: a,
        target: 15,
        period: '2023',
      });
      expect(b.expected).toBeCloseTo(12.96, 9);
      expect(row(run({ ind: { kind: 'expected' }, actuals: [actual('2023', a)] })).severity).toBe(
        expected,
      );
    },
  );

  it.each([
    [12.5, 'behind', 'warning'],
    [12, 'at_risk', 'critical'],
  ] as const)(
    'raises a pace finding for %d: %s (%s on a binding indicator)',
    (a, status, severity) => {
      const f = found(run({ actuals: [actual('2023', a)] }), 'pace');
      expect(f).toMatchObject({
        id: 'K1',
        region: '湖州市',
        status,
        severity,
        period: '2023',
        target: 15,
      });
    },
  );

  it('words the pace finding with indicator, region, period and figures in both languages', () => {
    const f = found(run({ actuals: [actual('2023', 12)] }), 'pace');
    expect(f?.message.zh).toBe(
      '每万人高价值发明专利拥有量 湖州市 2023年 严重滞后于序时进度：实际 12件，应达 12.96件，完成 41.2%，时间进度 60%，相差 18.8 个百分点',
    );
    expect(f?.message.en).toBe(
      '每万人高价值发明专利拥有量 湖州市 2023: well behind pace — actual 12件, expected 12.96件; 41.2% done at 60% of the time, 18.8 pp behind',
    );
  });

  it.each([13, 15.2])('raises no pace finding for %d', (a) => {
    expect(found(run({ actuals: [actual('2023', a)] }), 'pace')).toBeUndefined();
  });

  it('takes the latest reported period up to the as-of date', () => {
    // 2024 (13.5) ends after 2024-02-15 and is ignored; 2023 (12) counts
    const b = row(run({ actuals: [actual('2022', 11), actual('2023', 12), actual('2024', 13.5)] }));
    expect(b).toMatchObject({ period: '2023', actual: 12, status: 'at_risk' });
  });

  it('lets a milestone override the expected value: 12 against milestone 12 is on track', () => {
    const b = row(run({ actuals: [actual('2023', 12)], milestones: [milestone('2023', 12)] }));
    expect(b).toMatchObject({ status: 'on_track', expected: 12, gap: 0, elapsed: 60 });
  });

  it('uses the behind band from Settings: 18.8 pp is behind with a 20 pp band', () => {
    expect(row(run({ actuals: [actual('2023', 12)], settings: { behindMaxPp: 20 } })).status).toBe(
      'behind',
    );
  });
});

describe('evaluate: lines', () => {
  it('computes 9 accidents / 250000 units · 10000 = 0.36 and reports 低于0.36 as breached', () => {
    const e = run({ ind: accidentRate, actuals: accidents('2023', 9, 250_000) });
    expect(row(e)).toMatchObject({ status: 'breached', severity: 'critical', target: 0.36 });
    expect(row(e).actual).toBeCloseTo(0.36, 12);
    const f = found(e, 'line');
    expect(f).toMatchObject({
      status: 'breached',
      severity: 'critical',
      target: 0.36,
      period: '2023',
    });
    expect(f?.message).toEqual({
      zh: '万台特种设备事故率 湖州市 2023年 0.36 ≥ 底线 0.36',
      en: '万台特种设备事故率 湖州市 2023: 0.36 ≥ limit 0.36',
    });
  });

  it('words a breach of 0.41 in 2024 as 万台特种设备事故率 湖州市 2024年 0.41 ≥ 底线 0.36', () => {
    // 41 / 1000000 · 10000 = 0.41
    const e = run({
      ind: accidentRate,
      actuals: accidents('2024', 41, 1_000_000),
      asOf: '2025-01-15',
    });
    expect(found(e, 'line')?.message.zh).toBe('万台特种设备事故率 湖州市 2024年 0.41 ≥ 底线 0.36');
  });

  it.each<[string, Partial<Indicator>, number, string]>([
    ['0.35 holds 低于0.36 (threshold → on_track)', {}, 0.35, 'on_track'],
    [
      '0.36 holds 0.36以下, which is inclusive',
      { limit: line('lte', 0.36, '0.36以下') },
      0.36,
      'on_track',
    ],
    ['0.32 past the 0.30 warning line is near_limit', { warning: 0.3 }, 0.32, 'near_limit'],
    ['0.29 before the 0.30 warning line holds', { warning: 0.3 }, 0.29, 'on_track'],
  ])('%s', (_name, over, value, status) => {
    const e = run({
      ind: { ...accidentRate, formula: null, ...over },
      actuals: [actual('2023', value, { id: 'S1' })],
    });
    expect(row(e).status).toBe(status);
  });

  it('raises near_limit as a warning naming the warning line', () => {
    const e = run({
      ind: { ...accidentRate, formula: null, warning: 0.3 },
      actuals: [actual('2023', 0.32, { id: 'S1' })],
    });
    expect(found(e, 'line')).toMatchObject({ status: 'near_limit', severity: 'warning' });
    expect(found(e, 'line')?.message.zh).toBe(
      '万台特种设备事故率 湖州市 2023年 0.32 已越过预警线 0.3（底线 0.36）',
    );
  });

  const passRate: Partial<Indicator> = {
    id: 'Q1',
    name: '食品评价性抽检合格率',
    unit: '%',
    aggregation: 'threshold',
    baseline: 98.5,
    target: 98.5,
    targetLine: line('gte', 98.5, '98.5%以上'),
  };

  it.each([
    [98.5, 'on_track'], // 以上 is inclusive: 98.5 holds
    [99.2, 'on_track'],
    [98.4, 'breached'],
  ] as const)('a threshold indicator 98.5%%以上 at %d is %s', (value, status) => {
    expect(row(run({ ind: passRate, actuals: [actual('2023', value, { id: 'Q1' })] })).status).toBe(
      status,
    );
  });

  it('words a lower-line breach with the unit: 98.4% < 底线 98.5%', () => {
    const e = run({ ind: passRate, actuals: [actual('2023', 98.4, { id: 'Q1' })] });
    expect(found(e, 'line')?.message.zh).toBe(
      '食品评价性抽检合格率 湖州市 2023年 98.4% < 底线 98.5%',
    );
  });

  it('shows breached over pace, and still raises the pace finding as its own alert', () => {
    // level 9.9 → 15 with a limit 不低于11: 10.5 breaks it, and is 11.8 % complete at 60 % of the time
    const e = run({ ind: { limit: line('gte', 11, '不低于11') }, actuals: [actual('2023', 10.5)] });
    expect(row(e).status).toBe('breached');
    expect(e.findings.map((f) => [f.rule, f.status])).toEqual(
      expect.arrayContaining([
        ['pace', 'at_risk'],
        ['line', 'breached'],
      ]),
    );
  });

  it('checks a band: 6 is outside 3–5', () => {
    const e = run({
      ind: {
        aggregation: 'threshold',
        direction: 'band',
        baseline: null,
        target: null,
        unit: '',
        limit: line('between', 3, '3~5', 5),
      },
      actuals: [actual('2023', 6)],
    });
    expect(row(e).status).toBe('breached');
    expect(found(e, 'line')?.message.zh).toBe(
      '每万人高价值发明专利拥有量 湖州市 2023年 6 超出区间 3–5',
    );
  });
});

describe('evaluate: aggregations', () => {
  it('adds cumulative increments onto the baseline: 44 + 2 + 3 = 49 of 44 → 57 in 2022, c 38.5 %, e 40 %', () => {
    const ind = { aggregation: 'cumulative' as const, baseline: 44, target: 57 };
    const e = run({
      ind,
      actuals: [
        actual('2021', 2, { measure: 'increment' }),
        actual('2022', 3, { measure: 'increment' }),
      ],
      asOf: '2023-02-01',
    });
    // c = (49 − 44)/13 = 38.46 %, e = (2023 − 2021)/5 = 40 %, g = 1.5 pp
    expect(row(e)).toMatchObject({
      actual: 49,
      completion: 38.5,
      elapsed: 40,
      gap: 1.5,
      status: 'behind',
    });
  });

  it('counts a cumulative indicator without baseline from 0: 180 of 300 in 2023 is on track', () => {
    // B = 0: c = 180/300 = 60 %, e = 60 %, g = 0
    const ind = { aggregation: 'cumulative' as const, baseline: null, target: 300 };
    const e = run({ ind, actuals: [actual('2023', 180)] });
    expect(row(e)).toMatchObject({ status: 'on_track', completion: 60, gap: 0 });
    expect(found(e, 'baseline')).toBeUndefined();
  });

  it('measures an annual indicator year-to-date: 80 + 70 + 50 = 200 of 300 at Q3 is behind by 8.3 pp', () => {
    const ind = {
      aggregation: 'annual' as const,
      frequency: 'quarterly' as const,
      baseline: null,
      target: 300,
    };
    const rows = [actual('2023-Q1', 80), actual('2023-Q2', 70), actual('2023-Q3', 50)];
    const e = run({ ind, actuals: rows, asOf: '2023-10-10' });
    // e = 75 %, c = 66.7 %, g = 8.3 pp
    expect(row(e)).toMatchObject({
      status: 'behind',
      actual: 200,
      completion: 66.7,
      elapsed: 75,
      gap: 8.3,
      expected: 225,
      target: 300,
    });
    expect(found(e, 'forecast')).toBeUndefined();
  });

  it('marks an annual indicator achieved once the year-to-date reaches the year’s target', () => {
    const ind = {
      aggregation: 'annual' as const,
      frequency: 'quarterly' as const,
      baseline: null,
      target: 300,
    };
    const rows = [actual('2023-Q1', 200), actual('2023-Q2', 120)];
    expect(row(run({ ind, actuals: rows, asOf: '2023-07-20' })).status).toBe('achieved');
  });

  it('measures growth against the rate: 100 → 120 in 3 years is 6.3 %/yr of 8 %, at risk', () => {
    // (120/100)^(1/3) − 1 = 6.27 %; c = 78.3 %; e = 100 %; g = 21.7 pp
    const ind = { aggregation: 'growth' as const, baseline: 100, target: 8, unit: '亿元' };
    const e = run({ ind, actuals: [actual('2023', 120)] });
    expect(row(e)).toMatchObject({
      status: 'at_risk',
      completion: 78.3,
      elapsed: 100,
      gap: 21.7,
      target: 8,
    });
    expect(found(e, 'pace')?.message.zh).toBe(
      '每万人高价值发明专利拥有量 湖州市 2023年 年均增长 6.3%，远低于目标 8%（完成 78.3%，相差 21.7 个百分点）',
    );
  });

  it('shows growth at the rate as on track: 100 · 1.08³ = 125.9712 in 2023', () => {
    const ind = { aggregation: 'growth' as const, baseline: 100, target: 8 };
    expect(row(run({ ind, actuals: [actual('2023', 125.9712)] })).status).toBe('on_track');
  });
});

describe('evaluate: no_baseline', () => {
  it('shows no_baseline and raises an info finding when pace cannot be computed and no line applies', () => {
    const e = run({ ind: { baseline: null }, actuals: [actual('2023', 12)] });
    expect(row(e)).toMatchObject({
      status: 'no_baseline',
      severity: 'info',
      completion: null,
      gap: null,
      actual: 12,
    });
    const f = found(e, 'baseline');
    expect(f).toMatchObject({
      status: 'no_baseline',
      severity: 'info',
      period: '2023',
      actual: 12,
      target: 15,
    });
    expect(f?.message.zh).toBe(
      '每万人高价值发明专利拥有量 湖州市 2023年 无基期值，无法计算序时进度，仅检查底线和最终目标（实际 12件，目标 15件）',
    );
  });

  it('still checks the final target without a baseline: 15.5 of 15 is achieved', () => {
    expect(row(run({ ind: { baseline: null }, actuals: [actual('2023', 15.5)] })).status).toBe(
      'achieved',
    );
  });

  it('shows a holding limit as on track without a baseline', () => {
    const e = run({
      ind: { baseline: null, limit: line('gte', 5, '不低于5') },
      actuals: [actual('2023', 12)],
    });
    expect(row(e).status).toBe('on_track');
    expect(found(e, 'baseline')?.status).toBe('no_baseline');
  });
});

describe('evaluate: no_data', () => {
  it('shows no_data for an indicator × region without any actual, and names the latest overdue period', () => {
    const e = run({ actuals: [] });
    expect(row(e)).toMatchObject({
      status: 'no_data',
      severity: 'warning',
      period: '',
      actual: null,
      completion: null,
      target: 15,
    });
    const f = found(e, 'missing');
    // as of 2024-02-15, 2023 was due 2024-01-30
    expect(f).toMatchObject({ status: 'no_data', severity: 'warning', period: '2023' });
    expect(f?.message).toEqual({
      zh: '每万人高价值发明专利拥有量 湖州市 规划以来未报送任何实绩（2023年应于 2024-01-30 前报送）',
      en: '每万人高价值发明专利拥有量 湖州市: nothing reported since the plan began (2023 was due by 2024-01-30)',
    });
    expect(e.findings.filter((x) => x.rule === 'missing')).toHaveLength(1);
  });

  it('with figures for 2023 only, as of 2024-06-30: no no_data for 2021 or 2022, which are gaps on the Status row', () => {
    const e = run({ actuals: [actual('2023', 12)], asOf: '2024-06-30' });
    expect(found(e, 'missing')).toBeUndefined();
    expect(row(e).gaps).toEqual(['2021', '2022']);
  });

  it('as of 2025-02-15, 2024 is overdue: one no_data for 2024 naming 2023 as the latest reported', () => {
    const e = run({ actuals: [actual('2023', 12)], asOf: '2025-02-15' });
    expect(e.findings.filter((x) => x.rule === 'missing')).toHaveLength(1);
    expect(found(e, 'missing')?.period).toBe('2024');
    expect(found(e, 'missing')?.message.zh).toBe(
      '每万人高价值发明专利拥有量 湖州市 2024年未报送（应于 2025-01-30 前报送；最近一次为 2023年）',
    );
  });

  it('gives each Status row the figure it waits for: the overdue one, else the next due, in working days when asked', () => {
    const waiting = (asOf: string, settings: Partial<Settings> = {}) =>
      row(run({ actuals: [actual('2023', 12)], asOf, settings })).due;
    // 2024 ends 2024-12-31 and is due 30 days later.
    expect(waiting('2024-06-30')).toEqual({
      period: '2024',
      date: '2025-01-30',
      overdue: false,
      estimated: false,
    });
    expect(waiting('2025-02-15')).toMatchObject({ period: '2024', overdue: true });
    // 30 working days after 2024-12-31: 元旦 and the Spring Festival week skipped, the make-up
    // Sunday 2025-01-26 and Saturday 2025-02-08 counted.
    const workdays = waiting('2024-06-30', { dueCalendar: 'workdays' });
    expect(workdays?.date).toBe('2025-02-18');
    // The plan's last period reported: nothing is awaited.
    expect(row(run({ actuals: [actual('2025', 15)], asOf: '2026-03-01' })).due).toBeNull();
  });

  it('makes statuses and alerts only for the regions written when the plan names no region', () => {
    const e = run({
      actuals: [actual('2023', 12, { region: '陕西省' })],
      settings: { planRegion: '' },
    });
    expect(e.statuses.map((s) => s.region)).toEqual(['陕西省']);
    expect([...new Set(e.findings.map((f) => f.region))]).toEqual(['陕西省']);
  });

  it('shows actuals with no region as 本级 Plan level when the plan names no region', () => {
    const e = run({ actuals: [actual('2023', 12, { region: '' })], settings: { planRegion: '' } });
    expect(e.statuses.map((s) => s.region)).toEqual(['本级 Plan level']);
  });

  it.each([
    ['2024-01-29', '2022'], // 2023 is due 2024-01-30; 2022 was due 2023-01-30
    ['2024-01-30', '2023'],
    ['2024-01-31', '2023'],
  ])(
    'as of %s, with only 2021 reported, the latest due period %s is the one missing',
    (asOf, period) => {
      const e = run({ actuals: [actual('2021', 10)], asOf });
      expect(found(e, 'missing')?.period).toBe(period);
    },
  );

  it('still finds overdue actuals of an indicator with only a limit and no target year', () => {
    // target year 0 → checked up to the as-of year 2024; 2023 was due 2024-01-30
    const e = run({ ind: { ...accidentRate, targetYear: 0, baselineYear: null }, actuals: [] });
    expect(found(e, 'missing')?.period).toBe('2023');
  });

  it('raises no no_data finding when every due period was reported', () => {
    const e = run({ actuals: [actual('2021', 10), actual('2022', 11), actual('2023', 12.96)] });
    expect(found(e, 'missing')).toBeUndefined();
  });

  it('keeps the status of the latest reported period while a later one is missing', () => {
    const e = run({ actuals: [actual('2021', 11)] });
    expect(row(e)).toMatchObject({ status: 'on_track', period: '2021' });
    expect(found(e, 'missing')?.period).toBe('2023');
  });
});

describe('evaluate: forecast_miss', () => {
  it('projects 9.9 (2020) and 12 (2023) to 13.4 in 2025, missing 15: critical on a binding indicator', () => {
    const e = run({ actuals: [actual('2023', 12)] });
    expect(row(e).forecast).toBeCloseTo(13.4, 9);
    const f = found(e, 'forecast');
    expect(f).toMatchObject({
      status: 'forecast_miss',
      severity: 'critical',
      target: 15,
      actual: 12,
    });
    expect(f?.expected).toBeCloseTo(13.4, 9);
    expect(f?.message.zh).toBe(
      '每万人高价值发明专利拥有量 湖州市 按截至2023年的趋势，预计2025年为 13.4件，难以达到目标 15件',
    );
  });

  it('is a warning on an expected indicator', () => {
    expect(
      found(run({ ind: { kind: 'expected' }, actuals: [actual('2023', 12)] }), 'forecast')
        ?.severity,
    ).toBe('warning');
  });

  it('is not raised when the trend reaches the target', () => {
    expect(found(run({ actuals: [actual('2023', 13.5)] }), 'forecast')).toBeUndefined();
  });
});

describe('evaluate: inconsistent', () => {
  it('keeps the published 0.36 over the computed 0.4 for status and raises an info finding', () => {
    // 10 / 250000 · 10000 = 0.4 ≥ 0.36 would be breached; the published 0.35 holds the line
    const e = run({
      ind: accidentRate,
      actuals: accidents('2023', 10, 250_000, { officialValue: 0.35 }),
    });
    expect(row(e)).toMatchObject({ status: 'on_track', actual: 0.35 });
    const f = found(e, 'consistency');
    expect(f).toMatchObject({
      status: 'inconsistent',
      severity: 'info',
      actual: 0.35,
      period: '2023',
    });
    expect(f?.expected).toBeCloseTo(0.4, 12);
    expect(f?.message.zh).toBe(
      '万台特种设备事故率 湖州市 2023年 按公式 accidents / units * 10000 计算为 0.4，与公布值 0.35 不一致，按公布值判断',
    );
    expect(found(e, 'line')).toBeUndefined();
  });

  it('raises nothing when the published figure agrees within rounding', () => {
    // 8.9 / 250000 · 10000 = 0.356 against 0.36 ± 0.005
    const e = run({
      ind: accidentRate,
      actuals: accidents('2023', 8.9, 250_000, { officialValue: 0.36 }),
    });
    expect(found(e, 'consistency')).toBeUndefined();
  });
});

describe('evaluate: consecutive periods', () => {
  it.each([
    // 2022: 10.5 → c = 11.8 %, e = 40 %: at risk; 2023: 12 at risk → two in a row
    ['two periods behind in a row', [actual('2022', 10.5), actual('2023', 12)], 'findings'],
    // 2022: 11.5 → c = 31.4 %, g = 8.6 pp behind; 2023 at risk → still two in a row
    ['behind then at risk', [actual('2022', 11.5), actual('2023', 12)], 'findings'],
    // 2022: 12 → c = 41.2 % ≥ 40 %: on track; only 2023 is at risk
    ['on track then at risk', [actual('2022', 12), actual('2023', 12)], 'holding'],
    ['a single reported period', [actual('2023', 12)], 'holding'],
  ] as const)(
    'with 2 consecutive periods required, %s puts the pace finding in %s',
    (_name, rows, where) => {
      const e = run({ actuals: [...rows], settings: { consecutivePeriods: 2 } });
      const inFindings = e.findings.some((f) => f.rule === 'pace');
      const inHolding = e.holding.some((f) => f.rule === 'pace');
      expect([inFindings, inHolding]).toEqual(where === 'findings' ? [true, false] : [false, true]);
      expect(row(e).status).toBe('at_risk');
    },
  );

  it('needs the line crossed in each of the last 2 periods before it fires', () => {
    const ind = { ...accidentRate, formula: null };
    const once = run({
      ind,
      actuals: [actual('2022', 0.3, { id: 'S1' }), actual('2023', 0.4, { id: 'S1' })],
      settings: { consecutivePeriods: 2 },
    });
    expect(found(once, 'line')).toBeUndefined();
    expect(once.holding.map((f) => [f.rule, f.status])).toEqual([['line', 'breached']]);
    const twice = run({
      ind,
      actuals: [actual('2022', 0.38, { id: 'S1' }), actual('2023', 0.4, { id: 'S1' })],
      settings: { consecutivePeriods: 2 },
    });
    expect(found(twice, 'line')?.status).toBe('breached');
  });
});

describe('evaluate: recovery line (hysteresis)', () => {
  const ind = { ...accidentRate, formula: null, recovery: 0.3 };

  it('marks a firing breach as not past recovery', () => {
    const e = run({ ind, actuals: [actual('2023', 0.4, { id: 'S1' })] });
    expect(found(e, 'line')).toMatchObject({ status: 'breached', pastRecovery: false });
  });

  it('holds the line finding while the value is back under 0.36 but not under 0.30', () => {
    const e = run({
      ind,
      actuals: [actual('2022', 0.41, { id: 'S1' }), actual('2023', 0.33, { id: 'S1' })],
    });
    expect(found(e, 'line')).toBeUndefined();
    expect(e.holding).toHaveLength(1);
    expect(e.holding[0]).toMatchObject({
      rule: 'line',
      status: 'breached',
      severity: 'critical',
      pastRecovery: false,
      actual: 0.33,
    });
    expect(e.holding[0]?.message.zh).toBe(
      '万台特种设备事故率 湖州市 2023年 0.33 已回到底线 0.36 以内，但尚未越过恢复线 0.3',
    );
    expect(row(e).status).toBe('on_track');
  });

  it('holds nothing once the value is past the recovery line', () => {
    const e = run({
      ind,
      actuals: [actual('2022', 0.41, { id: 'S1' }), actual('2023', 0.29, { id: 'S1' })],
    });
    expect(e.holding).toEqual([]);
    expect(found(e, 'line')).toBeUndefined();
  });

  it('has no line findings without a recovery line once the value holds', () => {
    const e = run({
      ind: { ...ind, recovery: null },
      actuals: [actual('2022', 0.41, { id: 'S1' }), actual('2023', 0.33, { id: 'S1' })],
    });
    expect([...e.findings, ...e.holding].filter((f) => f.rule === 'line')).toEqual([]);
  });
});

describe('evaluate: regions and output', () => {
  it('evaluates each region of an indicator, the plan region first; empty regions are the plan region', () => {
    const e = run({
      actuals: [actual('2023', 12), actual('2023', 14, { region: '吴兴区' })],
      milestones: [milestone('2023', 5, { region: '南浔区' })],
    });
    expect(e.statuses.map((s) => [s.region, s.status])).toEqual([
      ['湖州市', 'at_risk'],
      ['吴兴区', 'on_track'],
      ['南浔区', 'no_data'],
    ]);
  });

  it('returns the as-of date and one status row per indicator × region, in table order', () => {
    const e = run({
      indicators: [indicator({ id: 'A' }), indicator({ id: 'B' })],
      actuals: [actual('2023', 12, { id: 'B' })],
    });
    expect(e.asOf).toBe('2024-02-15');
    expect(e.statuses.map((s) => [s.id, s.status])).toEqual([
      ['A', 'no_data'],
      ['B', 'at_risk'],
    ]);
  });

  it('copies the indicator’s descriptive fields into its status row', () => {
    const b = row(run({ actuals: [actual('2023', 12)] }));
    expect(b).toMatchObject({
      id: 'K1',
      name: '每万人高价值发明专利拥有量',
      category: '科技支撑',
      kind: 'binding',
      owner: '知识产权科',
      unit: '件',
    });
  });

  it('falls back to typed values when the formula does not parse', () => {
    const e = run({
      ind: { ...accidentRate, formula: 'accidents / / units' },
      actuals: [actual('2023', 0.2, { id: 'S1' })],
    });
    expect(row(e)).toMatchObject({ status: 'on_track', actual: 0.2 });
  });
});
