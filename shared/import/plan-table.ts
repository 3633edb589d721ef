/**
 * The plan-table importer: a published indicator table (a pasted range, a CSV, an .xlsx
 * sheet, or a table rebuilt from a document's text) → Indicators rows of the workbook
 * contract, plus the questions the table leaves open. Pure: cells in, rows out.
 *
 * The steps: Traditional → Simplified; find the header (one or two levels); classify the
 * rows under it (indicators, subheadings, footnotes, 合计); read the footnotes' marks; build
 * each indicator row; ask what the table does not say; apply the planner's answers.
 */
import { ACTUALS } from '../contract/tables.ts';
import type { TemplateRow } from '../contract/template.ts';
import { t, type Bilingual } from '../i18n/messages.ts';
import { parseKind } from '../parse/enum-values.ts';
import { carryCategory, classifyBodyRows, type BodyRow } from './category-rows.ts';
import { readFootnotes, type MarkExplanation } from './markers.ts';
import { tableUnit } from './name-unit.ts';
import { answerFits, answerHint, type PlanAnswer } from './plan-answers.ts';
import { findPlanHeader, type ColumnRole, type PlanColumn } from './plan-header.ts';
import { toConfirm, type PlanNotice, type PlanQuestion } from './plan-question.ts';
import { ANSWERABLE_CELLS, buildRow, rowSeq, type BuiltRow, type RowContext } from './plan-row.ts';
import { planPeriodOf } from './plan-years.ts';
import { figureNumber, isPlainFigure, readFigureCell } from './target-cell.ts';
import type { TextRow } from './text-grid.ts';
import { toSimplified } from './traditional.ts';

/** How to import. */
export interface PlanImportOptions {
  /** Ids are the prefix and the row's position: `ZB01`, `ZB02` … (default `ZB`). */
  idPrefix?: string;
  /** Position of the first row (default 1), so several tables can number on. */
  firstNumber?: number;
  /** File or document name, for messages and the notes' source (default ''). */
  source?: string;
  /** The planner's answers to earlier questions. */
  answers?: readonly PlanAnswer[];
}

/** A column as understood, for the planner to check. */
export interface UnderstoodColumn {
  label: string;
  role: ColumnRole;
  year: number | null;
  unit: string;
}

/** What the importer read from a table. */
export interface PlanImport {
  ok: true;
  /** Contract Indicators rows (canonical keys), in table order. */
  indicators: TemplateRow[];
  /** Per indicator (same order): its source row and the marks it carried. */
  origins: { row: number; marks: string[] }[];
  questions: PlanQuestion[];
  notices: PlanNotice[];
  header: { rows: number[]; columns: UnderstoodColumn[] };
  /** Headers of the columns whose cells are not imported (columns the importer does not know). */
  notImported: string[];
  /**
   * Actuals rows (canonical keys) from an evaluation table's progress column (进展情况,
   * `2023年完成情况`), once its period is known (from its header or `progress.period=`).
   */
  actuals: TemplateRow[];
  /** The marks the table uses and what they mean (explained by a footnote or an answer). */
  marks: MarkExplanation[];
  baselineYear: number | null;
  targetYear: number | null;
  /** Row and id answers that matched no row (the caller should refuse them). */
  unmatchedAnswers: PlanAnswer[];
}

export type PlanImportResult = PlanImport | { ok: false; row: number; message: Bilingual };

