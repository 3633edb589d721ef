/**
 * Answers to the importer's questions, as a planner types them (`--answer` on the command
 * line, a field in the add-in):
 *
 * - `3.direction=lower` — the row numbered 3 in the table's 序号 column (the file's row 3
 *   when the table has no 序号); `row17.direction=lower` — the file's row 17 (sheet row,
 *   CSV record or text line); `HZ17.direction=lower` by indicator id works too;
 * - `progress.period=2023` — the period of an evaluation table's progress column;
 * - `targetYear=2025`, `kind=预期性` — the whole table (every row the table leaves open);
 * - `△=binding`, `*=cumulative`, `〔〕=cumulative` — what a footnote mark means
 *   (cumulative 累计, binding 约束性, expected 预期性, note 仅说明).
 *
 * Fields are the Indicators columns by key or by either header language (`17.方向=越低越好`).
 */
import { normalizeHeader } from '../contract/header-match.ts';
import { INDICATORS, type ColumnSpec } from '../contract/tables.ts';
import { t, type Bilingual } from '../i18n/messages.ts';
import {
  parseAggregation,
  parseDirection,
  parseFrequency,
  parseKind,
} from '../parse/enum-values.ts';
import { parsePeriod, parseYear } from '../parse/period.ts';
import { normalizeText } from '../parse/text-normalize.ts';
import { BRACKET_MARK, MARK_SYMBOLS, type MarkEffect } from './markers.ts';

/** Which rows a field answer is for: a file row, a 序号, an indicator id, or the whole table. */
export type AnswerScope = { row: number } | { seq: number } | { id: string } | 'table';

/** One parsed answer. `value` is what the Indicators cell gets. */
export type PlanAnswer =
  | { kind: 'field'; scope: AnswerScope; field: string; value: string | number; text: string }
  | { kind: 'mark'; mark: string; effect: MarkEffect; text: string }
  | { kind: 'progress'; period: string; text: string };

export type AnswerResult = { ok: true; answer: PlanAnswer } | { ok: false; message: Bilingual };

const MARK_EFFECTS: ReadonlyArray<[MarkEffect, RegExp]> = [
  ['cumulative', /^(?:cumulative|累计|累加|累加值|累计值)$/i],
  ['binding', /^(?:binding|约束性|约束)$/i],
  ['expected', /^(?:expected|预期性|预期)$/i],
  ['note', /^(?:note|none|说明|仅说明|无|无影响)$/i],
];

/** Reads one answer; a message says what is wrong and how to write it. */
export function parseAnswer(input: string): AnswerResult {
  const text = input.trim();
  const eq = text.indexOf('=');
  if (eq <= 0) return syntax(text);
  const key = normalizeText(text.slice(0, eq)).replace(/\s+/g, '');
  const value = text.slice(eq + 1).trim();
  if (value === '') return syntax(text);
  const mark = markOf(key);
  if (mark !== null) return markAnswer(text, mark, value);
  if (/^progress\.period$/i.test(key)) return progressAnswer(text, value);
  const dot = key.lastIndexOf('.');
  const scopeText = dot < 0 ? '' : key.slice(0, dot);
  const fieldText = dot < 0 ? key : key.slice(dot + 1);
  const fileRow = /^row(\d+)$/i.exec(scopeText);
  const scope: AnswerScope =
    scopeText === ''
      ? 'table'
      : /^\d+$/.test(scopeText)
        ? { seq: Number(scopeText) }
        : fileRow
          ? { row: Number(fileRow[1]) }
          : { id: scopeText };
  if (scope !== 'table' && !/^[\w-]+$/u.test(scopeText)) return syntax(text);
  const column = columnOf(fieldText);
  if (!column) {
    const fields = INDICATORS.columns.map((c) => c.key).join(', ');
    return {
      ok: false,
      message: t('import.plan.answer_field', { value: text, field: fieldText, fields }),
    };
  }
  const cell = fieldValue(column.key, value);
  if (!cell.ok) {
    return {
      ok: false,
      message: t('import.plan.answer_value', {
        value: text,
        reason_zh: cell.message.zh,
        reason_en: cell.message.en,
      }),
    };
  }
  return { ok: true, answer: { kind: 'field', scope, field: column.key, value: cell.value, text } };
}

