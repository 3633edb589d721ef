/**
 * The figures behind the add-in's small chart for one indicator × region: the plan's
 * path from baseline to target, its milestones, the reported points and the forecast —
 * computed by the same functions the engine judges them with, so the chart shows what
 * the status is based on.
 */
import { parseFormula } from '../formula/formula-parser.ts';
import type { Actual } from '../model/actual.ts';
import type { Indicator } from '../model/indicator.ts';
import type { Milestone } from '../model/milestone.ts';
import type { Settings } from '../model/settings.ts';
import { parsePeriod, periodEndPosition } from '../parse/period.ts';
import { forecastFor } from './forecast.ts';
import { lineFor } from './line.ts';
import { milestoneLookup } from './milestone-lookup.ts';
import { planFigures } from './plan-figures.ts';
import { regionName } from './regions.ts';
import { buildSeries } from './series.ts';

/** A point on a continuous year axis at the end of its period (2023 → 2024.0). */
export interface TrendPoint {
  period: string;
  x: number;
  value: number;
}

export interface IndicatorTrend {
  id: string;
  region: string;
  unit: string;
  /** The baseline at the end of its year; null without one. */
  baseline: TrendPoint | null;
  /** The target at the end of the target year (for `growth`, the baseline compounded at the rate). */
  target: TrendPoint | null;
  milestones: TrendPoint[];
  /** The figures that count, as the engine reads them (formulas computed, running totals summed). */
  actuals: TrendPoint[];
  /** The least-squares projection at the end of the target year; null when none is made. */
  forecast: TrendPoint | null;
  /** The hard line's number, for a horizontal rule; null without one. */
  line: number | null;
  /** Pace applies (level, cumulative, growth): the baseline → target path means something. */
  path: boolean;
}

export interface TrendInput {
  indicator: Indicator;
  region: string;
  milestones: readonly Milestone[];
  actuals: readonly Actual[];
  settings: Settings;
  asOf: string;
}

/** The chart figures of one indicator in one region as of a date. */
export function indicatorTrend(input: TrendInput): IndicatorTrend {
  const { indicator, region, settings, asOf } = input;
  const planRegion = settings.planRegion;
  const lookup = milestoneLookup(input.milestones, planRegion);
  const figures = planFigures(indicator, region, lookup, Number(asOf.slice(0, 4)));
  const parsed = indicator.formula === null ? null : parseFormula(indicator.formula);
  const formula = parsed !== null && parsed.ok ? parsed.value : null;
  const rows = input.actuals.filter(
    (a) => a.id === indicator.id && regionName(a.region, planRegion) === region,
  );
  const points = buildSeries({ indicator, formula, rows, start: figures.baseline ?? 0, asOf });
  const forecast = forecastFor(indicator, figures, points);
  const endX = figures.targetYear + 1;
  const baseline =
    figures.baseline === null || figures.baselineMissing
      ? null
      : point(String(figures.baselineYear), figures.baselineYear + 1, figures.baseline);
  const targetValue =
    indicator.aggregation === 'growth' ? (forecast?.target ?? null) : figures.target;
  return {
    id: indicator.id,
    region,
    unit: indicator.unit,
    baseline,
    target: targetValue === null ? null : point(String(figures.targetYear), endX, targetValue),
    milestones: input.milestones
      .filter((m) => m.id === indicator.id && regionName(m.region, planRegion) === region)
      .flatMap((m) => {
        const p = parsePeriod(m.period);
        return p === null || !Number.isFinite(m.target)
          ? []
          : [point(p.text, periodEndPosition(p), m.target)];
      })
      .sort((a, b) => a.x - b.x),
    actuals: points.map((p) => point(p.period.text, periodEndPosition(p.period), p.value)),
    forecast: forecast === null ? null : point(String(figures.targetYear), endX, forecast.value),
    line: lineFor(indicator)?.value ?? null,
    path:
      indicator.aggregation === 'level' ||
      indicator.aggregation === 'cumulative' ||
      indicator.aggregation === 'growth',
  };
}

function point(period: string, x: number, value: number): TrendPoint {
  return { period, x, value };
}
