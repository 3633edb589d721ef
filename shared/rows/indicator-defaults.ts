import type { Aggregation, Direction } from '../model/indicator.ts';
import type { Line } from '../model/line.ts';
import { inUnit } from '../parse/number-text.ts';
import { directionOfComparator, type TargetResult } from '../parse/target-text.ts';

type TargetOk = Extract<TargetResult, { ok: true }>;

/** The cumulative footnote of plan tables (`44*` = 累加值). */
const CUMULATIVE_MARK = '*';

/**
 * The aggregation when the row leaves it empty: the target's wording (年均增长 → growth,
 * 每年新增 → annual, 累计 → cumulative), else a `*` on target or baseline → cumulative
 * (unless the planner said 否), else a target written as a line → threshold, else level.
 */
export function defaultAggregation(
  target: TargetOk | null,
  baselineMarkers: readonly string[],
  starMeansCumulative: boolean,
): Aggregation {
  if (target?.aggregationHint) return target.aggregationHint;
  const starred = [...(target?.markers ?? []), ...baselineMarkers].includes(CUMULATIVE_MARK);
  if (starred && starMeansCumulative) return 'cumulative';
  if (target?.line) return 'threshold';
  return 'level';
}

/**
 * The direction when the row leaves it empty: from the target's line or wording, else
 * from baseline → target, else from the limit's line. null when none tells (the planner
 * must say: docs/architecture.md §4.2 forbids guessing, e.g. for 不合格率).
 */
export function inferredDirection(
  target: TargetOk | null,
  baseline: number | null,
  targetValue: number | null,
  limit: Line | null,
): Direction | null {
  if (target?.directionHint) return target.directionHint;
  if (baseline !== null && targetValue !== null && baseline !== targetValue) {
    return targetValue > baseline ? 'higher' : 'lower';
  }
  return limit ? directionOfComparator(limit.comparator) : null;
}

/** A target result with its value and line expressed in the indicator's unit (`57万` → 57 for `万户`). */
export function targetInUnit(r: TargetOk, unit: string): TargetOk {
  const scale = (n: number): number => inUnit(n, r.multiplier, unit);
  const line: Line | null = r.line
    ? {
        ...r.line,
        value: scale(r.line.value),
        ...(r.line.upper === undefined ? {} : { upper: scale(r.line.upper) }),
      }
    : null;
  return { ...r, value: r.value === null ? null : scale(r.value), line };
}