/** Reads a published plan table into Indicators rows and open questions. Never throws for a bad table. */
export function importPlanTable(
  input: readonly TextRow[],
  options: PlanImportOptions = {},
): PlanImportResult {
  const source = options.source ?? '';
  const rows = input.map((r) => ({
    row: r.row,
    // A cell wrapped over lines (a name in an .xlsx cell with a line break) is one text.
    cells: r.cells.map((c) =>
      toSimplified(c)
        .replace(/\s*\n\s*/g, '')
        .trim(),
    ),
  }));
  if (rows.every((r) => r.cells.every((c) => c === ''))) {
    return { ok: false, row: 0, message: t('import.plan.empty', { source }) };
  }
  const header = findPlanHeader(rows);
  if (!header)
    return {
      ok: false,
      row: 0,
      message: t('import.plan.no_header', { source, rows: Math.min(rows.length, 20) }),
    };
  const above = rows.slice(0, header.headerStart).flatMap((r) => r.cells.filter((c) => c !== ''));
  const body = classifyBodyRows(rows.slice(header.bodyStart), header.columns);
  const data = body.filter((b) => b.kind === 'data').map((b) => b.row);
  if (data.length === 0)
    return {
      ok: false,
      row: header.rows[0] ?? 0,
      message: t('import.plan.no_rows', { source, row: header.rows[0] ?? 0 }),
    };

  const columns = refineByContent(header.columns, data);
  const answers = options.answers ?? [];
  const footnotes = body.flatMap((b) => (b.kind === 'footnote' ? [b.text] : []));
  const reading = readFootnotes([...footnotes, ...above]);
  const marks = new Map(reading.marks);
  for (const a of answers)
    if (a.kind === 'mark') marks.set(a.mark, { mark: a.mark, effect: a.effect, text: a.text });
  const period = above.map(planPeriodOf).find((p) => p !== null) ?? null;
  const yearOf = (role: ColumnRole): number | null =>
    columns.find((c) => c.role === role)?.year ?? null;
  const ctx: RowContext = {
    columns,
    baselineYear: yearOf('baseline') ?? period?.baselineYear ?? null,
    targetYear: yearOf('target') ?? period?.targetYear ?? null,
    tableUnit: above.map(tableUnit).find((u) => u !== '') ?? '',
    marks,
    othersKind: reading.othersKind,
    source,
  };

  const categories = carryCategory(body, columns);
  const prefix = options.idPrefix ?? 'ZB';
  const first = options.firstNumber ?? 1;
  const width = Math.max(2, String(first + data.length - 1).length);
  const hasSeq = columns.some((c) => c.role === 'seq');
  const where = data.map((row, i) => ({
    row: row.row,
    seq: rowSeq(row, columns),
    id: `${prefix}${String(first + i).padStart(width, '0')}`,
  }));
  const built = data.map((row, i) => {
    const at = where[i] ?? { row: row.row, seq: null, id: '' };
    return buildRow(row, at.id, categories.get(row) ?? '', ctx, cellAnswers(answers, at, hasSeq));
  });

  const questions = [
    ...tableQuestions(built, data, columns, ctx),
    ...built.flatMap((b) => b.questions),
  ];
  const notices = bodyNotices(body, columns, source);
  const applied = applyAnswers(built, where, hasSeq, questions, answers, source);
  const usedMarks = new Set(built.flatMap((b) => b.marks));
  const progress = progressActuals(built, data, columns, answers, source);
  return {
    ok: true,
    indicators: built.map((b) => b.cells),
    origins: built.map((b, i) => ({ row: data[i]?.row ?? 0, marks: b.marks })),
    questions: [...applied.questions, ...progress.questions],
    notices: [...notices, ...applied.notices],
    header: {
      rows: header.rows,
      columns: columns.map(({ label, role, year, unit }) => ({ label, role, year, unit })),
    },
    notImported: columns.filter((c) => c.role === 'other' && c.label !== '').map((c) => c.label),
    actuals: progress.actuals,
    marks: [...marks.values()].filter((m) => usedMarks.has(m.mark)),
    baselineYear: ctx.baselineYear,
    targetYear: ctx.targetYear,
    unmatchedAnswers: applied.unmatched,
  };
}

/**
 * An evaluation table's progress column as Actuals rows: the period from the answer
 * `progress.period=2023` or the year in the header; a question when neither says it.
 * Cells that are not a figure (`进展顺利`) stay in the row's notes only.
 */
