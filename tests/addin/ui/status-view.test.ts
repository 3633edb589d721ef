import { describe, expect, it } from 'vitest';
import { figure, filterChoices, filterStatuses, NO_FILTER } from '../../../addin/ui/status-view.ts';
import { trendScale } from '../../../addin/ui/trend-scale.ts';
import { validateWorkbook } from '../../../shared/check/validate-workbook.ts';
import { evaluate } from '../../../shared/evaluate/evaluate.ts';
import { indicatorTrend } from '../../../shared/evaluate/indicator-trend.ts';
import { TEMPLATES } from '../../../seeds/templates.ts';
import { DEMO_AS_OF } from '../../../seeds/huzhou-demo-expectations.ts';
import { templateGrids } from '../../support/template-grids.ts';

const { model } = validateWorkbook('plan.xlsx', templateGrids(TEMPLATES['huzhou-14th-fyp']()));
const statuses = evaluate({ ...model, asOf: DEMO_AS_OF }).statuses;

describe('the Status screen’s view of the evaluation', () => {
  it('filters by category, kind and status together, keeping the engine’s order', () => {
    const red = filterStatuses(statuses, { ...NO_FILTER, status: 'breached' });
    expect(red.length).toBeGreaterThan(2);
    expect(red.every((s) => s.status === 'breached')).toBe(true);
    const binding = filterStatuses(statuses, {
      category: '市场安全',
      kind: 'binding',
      status: null,
    });
    expect(binding.every((s) => s.category === '市场安全' && s.kind === 'binding')).toBe(true);
    expect(filterStatuses(statuses, NO_FILTER)).toEqual(statuses);
  });

  it('offers only the categories and statuses present', () => {
    const { categories, statuses: present } = filterChoices(statuses);
    expect(categories).toEqual([...new Set(statuses.map((s) => s.category))]);
    expect(categories).toEqual(
      expect.arrayContaining(['营商环境', '质量提升', '市场安全', '科技支撑']),
    );
    expect(present).toContain('breached');
    expect(present).not.toContain('inconsistent');
  });

  it('shows figures without binary noise, and a dash for none', () => {
    expect([figure(0.1 + 0.2), figure(12.9613), figure(5210), figure(null)]).toEqual([
      '0.3',
      '12.96',
      '5210',
      '—',
    ]);
  });

  it('places a trend inside the chart box, the year axis from baseline to target', () => {
    const indicator = model.indicators.find((i) => i.id === 'HZ02');
    if (!indicator) throw new Error('no HZ02');
    const trend = indicatorTrend({
      indicator,
      region: '湖州市',
      milestones: model.milestones,
      actuals: model.actuals,
      settings: model.settings,
      asOf: DEMO_AS_OF,
    });
    const box = { width: 320, height: 170, left: 44, right: 12, top: 12, bottom: 40 };
    const scale = trendScale(trend, box);
    expect(scale?.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    for (const p of trend.actuals) {
      const x = scale?.x(p.x) ?? -1;
      const y = scale?.y(p.value) ?? -1;
      expect(x).toBeGreaterThanOrEqual(box.left);
      expect(x).toBeLessThanOrEqual(box.width - box.right);
      expect(y).toBeGreaterThanOrEqual(box.top);
      expect(y).toBeLessThanOrEqual(box.height - box.bottom);
    }
    expect(
      trendScale(
        { ...trend, baseline: null, target: null, forecast: null, milestones: [], actuals: [] },
        box,
      ),
    ).toBeNull();
  });
});
