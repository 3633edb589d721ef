import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/model/indicator.ts';
import { parsePeriod } from '../../../shared/parse/period.ts';
import { dueDaysOf } from '../../../shared/calendar/due-date.ts';
import {
  dueSchedule,
  dueSchedules,
  latestMissing,
  missingPeriods,
} from '../../../shared/evaluate/missing.ts';
import type { SeriesPoint } from '../../../shared/evaluate/series.ts';
import { evaluate } from '../../../shared/evaluate/evaluate.ts';
import { actual, indicator, settings } from './factory.ts';

function points(periods: string[]): SeriesPoint[] {
  return periods.map((period) => {
    const p = parsePeriod(period);
    if (p === null) throw new Error(period);
    return { period: p, value: 1, computed: null, official: null, inconsistent: false };
  });
}

function latest(ind: Indicator, reported: string[], asOf: string): string | null {
  return (
    latestMissing(
      dueSchedule(ind, { baselineYear: 2020, targetYear: ind.targetYear }, settings(), asOf),
      points(reported),
    )?.period.text ?? null
  );
}

describe('latestMissing at the due-date boundary', () => {
  it.each([
    // annual: 2023 ends 2023-12-31, + 30 days → due 2024-01-30
    ['annual', '2024-01-29', '2022'],
    ['annual', '2024-01-30', '2023'],
    ['annual', '2024-01-31', '2023'],
    // quarterly: 2024-Q1 ends 2024-03-31, + 15 days → due 2024-04-15
    ['quarterly', '2024-04-14', '2023-Q4'],
    ['quarterly', '2024-04-15', '2024-Q1'],
    ['quarterly', '2024-04-16', '2024-Q1'],
    // monthly: 2024-02 ends 2024-02-29 (leap year), + 10 days → due 2024-03-10
    ['monthly', '2024-03-09', '2024-01'],
    ['monthly', '2024-03-10', '2024-02'],
    ['monthly', '2024-03-11', '2024-02'],
  ] as const)(
    'a %s indicator with nothing reported, as of %s, misses %s last',
    (frequency, asOf, period) => {
      expect(latest(indicator({ frequency }), [], asOf)).toBe(period);
    },
  );

  it('uses the indicator’s own due days over the Settings default', () => {
    // 2023 + 60 days → due 2024-02-29
    const ind = indicator({ dueDays: { days: 60, calendar: null } });
    expect(dueDaysOf(ind, settings())).toEqual({ days: 60, calendar: 'natural' });
    expect(latest(ind, [], '2024-02-28')).toBe('2022');
    expect(latest(ind, [], '2024-02-29')).toBe('2023');
  });

  it('takes the due days for the frequency from Settings', () => {
    const s = settings({
      dueDays: {
        annual: { days: 45, calendar: null },
        quarterly: { days: 20, calendar: 'workdays' },
        monthly: { days: 5, calendar: null },
      },
    });
    expect(dueDaysOf(indicator({ frequency: 'quarterly' }), s)).toEqual({
      days: 20,
      calendar: 'workdays',
    });
  });
});

describe('missingPeriods', () => {
  it('lists every overdue period after the baseline year, oldest first', () => {
    const missing = missingPeriods(
      dueSchedule(indicator(), { baselineYear: 2020, targetYear: 2025 }, settings(), '2024-06-01'),
      points(['2022']),
    );
    expect(missing.map((m) => [m.period.text, m.due])).toEqual([
      ['2021', '2022-01-30'],
      ['2023', '2024-01-30'],
    ]);
  });

  it('stops at the target year', () => {
    const missing = missingPeriods(
      dueSchedule(indicator(), { baselineYear: 2020, targetYear: 2025 }, settings(), '2030-01-01'),
      points(['2021', '2022', '2023', '2024']),
    );
    expect(missing.map((m) => m.period.text)).toEqual(['2025']);
  });

  it('is empty when everything due was reported', () => {
    expect(latest(indicator(), ['2021', '2022', '2023'], '2024-06-01')).toBeNull();
  });

  it.each([
    ['2023-12', '2023-Q4'],
    ['2023', '2023-Q4'],
  ])('counts %s as reporting %s, which ends on the same day', (reported, due) => {
    const missing = missingPeriods(
      dueSchedule(
        indicator({ frequency: 'quarterly' }),
        { baselineYear: 2022, targetYear: 2025 },
        settings(),
        '2024-01-20',
      ),
      points([reported]),
    );
    expect(missing.map((m) => m.period.text)).not.toContain(due);
    expect(missing.map((m) => m.period.text)).toContain('2023-Q3');
  });
});

describe('dueSchedules', () => {
  it('gives each indicator the schedule of its own frequency, due period and plan years', () => {
    const s = settings();
    const asOf = '2025-10-20';
    const cases: [Indicator, { baselineYear: number; targetYear: number }][] = [
      [indicator(), { baselineYear: 2020, targetYear: 2025 }],
      [indicator({ frequency: 'monthly' }), { baselineYear: 2020, targetYear: 2025 }],
      [
        indicator({ dueDays: { days: 60, calendar: null } }),
        { baselineYear: 2020, targetYear: 2025 },
      ],
      [
        indicator({ frequency: 'monthly', dueDays: { days: 10, calendar: 'workdays' } }),
        { baselineYear: 2020, targetYear: 2025 },
      ],
      [indicator(), { baselineYear: 2023, targetYear: 2025 }],
      [indicator(), { baselineYear: 2020, targetYear: 2024 }],
    ];
    const scheduleOf = dueSchedules(s, asOf);
    // Twice over: the second round is answered from what the first computed.
    for (const [ind, years] of [...cases, ...cases])
      expect(scheduleOf(ind, years)).toEqual(dueSchedule(ind, years, s, asOf));
  });
});

describe('缺报 in working days', () => {
  const monthly = indicator({
    frequency: 'monthly',
    targetYear: 2031,
    dueDays: { days: 10, calendar: 'workdays' },
  });

  it('holds September 2025 open through the National Day holiday and its 调休 Saturday', () => {
    // Due 10 working days after 30 Sept: 21 Oct (1–8 Oct off, Sat 11 Oct worked).
    expect(latest(monthly, ['2025-08'], '2025-10-20')).toBeNull();
    expect(latest(monthly, ['2025-08'], '2025-10-21')).toBe('2025-09');
  });

  it('lists the figure owed next, and says which years it estimated', () => {
    const asOf = '2031-10-10';
    const evaluation = evaluate({
      indicators: [{ ...monthly, baselineYear: 2030 }],
      milestones: [],
      actuals: [actual('2031-08', 1)],
      settings: settings(),
      asOf,
    });
    // September 2031 ended but is not due yet (14 Oct, counted Monday–Friday).
    expect(evaluation.owed).toEqual([
      expect.objectContaining({
        period: '2031-09',
        due: '2031-10-14',
        overdue: false,
        estimated: true,
      }),
    ]);
    expect(evaluation.estimatedYears).toEqual([2031]);
  });
});
