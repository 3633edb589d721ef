import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../shared/contract/tables.ts';
import { TEMPLATES } from '../../seeds/templates.ts';
import { DEMO_AS_OF, DEMO_EXPECTATIONS } from '../../seeds/huzhou-demo-expectations.ts';

describe('TEMPLATES', () => {
  it('offers exactly the blank and huzhou-14th-fyp templates, each named for its key', () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual(['blank', 'huzhou-14th-fyp']);
    for (const [key, make] of Object.entries(TEMPLATES)) expect(make().name).toBe(key);
  });

  it('makes the blank template with Settings rows only, plan name and region left for the planner', () => {
    const blank = TEMPLATES.blank();
    expect([blank.indicators, blank.milestones, blank.actuals, blank.recipients]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    const keys = SETTINGS.columns.map((c) => c.key);
    for (const row of blank.settings) expect(Object.keys(row)).toEqual(keys);
    const value = (k: string): unknown => blank.settings.find((r) => r.key === k)?.value;
    expect([value('plan.name'), value('plan.region')]).toEqual([null, null]);
    expect([value('plan.timezone'), value('dueDays.annual'), value('contract.version')]).toEqual([
      'Asia/Shanghai',
      30,
      1,
    ]);
  });

  it('gives blank and Huzhou the same Settings keys in the same order', () => {
    const keys = (name: 'blank' | 'huzhou-14th-fyp'): unknown[] =>
      TEMPLATES[name]().settings.map((r) => r.key);
    expect(keys('blank')).toEqual(keys('huzhou-14th-fyp'));
  });

  it('re-exports the demo check date and the expectations for end-to-end tests', () => {
    expect(DEMO_AS_OF).toBe('2025-03-31');
    expect(DEMO_EXPECTATIONS.length).toBeGreaterThan(50);
    const ids = new Set(TEMPLATES['huzhou-14th-fyp']().indicators.map((r) => r.id));
    expect(DEMO_EXPECTATIONS.filter((e) => !ids.has(e.id))).toEqual([]);
  });
});
