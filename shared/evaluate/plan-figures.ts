import type { Indicator } from '../model/indicator.ts';
import type { MilestoneLookup } from './milestone-lookup.ts';

/** Five-year plans: without a baseline year, the plan starts five years before its target year. */
const PLAN_YEARS = 5;

/** The Indicators reader gives target year 0 when the row has no target (only a limit). */
const FIRST_YEAR = 1900;

/** Baseline B, target T and their years for one indicator in one region. */
export interface PlanFigures {
  /** y0: the indicator's baseline year, else five years before the target year. */
  baselineYear: number;
  /**
   * y1: the indicator's target year; for an indicator without one (a limit and no
   * target), the as-of year, so its actuals are still due and its pace still dated.
   */
  targetYear: number;
  /**
   * B: a milestone at the baseline year for this region, else the indicator's baseline;
   * 0 for a cumulative indicator with neither (it counts from 0); null otherwise.
   */
  baseline: number | null;
  /** The plan gives no baseline (B is null, or 0 only because the indicator is cumulative). */
  baselineMissing: boolean;
  /**
   * T: a milestone at the target year for this region, else the indicator's target, else
   * the number of its target line. For `growth` the yearly rate in percent, for `annual`
   * each year's amount (milestones per year apply in pace.ts).
   */
  target: number | null;
}

/** The plan figures of an indicator for a region, milestones overriding the plan's own. */
export function planFigures(
  indicator: Indicator,
  region: string,
  milestone: MilestoneLookup,
  asOfYear: number,
): PlanFigures {
  const y1 = indicator.targetYear >= FIRST_YEAR ? indicator.targetYear : asOfYear;
  const y0 = indicator.baselineYear ?? y1 - PLAN_YEARS;
  const byMilestone = (year: number): number | null =>
    milestone(indicator.id, region, String(year));
  const planBaseline = byMilestone(y0) ?? indicator.baseline;
  const baseline = planBaseline ?? (indicator.aggregation === 'cumulative' ? 0 : null);
  const line = indicator.targetLine;
  const lineTarget = line !== null && line.comparator !== 'between' ? line.value : null;
  const target =
    indicator.aggregation === 'growth' || indicator.aggregation === 'annual'
      ? indicator.target
      : (byMilestone(y1) ?? indicator.target ?? lineTarget);
  return {
    baselineYear: y0,
    targetYear: y1,
    baseline,
    baselineMissing: planBaseline === null,
    target,
  };
}
