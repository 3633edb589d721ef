/**
 * The plan-table importer over a document's text: every indicator table the text holds
 * (doc-table-text.ts), imported in order with ids numbering on, plus what rebuilding the
 * rows from the text could not settle.
 */
import { t } from '../i18n/messages.ts';
import { readDocTables } from './doc-table-text.ts';
import {
  importPlanTable,
  type PlanImport,
  type PlanImportOptions,
  type PlanImportResult,
} from './plan-table.ts';
import type { PlanNotice, PlanQuestion } from './plan-question.ts';
import { isNewCount } from './plan-row.ts';
import { answerFits, answerHint, scopeKey } from './plan-answers.ts';

/**
 * Imports the indicator tables of a document's text. A row that lost a figure cell is
 * read with its figure as the target: a notice for 新增 rows (they have no baseline), a
 * question for the others. Fails with a message when the text holds no table.
 */
export function importPlanDocument(
  text: string,
  options: PlanImportOptions = {},
): PlanImportResult {
  const source = options.source ?? '';
  const tables = readDocTables(text);
  if (tables.length === 0)
    return { ok: false, row: 0, message: t('import.plan.no_table', { source }) };
  let merged: PlanImport | null = null;
  let next = options.firstNumber ?? 1;
  for (const table of tables) {
    const result = importPlanTable(table.rows, { ...options, firstNumber: next });
    if (!result.ok) {
      if (merged === null && table === tables[tables.length - 1]) return result;
      continue;
    }
    next += result.indicators.length;
    const hasSeq = result.header.columns.some((c) => c.role === 'seq');
    const answered = (row: number, seq: number | null): boolean =>
      (options.answers ?? []).some(
        (a) =>
          a.kind === 'field' &&
          a.scope !== 'table' &&
          answerFits(a.scope, { row, seq, id: '' }, hasSeq),
      );
    const questions: PlanQuestion[] = [];
    const notices: PlanNotice[] = [];
    for (const m of table.misfits) {
      notices.push({
        row: m.line,
        column: '',
        text: m.text,
        message: t('import.plan.n.misfit', { source, row: m.line, value: m.text }),
      });
    }
    for (const s of table.shortRows) {
      const name = s.name;
      const params = { source, row: s.row, name, value: s.value, columns: s.columns };
      // 新增 counts have no baseline: one figure for them is the target, as the table means.
      if (isNewCount(name)) {
        notices.push({
          row: s.row,
          column: 'baseline',
          text: s.value,
          message: t('import.plan.n.short_row', params),
        });
      } else if (!answered(s.row, s.seq)) {
        const scope = s.seq === null ? { row: s.row } : { seq: s.seq };
        questions.push({
          row: s.row,
          column: 'baseline',
          text: s.value,
          message: t('import.plan.q.short_row', params),
          answer: answerHint(scope, 'baseline', '<基期 baseline>'),
          seq: s.seq,
          key: scopeKey(scope),
          choices: [],
        });
      }
    }
    const current: PlanImport = {
      ...result,
      questions: [...result.questions, ...questions],
      notices: [...result.notices, ...notices],
    };
    merged = merged === null ? current : mergeImports(merged, current);
  }
  return merged ?? { ok: false, row: 0, message: t('import.plan.no_table', { source }) };
}

/** Two tables' results as one: rows, questions and notices in order; answers unmatched by both. */
function mergeImports(a: PlanImport, b: PlanImport): PlanImport {
  const unmatched = a.unmatchedAnswers.filter((x) => b.unmatchedAnswers.includes(x));
  return {
    ...a,
    indicators: [...a.indicators, ...b.indicators],
    origins: [...a.origins, ...b.origins],
    questions: [...a.questions, ...b.questions],
    notices: [...a.notices, ...b.notices],
    marks: [...a.marks, ...b.marks.filter((m) => !a.marks.some((x) => x.mark === m.mark))],
    notImported: [...new Set([...a.notImported, ...b.notImported])],
    actuals: [...a.actuals, ...b.actuals],
    unmatchedAnswers: unmatched,
  };
}
