import type { DueDaysSpec } from '../calendar/due-days-text.ts';
import type { Line } from './line.ts';

/** 约束性 (binding) or 预期性 (expected). */
export type Kind = 'binding' | 'expected';

/** How an indicator's figures add up (docs/architecture.md §4.1). */
export type Aggregation = 'level' | 'cumulative' | 'annual' | 'threshold' | 'growth';

/** 越高越好 / 越低越好 / 区间. */
export type Direction = 'higher' | 'lower' | 'band';

/** How often actuals are due. */
export type Frequency = 'annual' | 'quarterly' | 'monthly';

/** One row of the Indicators table, validated. */
export interface Indicator {
  id: string;
  category: string;
  name: string;
  unit: string;
  kind: Kind;
  aggregation: Aggregation;
  direction: Direction;
  /** null when the plan gives no baseline (`/`, `—`, empty). */
  baselineYear: number | null;
  baseline: number | null;
  targetYear: number;
  /**
   * The target number. For `growth` it is the yearly rate in percent (8 means 8 %/yr);
   * for `annual` it is each year's amount. null for a `threshold` indicator whose only
   * target is its line.
   */
  target: number | null;
  /** The target as a condition when it was written as one (`98.5%以上`), else null. */
  targetLine: Line | null;
  /** A hard line that must never be crossed (`低于0.36`). */
  limit: Line | null;
  /** Warning line: crossing it (but not the limit) is `near_limit`. */
  warning: number | null;
  /** Recovery line: a firing line alert resolves only once the actual is past it. */
  recovery: number | null;
  /** Rate formula over named measures, e.g. `accidents / units * 10000`. */
  formula: string | null;
  frequency: Frequency;
  /**
   * How long after period end a figure is due (`10个工作日`, `15天`); null = the Settings
   * default for its frequency.
   */
  dueDays: DueDaysSpec | null;
  owner: string;
  notes: string;
  /** 1-based sheet row the indicator was read from (for messages); 0 when not from a sheet. */
  row: number;
}