function progressActuals(
  built: readonly BuiltRow[],
  data: readonly TextRow[],
  columns: readonly PlanColumn[],
  answers: readonly PlanAnswer[],
  source: string,
): { actuals: TemplateRow[]; questions: PlanQuestion[] } {
  const column = columns.find((c) => c.role === 'progress');
  if (!column) return { actuals: [], questions: [] };
  const answered = answers.flatMap((a) => (a.kind === 'progress' ? [a.period] : [])).at(-1);
  const period = answered ?? (column.year === null ? null : String(column.year));
  if (period === null) {
    return {
      actuals: [],
      questions: [
        {
          row: 0,
          column: 'period',
          text: column.label,
          message: t('import.plan.q.progress_period', { source, column: column.label }),
          answer: 'progress.period=<年 year>',
          seq: null,
          key: 'progress',
          choices: [],
        },
      ],
    };
  }
  const actuals = built.flatMap((b, i) => {
    const cell = readFigureCell(data[i]?.cells[column.index] ?? '');
    const unit = typeof b.cells.unit === 'string' ? b.cells.unit : '';
    const value =
      cell.state === 'read' && isPlainFigure(cell.reading) ? figureNumber(cell, unit) : null;
    if (value === null) return [];
    const row: TemplateRow = {};
    for (const c of ACTUALS.columns) row[c.key] = null;
    return [
      { ...row, id: b.cells.id ?? null, period, value, source: `${source} ${column.label}`.trim() },
    ];
  });
  return { actuals, questions: [] };
}

/** Where a data row is: its file row, its 序号 and its new id. */
interface RowPlace {
  row: number;
  seq: number | null;
  id: string;
}

/** A row's answers that replace its source cells (unit, baseline, target). */
function cellAnswers(
  answers: readonly PlanAnswer[],
  at: RowPlace,
  hasSeq: boolean,
): Map<string, string | number> {
  const cells = new Map<string, string | number>();
  for (const a of answers) {
    if (a.kind !== 'field' || a.scope === 'table' || !ANSWERABLE_CELLS.has(a.field)) continue;
    if (answerFits(a.scope, at, hasSeq)) cells.set(a.field, a.value);
  }
  return cells;
}

/**
 * A column whose header does not say it holds kinds (`备注`, `类型`, or no header) but
 * whose every filled cell is 约束性/预期性 is the kind column (the Huzhou table's 备注).
 */
function refineByContent(columns: readonly PlanColumn[], data: readonly TextRow[]): PlanColumn[] {
  if (columns.some((c) => c.role === 'kind')) return [...columns];
  const holdsKinds = (c: PlanColumn): boolean => {
    const cells = data.map((r) => (r.cells[c.index] ?? '').trim()).filter((s) => s !== '');
    return cells.length > 0 && cells.every((s) => parseKind(s).ok);
  };
  const kindColumn = columns.find(
    (c) => ['notes', 'category', 'other'].includes(c.role) && holdsKinds(c),
  );
  return columns.map((c) => (c === kindColumn ? { ...c, role: 'kind' } : c));
}

/** Questions about the whole table: unexplained marks, no kinds at all, unknown years. */
function tableQuestions(
  built: readonly BuiltRow[],
  data: readonly TextRow[],
  columns: readonly PlanColumn[],
  ctx: RowContext,
): PlanQuestion[] {
  const questions: PlanQuestion[] = [];
  const source = ctx.source;
  const unexplained = [...new Set(built.flatMap((b) => b.unexplained))];
  for (const mark of unexplained) {
    const rows = data.filter((_, i) => built[i]?.unexplained.includes(mark)).map((r) => r.row);
    questions.push({
      row: rows[0] ?? 0,
      column: 'marker',
      text: mark,
      message: t('import.plan.q.mark_unexplained', { source, mark, rows: rows.join('、') }),
      answer: `${mark}=cumulative|binding|expected|note`,
      seq: null,
      key: '',
      choices: ['cumulative', 'binding', 'expected', 'note'],
    });
  }
  if (!built.some((b) => b.hasKind)) {
    questions.push({
      row: 0,
      column: 'kind',
      text: '',
      message: t('import.plan.q.kind_missing', { source }),
      answer: answerHint('table', 'kind', '约束性|预期性'),
      seq: null,
      key: '',
      choices: ['约束性', '预期性'],
    });
  }
  const hasBaseline = columns.some((c) => c.role === 'baseline');
  if (hasBaseline && ctx.baselineYear === null) {
    questions.push({
      row: 0,
      column: 'baselineYear',
      text: '',
      message: t('import.plan.q.baseline_year_missing', { source }),
      answer: answerHint('table', 'baselineYear', '<年 year>'),
      seq: null,
      key: '',
      choices: [],
    });
  }
  if (ctx.targetYear === null) {
    questions.push({
      row: 0,
      column: 'targetYear',
      text: '',
      message: t('import.plan.q.target_year_missing', { source }),
      answer: answerHint('table', 'targetYear', '<年 year>'),
      seq: null,
      key: '',
      choices: [],
    });
  }
  return questions;
}

