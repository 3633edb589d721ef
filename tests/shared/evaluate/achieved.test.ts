import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/model/indicator.ts';
import { parsePeriod } from '../../../shared/parse/period.ts';
import { isAchieved, reachesTarget } from '../../../shared/evaluate/achieved.ts';
import type { Pace } from '../../../shared/evaluate/pace.ts';
import type { PlanFigures } from '../../../shared/evaluate/plan-figures.ts';
import { indicator, line } from './factory.ts';

describe('reachesTarget', () => {
  it.each<[string, Partial<Indicator>, number, number | null, boolean | null]>([
    ['15 reaches 15 for a higher indicator', {}, 15, 15, true],
    ['14.9 does not reach 15', {}, 14.9, 15, false],
    ['0.36 reaches 0.36 for a lower indicator', { direction: 'lower' }, 0.36, 0.36, true],
    ['0.37 does not reach 0.36 for a lower indicator', { direction: 'lower' }, 0.37, 0.36, false],
    ['98.5 reaches 98.5%以上 (inclusive)', { targetLine: line('gte', 98.5) }, 98.5, 98.5, true],
    ['90 does not reach 高于90 (strict)', { targetLine: line('gt', 90) }, 90, 90, false],
    [
      '0.36 does not reach 低于0.36 (strict)',
      { direction: 'lower', targetLine: line('lt', 0.36) },
      0.36,
      0.36,
      false,
    ],
    [
      '4 reaches a band 3~5',
      { direction: 'band', targetLine: line('between', 3, '', 5) },
      4,
      null,
      true,
    ],
    ['a band without a band line cannot tell', { direction: 'band' }, 4, 4, null],
    ['without a target it cannot tell', {}, 4, null, null],
    // a region target from a milestone (20) replaces the plan's line at 15
    [
      'a region target replaces the line of another number',
      { targetLine: line('gt', 15) },
      20,
      20,
      true,
    ],
  ])('%s', (_name, over, value, target, expected) => {
    expect(reachesTarget(value, indicator(over), target)).toBe(expected);
  });
});

function pace(actual: number, target: number | null, completion: number | null = null): Pace {
  return {
    elapsed: 1,
    completion,
    gap: 0,
    expected: null,
    actual,
    target,
    growthRate: null,
    unavailable: null,
  };
}

const figures: PlanFigures = {
  baselineYear: 2020,
  targetYear: 2025,
  baseline: 9.9,
  baselineMissing: false,
  target: 15,
};

function at(period: string) {
  const p = parsePeriod(period);
  if (p === null) throw new Error(period);
  return p;
}

describe('isAchieved', () => {
  it.each<[string, Partial<Indicator>, Pace | null, string, boolean]>([
    ['a level indicator at 15.2 against 15', {}, pace(15.2, 15), '2023', true],
    ['a level indicator at 14 against 15', {}, pace(14, 15), '2023', false],
    ['a threshold indicator never is', { aggregation: 'threshold' }, pace(99, 98.5), '2023', false],
    ['without pace it is not', {}, null, '2023', false],
    [
      'an annual indicator whose YTD 310 reaches the year target 300',
      { aggregation: 'annual' },
      pace(310, 300),
      '2023-Q3',
      true,
    ],
    [
      'an annual indicator at YTD 200 of 300',
      { aggregation: 'annual' },
      pace(200, 300),
      '2023-Q3',
      false,
    ],
    [
      'a yearly cap kept only once the year is complete',
      { aggregation: 'annual', direction: 'lower' },
      pace(200, 300),
      '2023-Q3',
      false,
    ],
    [
      'a yearly cap kept at year end',
      { aggregation: 'annual', direction: 'lower' },
      pace(290, 300),
      '2023',
      true,
    ],
    [
      'growth holding the rate before the final year is not yet',
      { aggregation: 'growth' },
      pace(130, 8, 1.02),
      '2023',
      false,
    ],
    [
      'growth holding the rate in the final year',
      { aggregation: 'growth' },
      pace(150, 8, 1.02),
      '2025',
      true,
    ],
    [
      'growth below the rate in the final year',
      { aggregation: 'growth' },
      pace(140, 8, 0.9),
      '2025',
      false,
    ],
  ])('%s: %s', (_name, over, p, period, expected) => {
    expect(isAchieved(indicator(over), figures, p, at(period))).toBe(expected);
  });
});
