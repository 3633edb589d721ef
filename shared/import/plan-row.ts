/**
 * One indicator row of a published plan table as an Indicators row: name and unit split,
 * figures read, marks applied as the footnote says, kind, aggregation and direction
 * inferred only from what the table states — anything it leaves open becomes a question
 * and its cell says `待确认 to confirm`.
 */
import type { CellValue } from '../contract/grid.ts';
import { INDICATORS } from '../contract/tables.ts';
import type { TemplateRow } from '../contract/template.ts';
import { t, type Bilingual, type MessageKey, type Params } from '../i18n/messages.ts';
import type { Aggregation, Direction, Kind } from '../model/indicator.ts';
import { parseDirection, parseKind } from '../parse/enum-values.ts';
import { normalizeText } from '../parse/text-normalize.ts';
import { unitMultiplier } from '../parse/number-text.ts';
import { defaultAggregation, inferredDirection } from '../rows/indicator-defaults.ts';
import { directionFromWording } from './direction-words.ts';
import { readWordedTarget } from './relative-target.ts';
import { splitNameMarks, type MarkExplanation } from './markers.ts';
import { answerHint, scopeKey } from './plan-answers.ts';
import type { ColumnRole, PlanColumn } from './plan-header.ts';
import { toConfirm, type PlanQuestion } from './plan-question.ts';
import { splitNameUnit, unitOf } from './name-unit.ts';
import {
  baselineCellValue,
  figureNumber,
  isPlainFigure,
  readFigureCell,
  targetCellValue,
  type FigureCell,
} from './target-cell.ts';
import type { TextRow } from './text-grid.ts';

/** What every row of one table shares. */
export interface RowContext {
  columns: readonly PlanColumn[];
  baselineYear: number | null;
  targetYear: number | null;
  /** `单位：%` above the table, else ''. */
  tableUnit: string;
  marks: ReadonlyMap<string, MarkExplanation>;
  othersKind: Kind | null;
  /** File or document name, for messages and the notes' source. */
  source: string;
}

/** A row's 序号 (`3`, `3.`, `(3)`), or null when the table has none for it. */
export function rowSeq(row: TextRow, columns: readonly PlanColumn[]): number | null {
  const c = columns.find((col) => col.role === 'seq');
  const m = /^[(（]?(\d{1,4})[)）.、]?$/.exec(
    normalizeText(c === undefined ? '' : (row.cells[c.index] ?? '')).trim(),
  );
  return m ? Number(m[1]) : null;
}

/** A built row, what it carried and what it asks. */
export interface BuiltRow {
  cells: TemplateRow;
  marks: string[];
  /** Marks on this row that the table does not explain. */
  unexplained: string[];
  /** The row has a kind from the table (column, mark or 其余 note). */
  hasKind: boolean;
  questions: PlanQuestion[];
}

/** Growth-like aggregations count up: more is the plan's direction. */
const COUNTS_UP: ReadonlySet<Aggregation> = new Set(['cumulative', 'annual', 'growth']);
const NEW_COUNT = /^(?:新增|新培育|新建|新创建|新引进|新设立|新认定)/;

/** A 新增 (new) count: it has no baseline, and its target may be a plan total or a yearly one. */
export function isNewCount(name: string): boolean {
  return NEW_COUNT.test(name.trim());
}
const DIRECTION_CHOICES = 'higher|lower|band';

/** Source cells a planner's answer may replace before the row is read (so direction follows from them). */
export const ANSWERABLE_CELLS: ReadonlySet<string> = new Set(['unit', 'baseline', 'target']);

/**
 * Builds the Indicators row for one data row of the table. `answered` replaces the
 * row's unit, baseline or target cell with the planner's answer.
 */
