/**
 * The chronological figures of one indicator × region: one point per reported period up
 * to the as-of date, with formula measures combined and cumulative increments summed.
 */
import { INCREMENT_MEASURE, VALUE_MEASURE, type Actual } from '../model/actual.ts';
import type { Indicator } from '../model/indicator.ts';
import type { Formula } from '../formula/formula-ast.ts';
import { evaluateFormula } from '../formula/formula-evaluate.ts';
import { comparePeriods, parsePeriod, periodEndDate, type Period } from '../parse/period.ts';
import { differsBeyondRounding } from './consistency.ts';

/** One reported period. */
export interface SeriesPoint {
  period: Period;
  /**
   * The figure that counts: the formula's result (or the official value when the two
   * disagree), the `value` measure, or for `cumulative` the running total.
   */
  value: number;
  /** The formula's result, null without a formula or when it cannot be computed. */
  computed: number | null;
  /** The published figure given on any of the period's rows. */
  official: number | null;
  /** computed and official differ by more than rounding (value is then the official). */
  inconsistent: boolean;
}

export interface SeriesInput {
  indicator: Indicator;
  /** The indicator's parsed formula, null when it has none (or it does not parse). */
  formula: Formula | null;
  /** The Actuals rows of this indicator and region. */
  rows: readonly Actual[];
  /** Where running totals of a cumulative indicator start: B, or 0 without one. */
  start: number;
  /** YYYY-MM-DD; periods ending after it are ignored. */
  asOf: string;
}

interface PeriodFigures {
  value: number | null;
  increment: number | null;
  computed: number | null;
  official: number | null;
  inconsistent: boolean;
}

function finite(x: number | null): number | null {
  return x !== null && Number.isFinite(x) ? x : null;
}

/** Reads one period's rows into its figures. */
function periodFigures(rows: readonly Actual[], formula: Formula | null): PeriodFigures {
  const measures: Record<string, number | null> = {};
  let official: number | null = null;
  for (const row of rows) {
    const name = row.measure.trim() || VALUE_MEASURE;
    // A duplicate row never erases a figure already read.
    measures[name] = measures[name] ?? finite(row.value);
    official = finite(row.officialValue) ?? official;
  }
  const direct = measures[VALUE_MEASURE] ?? null;
  const increment = measures[INCREMENT_MEASURE] ?? null;
  if (formula !== null) {
    const result = evaluateFormula(formula, measures);
    if (result.ok) {
      const inconsistent = official !== null && differsBeyondRounding(result.value, official);
      const value = inconsistent ? official : result.value;
      return { value, increment, computed: result.value, official, inconsistent };
    }
  }
  return { value: official ?? direct, increment, computed: null, official, inconsistent: false };
}

/** Builds the series; points are in chronological order and all end on or before asOf. */
export function buildSeries(input: SeriesInput): SeriesPoint[] {
  const byPeriod = new Map<string, { period: Period; rows: Actual[] }>();
  for (const row of input.rows) {
    const period = parsePeriod(row.period);
    if (period === null || periodEndDate(period) > input.asOf) continue;
    const entry = byPeriod.get(period.text) ?? { period, rows: [] };
    entry.rows.push(row);
    byPeriod.set(period.text, entry);
  }
  const periods = [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
  const { aggregation } = input.indicator;
  const points: SeriesPoint[] = [];
  let running = input.start;
  for (const { period, rows } of periods) {
    const f = periodFigures(rows, input.formula);
    let value: number | null;
    if (aggregation === 'cumulative') {
      // A running total resets the sum; an increment adds onto it.
      if (f.value !== null) running = f.value;
      else if (f.increment !== null) running += f.increment;
      value = f.value ?? (f.increment !== null ? running : null);
    } else {
      value = aggregation === 'annual' ? (f.value ?? f.increment) : f.value;
    }
    if (value === null) continue;
    points.push({
      period,
      value,
      computed: f.computed,
      official: f.official,
      inconsistent: f.inconsistent,
    });
  }
  return points;
}
