import type { Bilingual } from '../i18n/messages.ts';
import type { OwedFigure } from './owed-figure.ts';
import type { Rule, Severity, Status } from './status.ts';

/**
 * The evaluation of one indicator × region at the as-of date: the status shown in the
 * Status table, with the pace figures.
 */
export interface StatusRow {
  id: string;
  name: string;
  category: string;
  kind: 'binding' | 'expected';
  owner: string;
  unit: string;
  region: string;
  /** Latest reported period ('' when none). */
  period: string;
  /** Overdue periods without a figure before the latest reported one (`2021`, `2022`). */
  gaps: string[];
  /**
   * The figure this row waits for: the latest period overdue without a figure, else the
   * next period due after the as-of date (when not reported early); null when none is.
   */
  due: FigureDue | null;
  status: Status;
  severity: Severity;
  /** Completion c as a percentage (41.2 means 41.2 %), null when not computable. */
  completion: number | null;
  /** Time elapsed e as a percentage. */
  elapsed: number | null;
  /** g = e − c in percentage points. */
  gap: number | null;
  expected: number | null;
  actual: number | null;
  /** Least-squares projection to the target year. */
  forecast: number | null;
  target: number | null;
}

/** A period's figure and its due date (shared/calendar/due-date.ts). */
export interface FigureDue {
  period: string;
  /** YYYY-MM-DD. */
  date: string;
  overdue: boolean;
  /** Counted Monday–Friday: the year is not in the holiday calendar yet. */
  estimated: boolean;
}

/** A rule that fires for an indicator × region: becomes (or updates) one alert. */
export interface Finding {
  id: string;
  region: string;
  rule: Rule;
  status: Status;
  severity: Severity;
  period: string;
  actual: number | null;
  expected: number | null;
  target: number | null;
  gap: number | null;
  message: Bilingual;
  /**
   * For `line` findings on indicators with a recovery line: whether the actual is past
   * the recovery line. A firing line alert resolves only when this is true.
   */
  pastRecovery?: boolean;
}

/** What the engine returns for one workbook. */
export interface Evaluation {
  asOf: string;
  statuses: StatusRow[];
  findings: Finding[];
  /**
   * Indicator × region × rule triples whose line condition cleared but not past the
   * recovery line: an alert already firing for them stays firing (hysteresis).
   */
  holding: Finding[];
  /** Figures not reported: the latest overdue period and the next one due, per indicator × region. */
  owed: OwedFigure[];
  /** Years whose due dates were counted Monday–Friday (not in the holiday calendar yet). */
  estimatedYears: number[];
}
