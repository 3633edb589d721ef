/** Measure name for the reported figure itself. */
export const VALUE_MEASURE = 'value';
/** Measure name for a yearly increment of a cumulative indicator. */
export const INCREMENT_MEASURE = 'increment';

/** One row of the Actuals table, validated. */
export interface Actual {
  id: string;
  region: string;
  /** Period text as written in the contract: `2023`, `2023-Q3`, `2023-09`. */
  period: string;
  /** `value` (default), `increment`, or a named measure a formula uses (`accidents`). */
  measure: string;
  value: number | null;
  /** The published figure for this indicator, region and period, if any. */
  officialValue: number | null;
  source: string;
  enteredBy: string;
  enteredAt: string;
  row: number;
}
