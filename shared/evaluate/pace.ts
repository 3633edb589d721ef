/**
 * Pace (序时进度), docs/architecture.md §4.4: time elapsed e, completion c, expected E and
 * gap g = e − c at one reported period. Computed at full precision; rounding is for output only.
 */
import type { Indicator } from '../model/indicator.ts';
import { monthsIntoYear, periodEndPosition, type Period } from '../parse/period.ts';
import { compareFigures } from './figure-compare.ts';
import type { MilestoneLookup } from './milestone-lookup.ts';
import type { PlanFigures } from './plan-figures.ts';
import type { SeriesPoint } from './series.ts';

/** Why pace could not be computed. */
export type PaceUnavailable =
  /** No baseline B (growth also needs B > 0). */
  | 'no_baseline'
  /** No target T (or a growth rate / annual amount of 0). */
  | 'no_target'
  /** T equals B: there is no distance to cover. */
  | 'flat_target'
  /** `growth` at or before the baseline year: no year of growth yet. */
  | 'before_plan';

export interface Pace {
  /** e as a share (0.6 = 60 %); 1 for growth; null when unknown. */
  elapsed: number | null;
  /** c as a share; null when pace is unavailable. */
  completion: number | null;
  /** g in percentage points (against the milestone when one is set); null when unavailable. */
  gap: number | null;
  /** E: the milestone for the period, else the value on the straight path from B to T. */
  expected: number | null;
  /** The figure compared: the latest value, the running total, or year-to-date for `annual`. */
  actual: number;
  /** What c is measured against: T, the year's target (`annual`) or the rate in % (`growth`). */
  target: number | null;
  /** For `growth`: compound annual growth to date as a share (0.075 = 7.5 %/yr). */
  growthRate: number | null;
  unavailable: PaceUnavailable | null;
}

/** Everything pace needs besides the series. */
export interface PaceContext {
  indicator: Indicator;
  region: string;
  figures: PlanFigures;
  milestone: MilestoneLookup;
}

/** Share of the plan period [end of y0 → end of y1] elapsed at the end of a period, within [0, 1]. */
export function elapsedShare(period: Period, baselineYear: number, targetYear: number): number {
  if (targetYear <= baselineYear) return 1;
  const e = (periodEndPosition(period) - (baselineYear + 1)) / (targetYear - baselineYear);
  return Math.min(1, Math.max(0, e));
}

/** on_track for g ≤ 0, behind up to behindMaxPp, at_risk beyond (float noise at 0 is on track). */
export function paceStatus(gapPp: number, behindMaxPp: number): 'on_track' | 'behind' | 'at_risk' {
  if (compareFigures(gapPp, 0) <= 0) return 'on_track';
  return compareFigures(gapPp, behindMaxPp) <= 0 ? 'behind' : 'at_risk';
}

function unavailable(
  reason: PaceUnavailable,
  actual: number,
  target: number | null,
  elapsed: number | null,
  expected: number | null = null,
): Pace {
  return {
    elapsed,
    completion: null,
    gap: null,
    expected,
    actual,
    target,
    growthRate: null,
    unavailable: reason,
  };
}

function levelPace(ctx: PaceContext, point: SeriesPoint): Pace {
  const { baseline: b, target: t, baselineYear, targetYear } = ctx.figures;
  const e = elapsedShare(point.period, baselineYear, targetYear);
  const a = point.value;
  const milestone = ctx.milestone(ctx.indicator.id, ctx.region, point.period.text);
  if (b === null) return unavailable('no_baseline', a, t, e, milestone);
  if (t === null) return unavailable('no_target', a, t, e, milestone);
  if (compareFigures(t, b) === 0) return unavailable('flat_target', a, t, e, milestone);
  const expected = milestone ?? b + (t - b) * e;
  // (E − A)/(T − B) equals e − c on the straight path and follows the milestone when set.
  const gap = ((expected - a) / (t - b)) * 100;
  return {
    elapsed: e,
    completion: (a - b) / (t - b),
    gap,
    expected,
    actual: a,
    target: t,
    growthRate: null,
    unavailable: null,
  };
}

function annualPace(
  ctx: PaceContext,
  points: readonly SeriesPoint[],
  index: number,
  point: SeriesPoint,
): Pace {
  const { period } = point;
  // Year to date: this period and the earlier ones of the same year and kind.
  let ytd = 0;
  for (const p of points.slice(0, index + 1)) {
    if (p.period.year === period.year && p.period.kind === period.kind) ytd += p.value;
  }
  const { id } = ctx.indicator;
  const yearTarget = ctx.milestone(id, ctx.region, String(period.year)) ?? ctx.indicator.target;
  const e = monthsIntoYear(period) / 12;
  if (yearTarget === null || yearTarget === 0) return unavailable('no_target', ytd, yearTarget, e);
  const expected = ctx.milestone(id, ctx.region, period.text) ?? yearTarget * e;
  // For a yearly cap (越低越好) using the amount faster than time is what falls behind.
  const sign = ctx.indicator.direction === 'lower' ? -1 : 1;
  const gap = sign * ((expected - ytd) / yearTarget) * 100;
  const completion = ytd / yearTarget;
  return {
    elapsed: e,
    completion,
    gap,
    expected,
    actual: ytd,
    target: yearTarget,
    growthRate: null,
    unavailable: null,
  };
}

function growthPace(ctx: PaceContext, point: SeriesPoint): Pace {
  const { baseline: b, baselineYear } = ctx.figures;
  const ratePct = ctx.indicator.target;
  const a = point.value;
  if (b === null || b <= 0) return unavailable('no_baseline', a, ratePct, 1);
  if (ratePct === null || ratePct === 0) return unavailable('no_target', a, ratePct, 1);
  const years = periodEndPosition(point.period) - (baselineYear + 1);
  if (years <= 0) return unavailable('before_plan', a, ratePct, 1);
  const rate = ratePct / 100;
  // A figure at or below zero has lost everything: growth −100 %, never NaN.
  const growth = Math.max(0, a / b) ** (1 / years) - 1;
  const c = growth / rate;
  return {
    elapsed: 1,
    completion: c,
    gap: (1 - c) * 100,
    expected: b * (1 + rate) ** years,
    actual: a,
    target: ratePct,
    growthRate: growth,
    unavailable: null,
  };
}

/** Pace at points[index]; null for `threshold` indicators, which have lines, not pace. */
export function paceAt(
  ctx: PaceContext,
  points: readonly SeriesPoint[],
  index: number,
): Pace | null {
  const point = points[index];
  if (point === undefined) return null;
  switch (ctx.indicator.aggregation) {
    case 'threshold':
      return null;
    case 'annual':
      return annualPace(ctx, points, index, point);
    case 'growth':
      return growthPace(ctx, point);
    case 'level':
    case 'cumulative':
      return levelPace(ctx, point);
  }
}
