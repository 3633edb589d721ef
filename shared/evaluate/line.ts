/**
 * Lines (docs/architecture.md §4.6): a hard limit, or the target line of a `threshold`
 * indicator, against a value. Strictness is the comparator's: `lt`/`gt` (低于/高于) strict,
 * `lte`/`gte` (以下/以上/以内/不低于/不高于/控制在) inclusive. The warning and recovery lines sit
 * on the safe side of the line and are read with the line's own comparator.
 */
import type { Indicator } from '../model/indicator.ts';
import type { Line } from '../model/line.ts';
import { compareFigures } from './figure-compare.ts';

/** Where a value stands against a line with an optional warning line. */
export type LineState = 'holds' | 'near_limit' | 'breached';

/** True when the value satisfies the line (a band `between` includes both bounds). */
export function holds(line: Line, value: number): boolean {
  const c = compareFigures(value, line.value);
  switch (line.comparator) {
    case 'lt':
      return c < 0;
    case 'lte':
      return c <= 0;
    case 'gt':
      return c > 0;
    case 'gte':
      return c >= 0;
    case 'eq':
      return c === 0;
    case 'between':
      return c >= 0 && compareFigures(value, line.upper ?? line.value) <= 0;
  }
}

/** The same line moved to another number (for warning and recovery lines). */
function shifted(line: Line, value: number): Line | null {
  return line.comparator === 'between' || line.comparator === 'eq' ? null : { ...line, value };
}

/**
 * The line an indicator's values are checked against: its limit; for a `threshold`
 * indicator without one, its target line, or an inclusive line at its target number in
 * its direction (`higher` → ≥ T, `lower` → ≤ T). null when none applies.
 */
export function lineFor(indicator: Indicator): Line | null {
  if (indicator.limit !== null) return indicator.limit;
  if (indicator.aggregation !== 'threshold') return null;
  if (indicator.targetLine !== null) return indicator.targetLine;
  const { target, direction, unit } = indicator;
  if (target === null || direction === 'band') return null;
  return { comparator: direction === 'higher' ? 'gte' : 'lte', value: target, unit, text: '' };
}

/**
 * breached when the value does not hold the line; near_limit when it holds the line but
 * not the warning line (a band has no warning line); holds otherwise.
 */
export function lineState(line: Line, warning: number | null, value: number): LineState {
  if (!holds(line, value)) return 'breached';
  const warningLine = warning === null ? null : shifted(line, warning);
  if (warningLine !== null && !holds(warningLine, value)) return 'near_limit';
  return 'holds';
}

/** Whether the value is past the recovery line (always true for bands, which have none). */
export function isPastRecovery(line: Line, recovery: number, value: number): boolean {
  const recoveryLine = shifted(line, recovery);
  return recoveryLine === null || holds(recoveryLine, value);
}

/** The relation a value has to a line it does not hold: `低于0.36` breached is `≥`. */
export function breachSymbol(line: Line): string {
  switch (line.comparator) {
    case 'lt':
      return '≥';
    case 'lte':
      return '>';
    case 'gt':
      return '≤';
    case 'gte':
      return '<';
    case 'eq':
    case 'between':
      return '≠';
  }
}
