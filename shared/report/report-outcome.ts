/**
 * 预期结果: the wording an evaluation table gives each indicator, read off what the
 * evaluation already found for the plan region (its status and the rules that fired),
 * never derived again from the figures.
 */
import type { MessageKey } from '../i18n/messages.ts';
import type { Finding, StatusRow } from '../model/finding.ts';

/** The 预期结果 of an evaluation table, in the order a summary counts them. */
export const OUTCOMES = [
  'achieved',
  'on_schedule',
  'lagging',
  'unlikely',
  'below_line',
  'no_data',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * A lag (gap, percentage points) up to which a `behind` indicator still reads 可按期完成:
 * a couple of points behind the time elapsed is caught up within a year, past it the
 * table says 进度滞后 (and past the behind band, `at_risk`, 难以按期完成).
 */
export const ON_SCHEDULE_BAND_PP = 2;

/** The i18n key of an outcome's wording. */
export function outcomeKey(outcome: Outcome): MessageKey {
  return `report.outcome.${outcome}`;
}

/**
 * The outcome of one indicator in the plan region. `findings` are the evaluation's
 * findings of that indicator × region. A line crossed comes first (it is never "on time");
 * a figure overdue leaves nothing to judge by, unless the target is already reached.
 */
export function outcomeOf(
  status: StatusRow,
  findings: readonly Finding[],
  bandPp: number = ON_SCHEDULE_BAND_PP,
): Outcome {
  if (status.period === '') return 'no_data';
  if (status.status === 'breached') return 'below_line';
  if (status.status === 'achieved') return 'achieved';
  if (findings.some((f) => f.rule === 'missing')) return 'no_data';
  if (status.status === 'at_risk' || findings.some((f) => f.rule === 'forecast')) return 'unlikely';
  if (status.status === 'behind' && (status.gap === null || status.gap > bandPp)) return 'lagging';
  return 'on_schedule';
}
