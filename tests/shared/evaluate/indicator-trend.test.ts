import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../../../shared/check/validate-workbook.ts';
import { indicatorTrend } from '../../../shared/evaluate/indicator-trend.ts';
import { evaluate } from '../../../shared/evaluate/evaluate.ts';
import { TEMPLATES } from '../../../seeds/templates.ts';
import { DEMO_AS_OF } from '../../../seeds/huzhou-demo-expectations.ts';
import { templateGrids } from '../../support/template-grids.ts';

const { model } = validateWorkbook('plan.xlsx', templateGrids(TEMPLATES['huzhou-14th-fyp']()));

function trend(id: string, region: string) {
  const indicator = model.indicators.find((i) => i.id === id);
  if (!indicator) throw new Error(`no ${id}`);
  return indicatorTrend({
    indicator,
    region,
    milestones: model.milestones,
    actuals: model.actuals,
    settings: model.settings,
    asOf: DEMO_AS_OF,
  });
}

describe('indicatorTrend', () => {
  it('gives the pace path, milestones, actuals and the forecast the status was judged on', () => {
    const t = trend('HZ02', '湖州市');
    const status = evaluate({ ...model, asOf: DEMO_AS_OF }).statuses.find((s) => s.id === 'HZ02');
    expect(t.path).toBe(true);
    const hz02 = model.indicators.find((i) => i.id === 'HZ02');
    expect(t.baseline).toEqual({ period: '2020', x: 2021, value: hz02?.baseline });
    expect(t.target).toEqual({ period: '2025', x: 2026, value: hz02?.target });
    expect(t.milestones.map((m) => m.period)).toContain('2024');
    expect(t.actuals.at(-1)).toEqual({ period: '2024', x: 2025, value: status?.actual });
    expect(t.forecast?.value).toBeCloseTo(status?.forecast ?? NaN, 1);
    expect(t.line).toBeNull();
  });

  it('computes a rate from its measures, per region, and gives the line of a limit', () => {
    const t = trend('HZL01', '吴兴区');
    expect(t.line).toBe(0.36);
    expect(t.actuals.at(-1)?.value).toBeCloseTo(0.571, 3);
    expect(t.path).toBe(false);
  });

  it('is empty but whole for an indicator with no figures in that region', () => {
    const t = trend('HZ01', '月球');
    expect(t.actuals).toEqual([]);
    expect(t.forecast).toBeNull();
  });
});
