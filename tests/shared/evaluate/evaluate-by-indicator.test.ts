import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyEvaluation,
  evaluate,
  type EvaluationInput,
} from '../../../shared/evaluate/evaluate.ts';
import { evaluateRegion } from '../../../shared/evaluate/evaluate-region.ts';
import { dueSchedule } from '../../../shared/evaluate/missing.ts';
import { milestoneLookup } from '../../../shared/evaluate/milestone-lookup.ts';
import { regionName, regionsOf } from '../../../shared/evaluate/regions.ts';
import { parseFormula } from '../../../shared/formula/formula-parser.ts';
import type { Evaluation } from '../../../shared/model/finding.ts';
import { actual, indicator, milestone, settings } from './factory.ts';

/**
 * The engine as first written: every indicator scans the whole Actuals and Milestones
 * tables. evaluate() now groups rows by indicator first; it must give the same result.
 */
function scanningWholeTables(input: EvaluationInput): Evaluation {
  const { settings: s, asOf } = input;
  const milestone = milestoneLookup(input.milestones, s.planRegion);
  const result = emptyEvaluation(asOf);
  for (const ind of input.indicators) {
    const actuals = input.actuals.filter((a) => a.id === ind.id);
    const parsed = ind.formula === null ? null : parseFormula(ind.formula);
    const formula = parsed !== null && parsed.ok ? parsed.value : null;
    for (const region of regionsOf(ind.id, actuals, input.milestones, s.planRegion)) {
      const rows = actuals.filter((a) => regionName(a.region, s.planRegion) === region);
      const r = evaluateRegion({
        indicator: ind,
        formula,
        region,
        rows,
        milestone,
        settings: s,
        asOf,
        // Every schedule computed afresh: evaluate() computes each once per run.
        scheduleOf: (i, years) => dueSchedule(i, years, s, asOf),
      });
      result.statuses.push(r.status);
      result.findings.push(...r.findings);
      result.holding.push(...r.holding);
      result.owed.push(...r.owed);
      result.estimatedYears.push(
        ...r.estimatedYears.filter((y) => !result.estimatedYears.includes(y)),
      );
    }
  }
  result.estimatedYears.sort((a, b) => a - b);
  return result;
}

const IDS = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6'] as const;
const REGIONS = ['', '湖州市', '吴兴区', '南浔区', '德清县'] as const;
const YEARS = ['2020', '2021', '2022', '2023', '2024', '2025'] as const;

const indicators = [
  indicator({ id: 'K1' }),
  indicator({ id: 'K2', aggregation: 'cumulative', baseline: 100, target: 400 }),
  indicator({ id: 'K3', direction: 'lower', baseline: 0.5, target: 0.3 }),
  // Due schedules differing by frequency, due period and plan years (one each per run).
  indicator({ id: 'K4', frequency: 'quarterly', dueDays: { days: 10, calendar: 'workdays' } }),
  indicator({ id: 'K5', baselineYear: 2022 }),
  indicator({
    id: 'K6',
    frequency: 'monthly',
    dueDays: { days: 60, calendar: null },
    baselineYear: null,
    targetYear: 2026,
  }),
];

const actualRow = fc
  .record({
    id: fc.constantFrom(...IDS),
    region: fc.constantFrom(...REGIONS),
    period: fc.constantFrom(...YEARS),
    value: fc.integer({ min: 0, max: 500 }),
  })
  .map((r) => actual(r.period, r.value, { id: r.id, region: r.region }));
const milestoneRow = fc
  .record({
    id: fc.constantFrom(...IDS),
    region: fc.constantFrom(...REGIONS),
    period: fc.constantFrom(...YEARS),
    target: fc.integer({ min: 0, max: 500 }),
  })
  .map((r) => milestone(r.period, r.target, { id: r.id, region: r.region }));

describe('evaluate over rows of many indicators', () => {
  it('gives exactly what scanning the whole tables per indicator gives, however the rows interleave', () => {
    fc.assert(
      fc.property(
        fc.array(actualRow, { maxLength: 40 }),
        fc.array(milestoneRow, { maxLength: 30 }),
        (actuals, milestones) => {
          const input: EvaluationInput = {
            indicators,
            actuals,
            milestones,
            settings: settings(),
            asOf: '2025-03-31',
          };
          expect(evaluate(input)).toEqual(scanningWholeTables(input));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("takes an indicator's extra regions from its own milestones only, in order of first appearance", () => {
    const e = evaluate({
      indicators: indicators.slice(0, 2),
      actuals: [],
      milestones: [
        milestone('2023', 1, { id: 'K2', region: '德清县' }),
        milestone('2023', 1, { id: 'K1', region: '南浔区' }),
        milestone('2024', 1, { id: 'K2', region: '吴兴区' }),
        milestone('2024', 1, { id: 'K1', region: '吴兴区' }),
      ],
      settings: settings(),
      asOf: '2025-03-31',
    });
    expect(e.statuses.map((s) => `${s.id} ${s.region}`)).toEqual([
      'K1 湖州市',
      'K1 南浔区',
      'K1 吴兴区',
      'K2 湖州市',
      'K2 德清县',
      'K2 吴兴区',
    ]);
  });
});