export function buildRow(
  row: TextRow,
  id: string,
  category: string,
  ctx: RowContext,
  answered: ReadonlyMap<string, string | number> = new Map(),
): BuiltRow {
  const cellOf = (role: ColumnRole): string => {
    const given = answered.get(role);
    if (given !== undefined) return String(given);
    const c = ctx.columns.find((col) => col.role === role);
    return c === undefined ? '' : (row.cells[c.index] ?? '').trim();
  };
  const headerOf = (role: ColumnRole): PlanColumn | undefined =>
    ctx.columns.find((c) => c.role === role);
  const questions: PlanQuestion[] = [];
  const seq = rowSeq(row, ctx.columns);
  const scope = seq === null ? { row: row.row } : { seq };
  const ask = (
    column: string,
    text: string,
    key: MessageKey,
    params: Params,
    choices: string,
  ): void => {
    const message = t(key, { source: ctx.source, row: row.row, ...params });
    questions.push({
      row: row.row,
      column,
      text,
      message,
      answer: answerHint(scope, column, choices),
      seq,
      key: scopeKey(scope),
      choices: /^<.*>$/.test(choices) ? [] : choices.split('|'),
    });
  };

  const nameCell = cellOf('name');
  const named = splitNameMarks(nameCell);
  const split = splitNameUnit(named.text);
  const inner = splitNameMarks(split.name);
  const name = inner.text;
  const baseline = readFigureCell(cellOf('baseline'));
  const declaredUnit = unitOf(cellOf('unit').replace(/^[/—-]+$/, '')) || split.unit;
  // `全覆盖`, `下降10%`: the figure they mean, said in the notes.
  const targetText = cellOf('target');
  const worded = readWordedTarget(
    targetText,
    figureNumber(baseline, declaredUnit),
    declaredUnit || (/覆盖率/.test(name) ? '%' : declaredUnit),
  );
  const target = readFigureCell(worded?.text ?? targetText);
  const wordedNote =
    worded === null
      ? ''
      : bilingual(`import.plan.note.target_${worded.how}`, {
          text: targetText,
          value: worded.text,
          baseline: figureNumber(baseline, declaredUnit) ?? '',
        });
  const unit =
    declaredUnit ||
    headerOf('target')?.unit ||
    headerOf('baseline')?.unit ||
    ctx.tableUnit ||
    (target.state === 'read' && target.reading.aggregationHint === 'growth'
      ? ''
      : readUnit(target)) ||
    readUnit(baseline);

  const figureMarks = [...baseline.marks, ...target.marks];
  const marks = [...new Set([...named.marks, ...inner.marks, ...figureMarks])];
  const effects = marks
    .map((m) => ctx.marks.get(m))
    .filter((e): e is MarkExplanation => e !== undefined);
  const unexplained = marks.filter((m) => !ctx.marks.has(m));
  const hasEffect = (effect: MarkExplanation['effect']): boolean =>
    effects.some((e) => e.effect === effect);

  // Kind: the kind column, a 备注 cell that says it, a kind mark, or the footnote's 其余.
  const kindCell = cellOf('kind');
  const kindRead = parseKind(kindCell);
  const notesRead = parseKind(cellOf('notes'));
  const markKind: Kind | null = hasEffect('binding')
    ? 'binding'
    : hasEffect('expected')
      ? 'expected'
      : null;
  const kind: Kind | null = kindRead.ok
    ? kindRead.value
    : notesRead.ok
      ? notesRead.value
      : (markKind ?? ctx.othersKind);
  if (!kindRead.ok && kindRead.reason === 'invalid') {
    ask('kind', kindCell, 'import.plan.q.kind_unreadable', { value: kindCell }, '约束性|预期性');
  }

  // Aggregation: the target's wording, a cumulative mark or header, else the contract's default.
  const reading = target.state === 'read' ? target.reading : null;
  const cumulative =
    hasEffect('cumulative') || headerOf('target')?.cumulative === true || /累计|累加/.test(name);
  const markOnFigure = figureMarks.some((m) => !ctx.marks.has(m));
  let aggregation: Aggregation | null =
    reading?.aggregationHint ??
    (cumulative ? 'cumulative' : markOnFigure ? null : defaultAggregation(reading, [], false));
  if (aggregation === 'level' && isNewCount(name) && figureNumber(baseline, unit) === null) {
    ask(
      'aggregation',
      name,
      'import.plan.q.aggregation_new',
      { name, target: target.state === 'read' ? target.text : '' },
      'cumulative|annual',
    );
    aggregation = null;
  }

  // Target and baseline cells the contract could not read.
  if (target.state === 'empty')
    ask('target', name, 'import.plan.q.target_missing', { name }, '<目标 target>');
  if (target.state === 'unreadable') {
    ask(
      'target',
      target.text,
      'import.plan.q.target_unreadable',
      { name, value: target.text, ...reason(target.message) },
      '<目标 target>',
    );
  }
  if (baseline.state === 'unreadable') {
    ask(
      'baseline',
      baseline.text,
      'import.plan.q.baseline_unreadable',
      { name, value: baseline.text, ...reason(baseline.message) },
      '<基期 baseline>',
    );
  }
  // A growth target's `%` is the yearly rate, not the indicator's unit (亿元).
  const valueUnit = aggregation === 'growth' ? '' : readUnit(target);
  if (declaredUnit !== '' && !unitsAgree(declaredUnit, valueUnit) && target.state === 'read') {
    ask(
      'unit',
      target.text,
      'import.plan.q.unit_conflict',
      { name, unit: declaredUnit, value: target.text, valueUnit },
      `${declaredUnit}|${valueUnit}`,
    );
  }

  // The worded target says which way (下降 lower), unless the table has a direction column.
  const stated = parseDirection(cellOf('direction'));
  const direction = stated.ok
    ? stated.value
    : (worded?.direction ??
      decideDirection(cellOf('direction'), name, baseline, target, unit, aggregation, ask));

  const cells: Record<string, CellValue | undefined> = {
    id,
    category,
    name,
    unit,
    kind:
      kind === null
        ? kindRead.ok || kindCell === ''
          ? null
          : kindCell
        : kind === 'binding'
          ? '约束性'
          : '预期性',
    aggregation: aggregation ?? toConfirm(),
    direction: direction ?? toConfirm(),
    baselineYear: ctx.baselineYear,
    baseline: baselineCellValue(baseline, unit),
    targetYear: ctx.targetYear,
    target: target.state === 'empty' ? toConfirm() : targetCellValue(target, unit),
    owner: cellOf('owner') || null,
    notes: notesOf(
      row,
      ctx,
      effects,
      cellOf('subcategory'),
      [notesRead.ok ? '' : cellOf('notes'), wordedNote].filter((n) => n !== '').join('; '),
    ),
  };
  const built: TemplateRow = {};
  for (const c of INDICATORS.columns) built[c.key] = cells[c.key] ?? null;
  return { cells: built, marks, unexplained, hasKind: kind !== null, questions };
}

