/** Every status of docs/architecture.md §4.5. */
export const STATUSES = [
  'achieved',
  'on_track',
  'behind',
  'at_risk',
  'breached',
  'near_limit',
  'no_data',
  'no_baseline',
  'forecast_miss',
  'inconsistent',
] as const;
export type Status = (typeof STATUSES)[number];

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rank for comparisons: critical > warning > info. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/**
 * The rule an alert comes from. An alert's identity is (indicator, region, rule), so a
 * pace alert moving from `behind` to `at_risk` stays one row.
 */
export const RULES = ['pace', 'line', 'missing', 'forecast', 'consistency', 'baseline'] as const;
export type Rule = (typeof RULES)[number];