/** Reads several answers; the first bad one is the result's message. */
export function parseAnswers(
  inputs: readonly string[],
): { ok: true; answers: PlanAnswer[] } | { ok: false; message: Bilingual } {
  const answers: PlanAnswer[] = [];
  for (const input of inputs) {
    const r = parseAnswer(input);
    if (!r.ok) return r;
    answers.push(r.answer);
  }
  return { ok: true, answers };
}

/** The answer syntax, for messages: `17.direction=lower`. */
export function answerHint(scope: AnswerScope, field: string, choices: string): string {
  if (scope === 'table') return `${field}=${choices}`;
  return `${scopeKey(scope)}.${field}=${choices}`;
}

/** How an answer names its rows: `3` (序号), `row17` (file row), `HZ17` (id). */
export function scopeKey(scope: Exclude<AnswerScope, 'table'>): string {
  if ('seq' in scope) return String(scope.seq);
  return 'row' in scope ? `row${scope.row}` : scope.id;
}

/** True when a row answer is for this row: by id, by file row, or by 序号 (the file row when the table has none). */
export function answerFits(
  scope: Exclude<AnswerScope, 'table'>,
  row: { row: number; seq: number | null; id: string },
  tableHasSeq: boolean,
): boolean {
  if ('id' in scope) return scope.id === row.id;
  if ('row' in scope) return scope.row === row.row;
  return tableHasSeq ? scope.seq === row.seq : scope.seq === row.row;
}

function syntax(value: string): AnswerResult {
  return { ok: false, message: t('import.plan.answer_syntax', { value }) };
}

function progressAnswer(text: string, value: string): AnswerResult {
  const period = parsePeriod(value);
  if (period === null) {
    const reason = t('parse.period.invalid', { value });
    return {
      ok: false,
      message: t('import.plan.answer_value', {
        value: text,
        reason_zh: reason.zh,
        reason_en: reason.en,
      }),
    };
  }
  return { ok: true, answer: { kind: 'progress', period: period.text, text } };
}

function markOf(key: string): string | null {
  if (MARK_SYMBOLS.includes(key)) return key;
  if (/^(?:〔〕|\[\]|〖〗|〔|\[)$/.test(key)) return BRACKET_MARK;
  return null;
}

function markAnswer(text: string, mark: string, value: string): AnswerResult {
  const effect = MARK_EFFECTS.find(([, pattern]) => pattern.test(value.replace(/\s+/g, '')))?.[0];
  if (!effect) return { ok: false, message: t('import.plan.answer_mark', { value: text, mark }) };
  return { ok: true, answer: { kind: 'mark', mark, effect, text } };
}

function columnOf(field: string): ColumnSpec | undefined {
  const f = normalizeHeader(field);
  return INDICATORS.columns.find((c) =>
    [c.key, c.zh, c.en].some((form) => normalizeHeader(form) === f),
  );
}

/** Checks an answer's value the way the contract will read it, and writes enums as the importer does. */
function fieldValue(
  key: string,
  value: string,
): { ok: true; value: string | number } | { ok: false; message: Bilingual } {
  switch (key) {
    case 'direction': {
      const r = parseDirection(value);
      return r.ok ? { ok: true, value: r.value } : r;
    }
    case 'kind': {
      const r = parseKind(value);
      return r.ok ? { ok: true, value: r.value === 'binding' ? '约束性' : '预期性' } : r;
    }
    case 'aggregation': {
      const r = parseAggregation(value);
      if (r.ok && r.value !== null) return { ok: true, value: r.value };
      return { ok: false, message: r.ok ? t('parse.aggregation.invalid', { value }) : r.message };
    }
    case 'frequency': {
      const r = parseFrequency(value);
      return r.ok ? { ok: true, value: r.value } : r;
    }
    case 'baselineYear':
    case 'targetYear': {
      const year = parseYear(value);
      return year === null
        ? { ok: false, message: t('row.year_invalid', { value }) }
        : { ok: true, value: year };
    }
    default:
      return { ok: true, value };
  }
}