type Ask = (column: string, text: string, key: MessageKey, params: Params, choices: string) => void;

/**
 * Direction, safest evidence first: the table's own direction column; the target's
 * wording (`以上`, `以内`, `持续提升`); the name's wording (ambiguous names are asked, and a
 * name contradicted by the figures is asked); counting-up aggregations; baseline →
 * target; a 100% target (a share can only rise to it) or a 0 target (only fall to it).
 */
function decideDirection(
  directionCell: string,
  name: string,
  baseline: FigureCell,
  target: FigureCell,
  unit: string,
  aggregation: Aggregation | null,
  ask: Ask,
): Direction | null {
  const explicit = parseDirection(directionCell);
  if (explicit.ok) return explicit.value;
  // Without a readable target its question comes first; the direction follows from the answer.
  if (target.state === 'empty' || target.state === 'unreadable') return null;
  const reading = target.state === 'read' ? target.reading : null;
  if (reading?.directionHint) return reading.directionHint;
  const b = figureNumber(baseline, unit);
  const v = figureNumber(target, unit);
  const byFigures = inferredDirection(null, b, v, null);
  const wording = directionFromWording(name);
  if (wording?.kind === 'ambiguous') {
    ask(
      'direction',
      name,
      'import.plan.q.direction_ambiguous',
      { name, word: wording.word },
      DIRECTION_CHOICES,
    );
    return null;
  }
  if (wording?.kind === 'direction') {
    if (byFigures !== null && byFigures !== wording.direction) {
      const params = {
        name,
        word: wording.word,
        baseline: b ?? '',
        target: v ?? '',
        ...directionWords(wording.direction),
      };
      ask('direction', name, 'import.plan.q.direction_conflict', params, DIRECTION_CHOICES);
      return null;
    }
    return wording.direction;
  }
  if (aggregation !== null && COUNTS_UP.has(aggregation)) return 'higher';
  if (byFigures !== null) return byFigures;
  if (unit === '%' && v === 100) return 'higher';
  if (v === 0) return 'lower';
  ask('direction', name, 'import.plan.q.direction_unknown', { name }, DIRECTION_CHOICES);
  return null;
}

