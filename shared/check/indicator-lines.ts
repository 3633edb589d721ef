/**
 * Checks across the columns of one Indicators row that the row reader cannot make cell by
 * cell: a target on the wrong side of the baseline for the direction, and a warning line
 * that is not on the safe side of the limit. Both are warnings: the row is kept, since the
 * planner may mean it, but it is most likely a typo.
 */
import type { Grid } from '../contract/grid.ts';
import { INDICATORS } from '../contract/tables.ts';
import { compareFigures } from '../evaluate/figure-compare.ts';
import { holds, lineFor } from '../evaluate/line.ts';
import { t } from '../i18n/messages.ts';
import type { Indicator } from '../model/indicator.ts';
import type { Problem } from '../model/problem.ts';
import { problemAt, shownAt } from './problem-at.ts';

/** Warnings for every indicator whose target, baseline, direction and lines disagree. */
export function indicatorLineChecks(
  workbook: string,
  indicators: readonly Indicator[],
  grid: Grid | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const ind of indicators) {
    const side = targetSide(ind);
    if (side !== null) {
      const params = { target: ind.target ?? '', baseline: ind.baseline ?? '' };
      const code = side === 'below' ? 'check.target_below_baseline' : 'check.target_above_baseline';
      problems.push(
        problemAt(
          grid,
          INDICATORS,
          workbook,
          ind.row,
          'target',
          shownAt(grid, INDICATORS, ind.row, 'target'),
          code,
          t(code, params),
        ),
      );
    }
    const line = lineFor(ind);
    if (line !== null && ind.warning !== null && !warningOnSafeSide(line, ind.warning)) {
      const params = { warning: ind.warning, limit: line.text || String(line.value) };
      const value = shownAt(grid, INDICATORS, ind.row, 'warning');
      problems.push(
        problemAt(
          grid,
          INDICATORS,
          workbook,
          ind.row,
          'warning',
          value,
          'check.warning_beyond_limit',
          t('check.warning_beyond_limit', params),
        ),
      );
    }
  }
  return problems;
}

/**
 * `below` when a higher-is-better level or running total aims below its baseline, `above`
 * for the reverse; null when the two agree or the question does not apply (growth rates,
 * yearly amounts and lines are not levels to compare with a baseline).
 */
function targetSide(ind: Indicator): 'below' | 'above' | null {
  if (ind.aggregation !== 'level' && ind.aggregation !== 'cumulative') return null;
  if (ind.target === null || ind.baseline === null || ind.targetLine !== null) return null;
  const c = compareFigures(ind.target, ind.baseline);
  if (ind.direction === 'higher' && c < 0) return 'below';
  if (ind.direction === 'lower' && c > 0) return 'above';
  return null;
}

/** The warning line must hold the limit and not sit on it; bands and exact lines have none. */
function warningOnSafeSide(
  line: NonNullable<ReturnType<typeof lineFor>>,
  warning: number,
): boolean {
  if (line.comparator === 'between' || line.comparator === 'eq') return true;
  return holds(line, warning) && compareFigures(warning, line.value) !== 0;
}
