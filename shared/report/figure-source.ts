/**
 * Where the figure an evaluation table shows for an indicator comes from: published, or
 * computed (a rate from its measures, a running total from yearly increments), and whether
 * the rows behind it are illustrative sample data. The series is the engine's own
 * (buildSeries), so the table shows the figure the status was judged by.
 */
import { parseFormula } from '../formula/formula-parser.ts';
import { INCREMENT_MEASURE, VALUE_MEASURE, type Actual } from '../model/actual.ts';
import type { Indicator } from '../model/indicator.ts';
import { comparePeriods, parsePeriod } from '../parse/period.ts';
import { regionName } from '../evaluate/regions.ts';
import { buildSeries } from '../evaluate/series.ts';

/**
 * Words a Source cell uses for made-up figures: the demo's `示例数据(非官方) Illustrative
 * sample data`, and the same said shorter by a planner.
 */
const ILLUSTRATIVE_WORDS = ['示例数据', '演示数据', 'illustrative', 'sample data'];

/** True when a Source cell says the figure is illustrative sample data. */
export function isIllustrativeSource(source: string): boolean {
  const s = source.toLowerCase();
  return ILLUSTRATIVE_WORDS.some((w) => s.includes(w));
}

/** How the figure of one period came about. */
export interface FigureSource {
  /** The figure to show: the published one when there is one, else the engine's. */
  value: number;
  /** The published figure, when an Actuals row gives one. */
  official: number | null;
  /** The formula's result, when the indicator has a formula that computed. */
  computed: number | null;
  /** The formula's text when the figure shown is computed from it (no published figure). */
  formula: string | null;
  /** A running total summed from yearly increments, not reported as such. */
  fromIncrements: boolean;
  /** Some row behind the figure says it is illustrative sample data. */
  illustrative: boolean;
}

export interface FigureSourceInput {
  indicator: Indicator;
  /** Every Actuals row of the workbook (filtered here). */
  actuals: readonly Actual[];
  planRegion: string;
  region: string;
  /** The period the status was judged at (StatusRow.period). */
  period: string;
  /** Where the running total starts (the plan baseline, or 0). */
  start: number;
  asOf: string;
}

/** The source of the figure shown for an indicator × region at a period; null when none. */
export function figureSource(input: FigureSourceInput): FigureSource | null {
  const { indicator, planRegion, region, period, asOf } = input;
  const rows = input.actuals.filter(
    (a) => a.id === indicator.id && regionName(a.region, planRegion) === region,
  );
  const parsed =
    indicator.formula === null || indicator.formula.trim() === ''
      ? null
      : parseFormula(indicator.formula);
  const formula = parsed !== null && parsed.ok ? parsed.value : null;
  const points = buildSeries({ indicator, formula, rows, start: input.start, asOf });
  const point = points.find((p) => p.period.text === period);
  if (point === undefined) return null;
  const ofPeriod = rows.filter((r) => parsePeriod(r.period)?.text === period);
  const measureOf = (r: Actual): string => r.measure.trim() || VALUE_MEASURE;
  const fromIncrements =
    indicator.aggregation === 'cumulative' &&
    point.official === null &&
    !ofPeriod.some((r) => measureOf(r) === VALUE_MEASURE && r.value !== null) &&
    ofPeriod.some((r) => measureOf(r) === INCREMENT_MEASURE);
  // A running total rests on every increment before it, so all of them count as its rows.
  const behind = fromIncrements
    ? rows.filter((r) => {
        const p = parsePeriod(r.period);
        return p !== null && comparePeriods(p, point.period) <= 0;
      })
    : ofPeriod;
  return {
    value: point.official ?? point.value,
    official: point.official,
    computed: point.computed,
    formula: point.official === null && point.computed !== null && formula ? formula.source : null,
    fromIncrements,
    illustrative: behind.some((r) => isIllustrativeSource(r.source)),
  };
}