function directionWords(d: Direction): Params {
  const m: Bilingual = t(`import.plan.direction.${d}`);
  return { dir_zh: m.zh, dir_en: m.en };
}

function reason(message: Bilingual): Params {
  return { reason_zh: message.zh, reason_en: message.en };
}

function readUnit(cell: FigureCell): string {
  return cell.state === 'read' ? cell.reading.unit : '';
}

/** A measure word between a number and its unit (`1个工作日`, `5个以上`): not part of the unit. */
const MEASURE_WORD = /^(?:个|项|家|件|批次)/;

/**
 * `万户` and `57万`, `%` and `98.5%`, `件` and `1.3万件`, `工作日` and `1个工作日内`, `家` and
 * `5个以上` agree; `%` and `分` do not.
 */
function unitsAgree(declared: string, written: string): boolean {
  if (written === '' || written === declared) return true;
  const strip = (u: string): string => (unitMultiplier(u) === 1 ? u : u.slice(1));
  const d = strip(declared).replace(MEASURE_WORD, '');
  const w = strip(written);
  const bare = w.replace(MEASURE_WORD, '');
  return w === '' || w === strip(declared) || bare === '' || bare === d;
}

/** The notes cell: the table's own 备注, mark notes, second-level category, milestones, source. */
function notesOf(
  row: TextRow,
  ctx: RowContext,
  effects: readonly MarkExplanation[],
  subcategory: string,
  ownNote: string,
): string {
  const parts: string[] = [];
  if (ownNote !== '') parts.push(ownNote);
  for (const e of effects) if (e.effect === 'note') parts.push(`${e.mark} ${e.text}`);
  if (subcategory !== '')
    parts.push(bilingual('import.plan.note.subcategory', { value: subcategory }));
  for (const c of ctx.columns) {
    const cell = (row.cells[c.index] ?? '').trim();
    if (c.role === 'milestone' && cell !== '') parts.push(`${c.label}: ${cell}`);
    // An evaluation's verdict (预期结果) is a note, never data; so is progress in words.
    if (c.role === 'assessment' && cell !== '') parts.push(`${c.label}: ${cell}`);
    if (c.role === 'progress' && cell !== '' && !isProgressFigure(cell))
      parts.push(`${c.label}: ${cell}`);
  }
  if (ctx.source !== '')
    parts.push(bilingual('import.plan.note.source', { source: ctx.source, row: row.row }));
  return parts.join('; ');
}

function isProgressFigure(text: string): boolean {
  const cell = readFigureCell(text);
  return cell.state === 'read' && isPlainFigure(cell.reading);
}

function bilingual(key: MessageKey, params: Params): string {
  const m = t(key, params);
  return `${m.zh} ${m.en}`;
}
