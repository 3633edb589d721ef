import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseA, caseB, generatePlan, planSlots, writePlan } from '../../bench/generate-plan.ts';
import { PLAN_REGION, REGIONS } from '../../bench/plan-vocabulary.ts';
import { checkWorkbook } from '../../shared/check/check-workbook.ts';
import { validateWorkbook } from '../../shared/check/validate-workbook.ts';
import { ACTUALS, INDICATORS } from '../../shared/contract/tables.ts';
import { readWorkbookGrids } from '../../worker/workbook/read-workbook.ts';
import { templateGrids } from '../support/template-grids.ts';

// 20 indicators × 20 regions × 5 years: small enough to run in a unit test, large enough
// to hold every kind of indicator the generator mixes.
const SMALL_A = caseA(0.04);
const SMALL_B = caseB(0.01);
const planA = generatePlan(SMALL_A);
const planB = generatePlan(SMALL_B);

const scratch = await mkdtemp(join(tmpdir(), 'kpi-bench-test-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('generatePlan', () => {
  it('gives the same rows for the same spec, and other rows for another seed', () => {
    expect(generatePlan(SMALL_A)).toEqual(planA);
    expect(generatePlan({ ...SMALL_A, seed: SMALL_A.seed + 1 }).actuals).not.toEqual(planA.actuals);
  });

  it('draws the scaled number of indicators, each row with exactly the contract columns', () => {
    expect(planA.indicators).toHaveLength(20);
    for (const row of planA.indicators)
      expect(Object.keys(row)).toEqual(INDICATORS.columns.map((c) => c.key));
    for (const row of planA.actuals)
      expect(Object.keys(row)).toEqual(ACTUALS.columns.map((c) => c.key));
  });

  it('reports case A yearly 2020–2024 for 20 regions, about one row per indicator × region × year', () => {
    const periods = new Set(planA.actuals.map((r) => r.period));
    expect([...periods].sort()).toEqual(['2020', '2021', '2022', '2023', '2024']);
    const regions = new Set(planA.actuals.map((r) => r.region ?? PLAN_REGION));
    expect(regions).toEqual(new Set(REGIONS));
    // Missing reports take some rows away; second measures of formula indicators add some.
    expect(planA.actuals.length).toBeGreaterThan(20 * 20 * 5 * 0.9);
    expect(planA.actuals.length).toBeLessThan(20 * 20 * 5 * 1.5);
  });

  it('gives case B exactly the Actuals rows asked for, all monthly from 2021-01 to 2025-02', () => {
    expect(planB.actuals).toHaveLength(500);
    const slots = planSlots(SMALL_B).map((s) => s.period);
    expect(slots[0]).toBe('2021-01');
    expect(slots.at(-1)).toBe('2025-02');
    for (const row of planB.actuals) expect(slots).toContain(row.period);
  });

  it('validates without a single problem, and its check fires pace, line, missing-data and consistency alerts', () => {
    const { model, problems } = validateWorkbook('bench.xlsx', templateGrids(planA, 'bench.xlsx'));
    expect(problems).toEqual([]);
    expect(model.actuals).toHaveLength(planA.actuals.length);
    const outcome = checkWorkbook(model, SMALL_A.asOf);
    expect(outcome.evaluation.statuses).toHaveLength(20 * 20);
    const rules = new Set(outcome.evaluation.findings.map((f) => f.rule));
    for (const rule of ['pace', 'line', 'missing', 'forecast', 'consistency'] as const)
      expect(rules).toContain(rule);
    const statuses = new Set(outcome.evaluation.statuses.map((s) => s.status));
    for (const status of [
      'achieved',
      'on_track',
      'behind',
      'at_risk',
      'near_limit',
      'breached',
    ] as const) {
      expect(statuses).toContain(status);
    }
  });
});

describe('writePlan', () => {
  it('writes an .xlsx whose contract tables read back with every generated row', async () => {
    const { path, template } = await writePlan(scratch, SMALL_B);
    expect(path).toBe(join(scratch, 'case-b.xlsx'));
    const read = await readWorkbookGrids(path);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.grids.Actuals?.rows).toHaveLength(template.actuals.length);
    expect(read.grids.Indicators?.rows).toHaveLength(template.indicators.length);
  });
});
