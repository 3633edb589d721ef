import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/model/indicator.ts';
import type { Milestone } from '../../../shared/model/milestone.ts';
import { milestoneLookup } from '../../../shared/evaluate/milestone-lookup.ts';
import { planFigures, type PlanFigures } from '../../../shared/evaluate/plan-figures.ts';
import { indicator, line, milestone } from './factory.ts';

function figures(
  over: Partial<Indicator>,
  milestones: Milestone[] = [],
  region = '湖州市',
): PlanFigures {
  return planFigures(indicator(over), region, milestoneLookup(milestones, '湖州市'), 2024);
}

describe('planFigures', () => {
  it('takes B, T and their years from the indicator', () => {
    expect(figures({})).toEqual({
      baselineYear: 2020,
      targetYear: 2025,
      baseline: 9.9,
      baselineMissing: false,
      target: 15,
    });
  });

  it('counts a cumulative indicator without baseline from 0, noting the baseline is missing', () => {
    expect(figures({ aggregation: 'cumulative', baseline: null, target: 300 })).toMatchObject({
      baseline: 0,
      baselineMissing: true,
    });
  });

  it('leaves a level indicator without baseline without B', () => {
    expect(figures({ baseline: null })).toMatchObject({ baseline: null, baselineMissing: true });
  });

  it('assumes a five-year plan when there is no baseline year', () => {
    expect(figures({ baselineYear: null, baseline: null }).baselineYear).toBe(2020);
  });

  it('dates an indicator without a target year (target year 0, a limit only) by the as-of year', () => {
    // as of 2024: y1 = 2024, y0 = 2024 − 5 = 2019
    expect(
      figures({ targetYear: 0, baselineYear: null, baseline: null, target: null }),
    ).toMatchObject({ baselineYear: 2019, targetYear: 2024 });
  });

  it('lets a region’s milestones at the baseline and target years set its B and T', () => {
    const ms = [
      milestone('2020', 2, { region: '吴兴区' }),
      milestone('2025', 4, { region: '吴兴区' }),
    ];
    expect(figures({}, ms, '吴兴区')).toMatchObject({
      baseline: 2,
      target: 4,
      baselineMissing: false,
    });
    expect(figures({}, ms, '湖州市')).toMatchObject({ baseline: 9.9, target: 15 });
  });

  it('takes T from the target line when the target number is empty', () => {
    expect(figures({ target: null, targetLine: line('gte', 98.5) }).target).toBe(98.5);
  });

  it.each(['growth', 'annual'] as const)(
    'keeps the %s target as written (a rate or a yearly amount)',
    (aggregation) => {
      expect(figures({ aggregation, target: 8 }, [milestone('2025', 400)]).target).toBe(8);
    },
  );
});
