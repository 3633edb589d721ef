import type { Grid, GridRow } from '../../shared/contract/grid.ts';
import { matchHeaders } from '../../shared/contract/header-match.ts';
import { ACTUALS, bilingualHeader, INDICATORS } from '../../shared/contract/tables.ts';
import { t } from '../../shared/i18n/messages.ts';
import { scopeKey, type PlanAnswer } from '../../shared/import/plan-answers.ts';
import { importPlanDocument } from '../../shared/import/plan-document.ts';
import { importPlanTable, type PlanImport } from '../../shared/import/plan-table.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { columnLetter } from '../../shared/contract/cell-address.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import { appendRows, type TableCheck } from './append-rows.ts';
import type { ImportSource } from './import-source.ts';

/** How to import a published plan table. */
export interface PlanImportSettings {
  dryRun?: boolean;
  answers?: readonly PlanAnswer[];
  /** Id prefix of the new rows (`ZB` gives ZB01, ZB02 …). */
  idPrefix?: string;
}

/** What importing a plan table did. */
export interface PlanImportOutcome {
  /** What the importer understood; null when the file held no plan table it could read. */
  plan: PlanImport | null;
  added: number;
  problems: Problem[];
}

type PlanSource = Extract<ImportSource, { kind: 'plan' | 'document' }>;

/**
 * Imports a published plan table into the workbook's Indicators: the shared importer
 * reads it; every row is written — rows with open questions too, their open cells saying
 * `待确认 to confirm` so the check refuses them until answered. Nothing is written when an
 * answer matches no row, when a new id is already taken, or with `dryRun`.
 */
export async function importPlan(
  read: PlanSource,
  intoWorkbook: string,
  file: string,
  settings: PlanImportSettings,
): Promise<PlanImportOutcome> {
  const options = {
    source: file,
    ...(settings.idPrefix ? { idPrefix: settings.idPrefix } : {}),
    answers: settings.answers ?? [],
  };
  const result =
    read.kind === 'document'
      ? importPlanDocument(read.text, options)
      : importPlanTable(read.rows, options);
  if (!result.ok) {
    const sheet = read.kind === 'plan' ? read.sheet : file;
    const problem: Problem = {
      workbook: file,
      sheet,
      row: result.row,
      column: '',
      value: '',
      code: 'import.plan',
      message: result.message,
      level: 'error',
    };
    if (read.kind === 'document') return { plan: null, added: 0, problems: [problem] };
    const header = read.rows[0]?.cells.filter((c) => c !== '').join(' | ') ?? '';
    return {
      plan: null,
      added: 0,
      problems: [
        workbookProblem('import.unknown_table', { workbook: file, sheet }, { file, header }),
        problem,
      ],
    };
  }
  const unmatched = result.unmatchedAnswers.map((a) => answerProblem(a, file));
  if (unmatched.length > 0) return { plan: result, added: 0, problems: unmatched };

  const grid = indicatorGrid(result, file);
  const appended = await appendRows(INDICATORS, grid, grid.rows, intoWorkbook, file, {
    dryRun: settings.dryRun === true,
    check: idsFree(result.indicators.map((r) => String(r.id ?? ''))),
  });
  if (result.actuals.length === 0 || appended.problems.some((p) => p.level === 'error'))
    return { plan: result, added: appended.added, problems: appended.problems };
  // An evaluation table's progress figures go into Actuals, for the rows just added.
  const actuals = actualsGrid(result, file);
  const progress = await appendRows(ACTUALS, actuals, actuals.rows, intoWorkbook, file, {
    dryRun: settings.dryRun === true,
  });
  return {
    plan: result,
    added: appended.added + progress.added,
    problems: [...appended.problems, ...progress.problems],
  };
}

/** The progress column's Actuals rows as a Grid, numbered by the indicator's source row. */
function actualsGrid(result: PlanImport, file: string): Grid {
  const header = ACTUALS.columns.map(bilingualHeader);
  const origin = new Map(result.indicators.map((r, i) => [r.id, result.origins[i]?.row ?? 0]));
  const rows: GridRow[] = result.actuals.map((row, i) => ({
    rowNumber: origin.get(row.id ?? null) ?? i + 1,
    cells: ACTUALS.columns.map((c) => ({ value: row[c.key] ?? null })),
  }));
  return {
    workbook: file,
    sheet: file,
    table: 'Actuals',
    header,
    columnLetters: header.map((_, j) => columnLetter(j + 1)),
    rows,
  };
}

/** The importer's rows as a Grid with the contract's bilingual headers, numbered by source row. */
function indicatorGrid(result: PlanImport, file: string): Grid {
  const header = INDICATORS.columns.map(bilingualHeader);
  const rows: GridRow[] = result.indicators.map((row, i) => ({
    rowNumber: result.origins[i]?.row ?? i + 1,
    cells: INDICATORS.columns.map((c) => ({ value: row[c.key] ?? null })),
  }));
  return {
    workbook: file,
    sheet: file,
    table: 'Indicators',
    header,
    columnLetters: header.map((_, j) => columnLetter(j + 1)),
    rows,
  };
}

/** Refuses the write when the workbook's Indicators already use one of the new ids. */
function idsFree(ids: readonly string[]): TableCheck {
  return (target, workbook) => {
    const grid = target.grid;
    const at = matchHeaders(grid.header, INDICATORS).columns.get('id');
    if (at === undefined) return null;
    const existing = new Set(grid.rows.map((r) => String(r.cells[at]?.value ?? '').trim()));
    const taken = ids.filter((id) => existing.has(id));
    if (taken.length === 0) return null;
    return workbookProblem(
      'import.plan.id_taken',
      { workbook, sheet: target.sheet },
      { ids: taken.join(', ') },
    );
  };
}

function answerProblem(a: PlanAnswer, file: string): Problem {
  const where = a.kind === 'field' && a.scope !== 'table' ? scopeKey(a.scope) : '';
  return {
    workbook: file,
    sheet: '',
    row: 0,
    column: a.kind === 'field' ? a.field : 'marker',
    value: a.text,
    code: 'import.plan.answer_unmatched',
    message: t('import.plan.answer_unmatched', { value: a.text, where }),
    level: 'error',
  };
}
