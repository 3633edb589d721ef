/**
 * A line an actual is compared against: a hard limit (`低于0.36`), a target written as
 * a condition (`98.5%以上`), or a band (`3~5`).
 *
 * Strictness follows the wording (docs/architecture.md §4.6): 低于/高于 are strict (`lt`/`gt`),
 * 以上/以下/以内/不低于/不高于/控制在 are inclusive (`gte`/`lte`).
 */
export type Comparator = 'lt' | 'lte' | 'gt' | 'gte' | 'eq' | 'between';

export interface Line {
  comparator: Comparator;
  /** The number the comparator applies to; for `between`, the lower bound. */
  value: number;
  /** Upper bound, only for `between`. */
  upper?: number;
  /** Unit written with the number (`%`, `批次/千人`, `分`), '' when none. */
  unit: string;
  /** The text the line was read from, kept for messages. */
  text: string;
}
