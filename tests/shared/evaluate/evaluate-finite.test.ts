import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actual } from '../../../shared/model/actual.ts';
import type { Finding, StatusRow } from '../../../shared/model/finding.ts';
import type { Indicator } from '../../../shared/model/indicator.ts';
import type { Line } from '../../../shared/model/line.ts';
import type { Milestone } from '../../../shared/model/milestone.ts';
import { evaluate } from '../../../shared/evaluate/evaluate.ts';
import { indicator, settings } from './factory.ts';

const figure = fc.oneof(
  fc.constant(0),
  fc.constant(-1),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(1e300, -1e300, 5e-324),
);
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });

const lineArb: fc.Arbitrary<Line> = fc
  .record({
    comparator: fc.constantFrom('lt', 'lte', 'gt', 'gte', 'eq', 'between' as const),
    value: figure,
    upper: figure,
  })
  .map(({ comparator, value, upper }) => ({
    comparator,
    value,
    upper: Math.max(value, upper),
    unit: '',
    text: '',
  }));

const indicatorArb: fc.Arbitrary<Indicator> = fc
  .record({
    aggregation: fc.constantFrom('level', 'cumulative', 'annual', 'threshold', 'growth' as const),
    direction: fc.constantFrom('higher', 'lower', 'band' as const),
    frequency: fc.constantFrom('annual', 'quarterly', 'monthly' as const),
    baselineYear: maybe(fc.integer({ min: 2018, max: 2025 })),
    baseline: maybe(figure),
    targetYear: fc.oneof(fc.constant(0), fc.integer({ min: 2018, max: 2027 })),
    target: maybe(figure),
    targetLine: maybe(lineArb),
    limit: maybe(lineArb),
    warning: maybe(figure),
    recovery: maybe(figure),
    formula: fc.constantFrom(null, 'accidents / units * 10000', 'a - a', '(accidents + units) / 2'),
  })
  .map((over) => indicator(over));

const periodArb = fc.oneof(
  fc.integer({ min: 2018, max: 2027 }).map(String),
  fc
    .tuple(fc.integer({ min: 2018, max: 2027 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(fc.integer({ min: 2018, max: 2027 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);

const actualArb: fc.Arbitrary<Actual> = fc.record({
  id: fc.constant('K1'),
  region: fc.constantFrom('', '吴兴区'),
  period: periodArb,
  measure: fc.constantFrom('value', 'increment', 'accidents', 'units', 'a'),
  value: maybe(figure),
  officialValue: maybe(figure),
  source: fc.constant(''),
  enteredBy: fc.constant(''),
  enteredAt: fc.constant(''),
  row: fc.nat(),
});

const milestoneArb: fc.Arbitrary<Milestone> = fc.record({
  id: fc.constant('K1'),
  region: fc.constantFrom('', '南浔区'),
  period: periodArb,
  target: figure,
  row: fc.nat(),
});

function numbers(x: StatusRow | Finding): (number | null)[] {
  const common = [x.actual, x.expected, x.target, x.gap];
  return 'completion' in x ? [...common, x.completion, x.elapsed, x.forecast] : common;
}

describe('evaluate on arbitrary input', () => {
  it('never outputs NaN or Infinity, and fills every message placeholder', () => {
    fc.assert(
      fc.property(
        indicatorArb,
        fc.array(actualArb, { maxLength: 12 }),
        fc.array(milestoneArb, { maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (ind, actuals, milestones, n) => {
          const e = evaluate({
            indicators: [ind],
            milestones,
            actuals,
            settings: settings({ consecutivePeriods: n }),
            asOf: '2026-03-01',
          });
          expect(e.statuses.length).toBeGreaterThanOrEqual(1);
          for (const x of [...e.statuses, ...e.findings, ...e.holding]) {
            for (const v of numbers(x)) expect(v === null || Number.isFinite(v)).toBe(true);
          }
          for (const f of [...e.findings, ...e.holding]) {
            for (const text of [f.message.zh, f.message.en])
              expect(text).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
          }
        },
      ),
      { numRuns: 400, seed: 20250101 },
    );
  });

  it('never throws, even on figures no reader hands it (NaN, Infinity), and gives the same output for the same input', () => {
    const wild = fc.oneof(
      figure,
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
    );
    const wildActual = fc
      .record({ a: actualArb, value: maybe(wild), officialValue: maybe(wild) })
      .map(({ a, value, officialValue }) => ({ ...a, value, officialValue }));
    const wildIndicator = fc
      .record({ i: indicatorArb, baseline: maybe(wild), target: maybe(wild) })
      .map(({ i, baseline, target }) => ({ ...i, baseline, target }));
    fc.assert(
      fc.property(
        wildIndicator,
        fc.array(wildActual, { maxLength: 10 }),
        fc.array(milestoneArb, { maxLength: 3 }),
        fc.constantFrom('2023-06-30', '2025-12-31', '2026-03-01'),
        (ind, actuals, milestones, asOf) => {
          const input = { indicators: [ind], milestones, actuals, settings: settings({}), asOf };
          const frozen = structuredClone(input);
          const e = evaluate(input);
          for (const x of [...e.statuses, ...e.findings, ...e.holding]) {
            for (const v of numbers(x)) expect(v === null || Number.isFinite(v)).toBe(true);
          }
          expect(evaluate(structuredClone(frozen))).toEqual(e);
          expect(input).toEqual(frozen);
        },
      ),
      { numRuns: 300, seed: 20250331 },
    );
  });
});