/** Notices for rows left out (合计, no name) and cells beyond the header. */
function bodyNotices(
  body: readonly BodyRow[],
  columns: readonly PlanColumn[],
  source: string,
): PlanNotice[] {
  const notices: PlanNotice[] = [];
  const headed = new Set(columns.filter((c) => c.label !== '').map((c) => c.index));
  for (const b of body) {
    const value = b.row.cells.filter((c) => c !== '').join(' | ');
    if (b.kind === 'total') {
      notices.push({
        row: b.row.row,
        column: '',
        text: b.text,
        message: t('import.plan.n.total_row', { source, row: b.row.row, value: b.text }),
      });
    } else if (b.kind === 'nameless') {
      notices.push({
        row: b.row.row,
        column: 'name',
        text: value,
        message: t('import.plan.n.nameless', { source, row: b.row.row, value }),
      });
    } else if (b.kind === 'data') {
      const extra = b.row.cells.filter((c, j) => c !== '' && !headed.has(j));
      if (extra.length > 0) {
        const text = extra.join(' | ');
        notices.push({
          row: b.row.row,
          column: '',
          text,
          message: t('import.plan.n.extra_cells', { source, row: b.row.row, value: text }),
        });
      }
    }
  }
  const milestones = columns.filter((c) => c.role === 'milestone').map((c) => c.label);
  if (milestones.length > 0) {
    const text = milestones.join('、');
    notices.push({
      row: 0,
      column: 'notes',
      text,
      message: t('import.plan.n.milestones', { source, columns: text }),
    });
  }
  return notices;
}

/**
 * Applies field answers: a row's answer (by row number or id) sets that cell; a table
 * answer fills the cell on every row where it is empty or still to confirm. Answered
 * questions are dropped. Mark answers were applied before the rows were built; their
 * questions are gone already.
 */
function applyAnswers(
  built: readonly BuiltRow[],
  where: readonly RowPlace[],
  hasSeq: boolean,
  questions: readonly PlanQuestion[],
  answers: readonly PlanAnswer[],
  source: string,
): { questions: PlanQuestion[]; notices: PlanNotice[]; unmatched: PlanAnswer[] } {
  let open = [...questions];
  const notices: PlanNotice[] = [];
  const unmatched: PlanAnswer[] = [];
  const pending = toConfirm();
  for (const a of answers) {
    if (a.kind !== 'field') continue;
    const scope = a.scope;
    const targets = built
      .map((b, i) => ({ b, at: where[i] ?? { row: 0, seq: null, id: '' } }))
      .filter(({ b, at }) => {
        if (scope === 'table') return b.cells[a.field] === null || b.cells[a.field] === pending;
        return answerFits(scope, at, hasSeq);
      })
      .map(({ b, at }) => ({ b, row: at.row }));
    if (targets.length === 0) {
      if (scope === 'table')
        notices.push({
          row: 0,
          column: a.field,
          text: a.text,
          message: t('import.plan.n.answer_unused', { value: a.text, source }),
        });
      else unmatched.push(a);
      continue;
    }
    for (const { b, row } of targets) {
      // A row's unit, baseline or target answer was read in place of the cell already.
      if (scope === 'table' || !ANSWERABLE_CELLS.has(a.field)) b.cells[a.field] = a.value;
      open = open.filter((q) => !(q.column === a.field && (q.row === row || scope === 'table')));
    }
  }
  return { questions: open, notices, unmatched };
}
