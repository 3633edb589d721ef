import type { Grid } from '../contract/grid.ts';
import { matchHeaders } from '../contract/header-match.ts';
import { ACTUALS, INDICATORS, MILESTONES, bilingualHeader, type TableName, type TableSpec } from '../contract/tables.ts';
import { measuresIn } from '../formula/formula-ast.ts';
import { parseFormula } from '../formula/formula-parser.ts';
import { t, type Bilingual } from '../i18n/messages.ts';
import { INCREMENT_MEASURE, VALUE_MEASURE } from '../model/actual.ts';
import type { Indicator } from '../model/indicator.ts';
import type { Problem } from '../model/problem.ts';

interface CrossTableInput {
  workbook: string;
  indicators: Indicator[];
  milestones: { id: string; row: number }[];
  actuals: { id: string; measure: string; row: number }[];
}

/** Names the sheet, row and column of a cell for a problem found across tables. */
function problemAt(
  grid: Grid | undefined,
  spec: TableSpec,
  workbook: string,
  row: number,
  key: string,
  value: string,
  code: string,
  detail: Bilingual,
): Problem {
  const sheet = grid?.sheet ?? spec.sheet;
  const index = grid ? matchHeaders(grid.header, spec).columns.get(key) : undefined;
  const letter = index === undefined ? undefined : grid?.columnLetters[index];
  const col = spec.columns.find((c) => c.key === key);
  const header = col ? bilingualHeader(col) : key;
  const column = letter ? `${header} (${letter})` : header;
  const where = { workbook, sheet, row, column };
  return {
    ...where,
    value,
    code,
    message: t('row.at', { ...where, detailZh: detail.zh, detailEn: detail.en }),
    level: 'warning',
  };
}

/**
 * Checks that need more than one table: actuals and milestones for indicators that do not
 * exist, formulas that do not parse, and measures a formula does not use. All are warnings:
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
        problemAt(grids.Indicators, INDICATORS, workbook, ind.row, 'formula', ind.formula, parsed.error.code, parsed.error.message),
      );
      return { ...ind, formula: null };
    }
    measuresOf.set(ind.id, measuresIn(parsed.value.ast));
    return ind;
  });

  const known = new Set(indicators.map((i) => i.id));
  // Measures of an indicator whose formula failed are not reported again: one problem, one message.
  const brokenFormula = new Set(input.indicators.filter((i) => i.formula !== null && !measuresOf.has(i.id)).map((i) => i.id));
  for (const m of input.milestones) {
    if (!known.has(m.id)) {
      problems.push(
        problemAt(grids.Milestones, MILESTONES, workbook, m.row, 'id', m.id, 'check.unknown_indicator', t('check.unknown_indicator', { id: m.id })),
      );
    }
  }
  for (const a of input.actuals) {
    if (!known.has(a.id)) {
      problems.push(
        problemAt(grids.Actuals, ACTUALS, workbook, a.row, 'id', a.id, 'check.unknown_indicator', t('check.unknown_indicator', { id: a.id })),
      );
      continue;
    }
    if (a.measure === VALUE_MEASURE || a.measure === INCREMENT_MEASURE || brokenFormula.has(a.id)) continue;
    const measures = measuresOf.get(a.id) ?? [];
    if (!measures.includes(a.measure)) {
      const expected = measures.length > 0 ? measures.join(', ') : '—';
      problems.push(
        problemAt(grids.Actuals, ACTUALS, workbook, a.row, 'measure', a.measure, 'check.unused_measure', t('check.unused_measure', { measure: a.measure, id: a.id, expected })),
      );
    }
  }
  return { indicators, problems };
}
