/**
 * 预计难以完成 (docs/architecture.md §4.8): a least-squares line through the yearly points (the baseline
 * included), projected to the end of the target year. `growth` is fitted on logarithms,
 * since compound growth is a straight line there. Skipped for `threshold` and `annual`
 * indicators and once the plan period is over (the final figure then speaks for itself).
 */
import type { Indicator } from '../model/indicator.ts';
import { periodEndPosition } from '../parse/period.ts';
import { reachesTarget } from './achieved.ts';
import { compareFigures } from './figure-compare.ts';
import type { PlanFigures } from './plan-figures.ts';
import type { SeriesPoint } from './series.ts';

export interface Forecast {
  /** Projected figure at the end of the target year. */
  value: number;
  /** The figure it is judged against (for `growth`, B compounded at the rate to y1). */
  target: number;
  /** The projection misses the target in the plan's direction. */
  misses: boolean;
}

interface XY {
  x: number;
  y: number;
}

/** Ordinary least squares y = intercept + slope·x; null with fewer than two distinct x. */
export function leastSquares(points: readonly XY[]): { slope: number; intercept: number } | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/** One point per year (its latest period, at that period's end), plus the baseline at the end of y0. */
function yearlyPoints(points: readonly SeriesPoint[], figures: PlanFigures): XY[] {
  const byYear = new Map<number, XY>();
  for (const p of points) {
    // The baseline stands for its year and earlier.
    if (figures.baseline !== null && p.period.year <= figures.baselineYear) continue;
    byYear.set(p.period.year, { x: periodEndPosition(p.period), y: p.value });
  }
  const xy = [...byYear.values()];
  if (figures.baseline !== null) xy.unshift({ x: figures.baselineYear + 1, y: figures.baseline });
  return xy;
}

function growthForecast(
  xy: readonly XY[],
  indicator: Indicator,
  figures: PlanFigures,
  endX: number,
): Forecast | null {
  const b = figures.baseline;
  const ratePct = indicator.target;
  if (b === null || ratePct === null || xy.some((p) => p.y <= 0)) return null;
  const fit = leastSquares(xy.map((p) => ({ x: p.x, y: Math.log(p.y) })));
  if (fit === null) return null;
  const value = Math.exp(fit.intercept + fit.slope * endX);
  const target = b * (1 + ratePct / 100) ** (figures.targetYear - figures.baselineYear);
  if (!Number.isFinite(value) || !Number.isFinite(target)) return null;
  // The rate's sign says the direction: growth must reach the target, decline must get below it.
  const c = compareFigures(value, target);
  return { value, target, misses: ratePct >= 0 ? c < 0 : c > 0 };
}

/** The forecast for an indicator × region, or null when it does not apply or cannot be made. */
export function forecastFor(
  indicator: Indicator,
  figures: PlanFigures,
  points: readonly SeriesPoint[],
): Forecast | null {
  if (indicator.aggregation === 'threshold' || indicator.aggregation === 'annual') return null;
  const last = points.at(-1);
  const endX = figures.targetYear + 1;
  if (last === undefined || periodEndPosition(last.period) >= endX) return null;
  const xy = yearlyPoints(points, figures);
  if (indicator.aggregation === 'growth') return growthForecast(xy, indicator, figures, endX);
  const fit = leastSquares(xy);
  const target = figures.target;
  if (fit === null || target === null) return null;
  const value = fit.intercept + fit.slope * endX;
  if (!Number.isFinite(value)) return null;
  const reached = reachesTarget(value, indicator, target);
  return reached === null ? null : { value, target, misses: !reached };
}
