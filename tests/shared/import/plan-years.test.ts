import { describe, expect, it } from 'vitest';
import { planEndYear, planPeriodOf, yearsIn } from '../../../shared/import/plan-years.ts';

describe('plan years', () => {
  it('finds years in headers and titles', () => {
    expect(yearsIn('2021—2025年累计')).toEqual([2021, 2025]);
    expect(yearsIn('２０２０年')).toEqual([2020]);
    expect(yearsIn('12315投诉')).toEqual([]);
  });

  it('knows where five-year plans end', () => {
    expect(planEndYear('十三五末')).toBe(2020);
    expect(planEndYear('“十四五”期末')).toBe(2025);
    expect(planEndYear('十四五规划')).toBeNull();
  });

  it('reads the plan period of a title', () => {
    expect(planPeriodOf('××县市场监管“十四五”规划主要指标')).toEqual({
      baselineYear: 2020,
      targetYear: 2025,
    });
    expect(planPeriodOf('2021-2025年主要指标')).toEqual({ baselineYear: 2020, targetYear: 2025 });
    expect(planPeriodOf('主要指标')).toBeNull();
  });
});
