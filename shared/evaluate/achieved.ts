/**
 * 已完成 (docs/architecture.md §4.5): the figure has reached the target in the plan's direction. A
 * target written as a condition (`98.5%以上`, `高于90`) is reached with that condition's strictness.
 */
import type { Indicator } from '../model/indicator.ts';
import { monthsIntoYear, periodEndPosition, type Period } from '../parse/period.ts';
import { compareFigures } from './figure-compare.ts';
import { holds } from './line.ts';
import type { Pace } from './pace.ts';
import type { PlanFigures } from './plan-figures.ts';

/**
 * Whether a value reaches target T: by the target line when T is that line's number (or
 * the line is a band), else ≥ T for `higher`, ≤ T for `lower`. null when it cannot be
 * told (no T, or a band without a band line).
 */
export function reachesTarget(
  value: number,
  indicator: Indicator,
  target: number | null,
): boolean | null {
  const line = indicator.targetLine;
  if (line !== null && line.comparator !== 'eq') {
    if (
      line.comparator === 'between' ||
      target === null ||
      compareFigures(line.value, target) === 0
    ) {
      return holds(line, value);
    }
  }
  if (target === null) return null;
  switch (indicator.direction) {
    case 'higher':
      return compareFigures(value, target) >= 0;
    case 'lower':
      return compareFigures(value, target) <= 0;
    case 'band':
      return null;
  }
}

/**
 * Whether the indicator is achieved at this period. `threshold` never is (holding its
 * line is on track); `annual` when the year-to-date reaches the year's target (a yearly
 * cap only once the year is complete); `growth` when the final year's growth holds the rate.
 */
export function isAchieved(
  indicator: Indicator,
  figures: PlanFigures,
  pace: Pace | null,
  period: Period,
): boolean {
  if (pace === null) return false;
  switch (indicator.aggregation) {
    case 'threshold':
      return false;
    case 'annual': {
      if (pace.target === null) return false;
      const c = compareFigures(pace.actual, pace.target);
      return indicator.direction === 'lower' ? monthsIntoYear(period) === 12 && c <= 0 : c >= 0;
    }
    case 'growth':
      return (
        pace.completion !== null &&
        periodEndPosition(period) >= figures.targetYear + 1 &&
        compareFigures(pace.completion, 1) >= 0
      );
    case 'level':
    case 'cumulative':
      return reachesTarget(pace.actual, indicator, figures.target) === true;
  }
}
