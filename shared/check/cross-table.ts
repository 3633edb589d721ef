import type { Grid } from '../contract/grid.ts';
import { ACTUALS, INDICATORS, MILESTONES, type TableName } from '../contract/tables.ts';
import { measuresIn } from '../formula/formula-ast.ts';
import { parseFormula } from '../formula/formula-parser.ts';
import { t } from '../i18n/messages.ts';
import { INCREMENT_MEASURE, VALUE_MEASURE } from '../model/actual.ts';
import type { Indicator } from '../model/indicator.ts';
import type { Problem } from '../model/problem.ts';
import { problemAt } from './problem-at.ts';

interface CrossTableInput {
  workbook: string;
  indicators: Indicator[];
  milestones: { id: string; row: number }[];
  actuals: { id: string; measure: string; row: number }[];
}

/**
 * Checks that need more than one table: actuals and milestones for indicators that do not
 * exist, formulas that do not parse, measures a formula does not use, and measures a
 * formula names that no actual reports. All are warnings:
 * the rows stay in the workbook and the rest of the check goes on.
 * Returns the indicators with unreadable formulas cleared, so evaluation never sees them.
 */
export function crossTableChecks(
  input: CrossTableInput,
  grids: Partial<Record<TableName, Grid>>,
): { indicators: Indicator[]; problems: Problem[] } {
  const { workbook } = input;
  const problems: Problem[] = [];
  const measuresOf = new Map<string, string[]>();

  const indicators = input.indicators.map((ind) => {
    if (ind.formula === null) return ind;
    const parsed = parseFormula(ind.formula);
    if (!parsed.ok) {
      problems.push(
        problemAt(
          grids.Indicators,
          INDICATORS,
          workbook,
          ind.row,
          'formula',
          ind.formula,
          parsed.error.code,
          parsed.error.message,
        ),
      );
      return { ...ind, formula: null };
    }
    measuresOf.set(ind.id, measuresIn(parsed.value.ast));
    return ind;
  });

  const known = new Set(indicators.map((i) => i.id));
  // Measures of an indicator whose formula failed are not reported again: one problem, one message.
  const brokenFormula = new Set(
    input.indicators.filter((i) => i.formula !== null && !measuresOf.has(i.id)).map((i) => i.id),
  );
  for (const m of input.milestones) {
    if (!known.has(m.id)) {
      problems.push(
        problemAt(
          grids.Milestones,
          MILESTONES,
          workbook,
          m.row,
          'id',
          m.id,
          'check.unknown_indicator',
          t('check.unknown_indicator', { id: m.id }),
        ),
      );
    }
  }
  for (const a of input.actuals) {
    if (!known.has(a.id)) {
      problems.push(
        problemAt(
          grids.Actuals,
          ACTUALS,
          workbook,
          a.row,
          'id',
          a.id,
          'check.unknown_indicator',
          t('check.unknown_indicator', { id: a.id }),
        ),
      );
      continue;
    }
    if (a.measure === VALUE_MEASURE || a.measure === INCREMENT_MEASURE || brokenFormula.has(a.id))
      continue;
    const measures = measuresOf.get(a.id) ?? [];
    if (!measures.includes(a.measure)) {
      const expected = measures.length > 0 ? measures.join(', ') : '—';
      problems.push(
        problemAt(
          grids.Actuals,
          ACTUALS,
          workbook,
          a.row,
          'measure',
          a.measure,
          'check.unused_measure',
          t('check.unused_measure', { measure: a.measure, id: a.id, expected }),
        ),
      );
    }
  }
  problems.push(...unreportedMeasures(input, measuresOf, grids));
  return { indicators, problems };
}

/**
 * A formula naming a measure that no Actuals row of its indicator reports: once the
 * indicator has actuals at all, its rate cannot be computed for any period. Indicators
 * with no actuals yet are left alone (a new plan has none).
 */
function unreportedMeasures(
  input: CrossTableInput,
  measuresOf: ReadonlyMap<string, string[]>,
  grids: Partial<Record<TableName, Grid>>,
): Problem[] {
  const reported = new Map<string, Set<string>>();
  for (const a of input.actuals) {
    const set = reported.get(a.id) ?? new Set<string>();
    set.add(a.measure);
    reported.set(a.id, set);
  }
  const problems: Problem[] = [];
  for (const ind of input.indicators) {
    const measures = measuresOf.get(ind.id);
    const present = reported.get(ind.id);
    if (measures === undefined || present === undefined || ind.formula === null) continue;
    const missing = measures.filter((m) => !present.has(m));
    if (missing.length === 0) continue;
    const params = { measure: missing.join(', '), id: ind.id, present: [...present].join(', ') };
    problems.push(
      problemAt(
        grids.Indicators,
        INDICATORS,
        input.workbook,
        ind.row,
        'formula',
        ind.formula,
        'check.formula_measure_unreported',
        t('check.formula_measure_unreported', params),
      ),
    );
  }
  return problems;
}
