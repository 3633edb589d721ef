import { t } from '../i18n/messages.ts';
import type { Problem } from '../model/problem.ts';
import {
  ACTUALS,
  bilingualHeader,
  INDICATORS,
  MILESTONES,
  RECIPIENTS,
  type ColumnSpec,
  type TableName,
  type TableSpec,
} from './tables.ts';

/**
 * A header text made comparable: full width to half width (NFKC), lower case, no
 * whitespace at all, and Chinese/ASCII/square brackets alike (`报送期限（天）` =
 * `报送期限(天)` = `报送期限【天】`).
 */
export function normalizeHeader(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[[【〔〖]/g, '(')
    .replace(/[\]】〕〗]/g, ')');
}

/** The normalized texts a column answers to: key, zh, en, `zh en`, `en zh`, `zh(en)`, and its old names. */
function headerForms(c: ColumnSpec): string[] {
  const old = (c.aliases ?? []).flatMap((a) => [
    a,
    `${a}${c.en}`,
    ...(c.aliases ?? []).map((b) => `${a}${b}`),
  ]);
  return [c.key, c.zh, c.en, `${c.zh}${c.en}`, `${c.en}${c.zh}`, `${c.zh}(${c.en})`, ...old].map(
    normalizeHeader,
  );
}

/** Where a header sits, for problem messages. */
export interface HeaderPlace {
  workbook: string;
  sheet: string;
  /** Sheet column letters for each header position; optional. */
  columnLetters?: readonly string[];
}

/** Which header position each known column is at, and what is wrong with the header. */
export interface HeaderMatch {
  /** Column key → 0-based header position. Only columns present in the header. */
  columns: Map<string, number>;
  /** Missing required columns and duplicated columns (level `error`). */
  problems: Problem[];
}

/**
 * Matches a table's header row against its contract columns, in either language, any
 * case, any spacing, full or half width. Unknown extra columns are ignored. A column
 * given twice is a problem (which one holds the data is unclear), as is a missing
 * required column; the first of duplicates is the one in `columns`.
 */
export function matchHeaders(
  header: readonly string[],
  spec: TableSpec,
  place?: HeaderPlace,
): HeaderMatch {
  const where = place ?? { workbook: '', sheet: spec.sheet };
  const forms = spec.columns.map((c) => ({ column: c, forms: new Set(headerForms(c)) }));
  const columns = new Map<string, number>();
  const problems: Problem[] = [];
  header.forEach((text, index) => {
    const h = normalizeHeader(text);
    if (h === '') return;
    const hit = forms.find((f) => f.forms.has(h));
    if (!hit) return;
    const first = columns.get(hit.column.key);
    if (first === undefined) {
      columns.set(hit.column.key, index);
      return;
    }
    const column = bilingualHeader(hit.column);
    problems.push({
      workbook: where.workbook,
      sheet: where.sheet,
      row: 0,
      column,
      value: text,
      code: 'row.column_duplicate',
      message: t('row.column_duplicate', {
        workbook: where.workbook,
        sheet: where.sheet,
        column,
        first: letterOrPosition(where.columnLetters, first),
        second: letterOrPosition(where.columnLetters, index),
      }),
      level: 'error',
    });
  });
  for (const c of spec.columns) {
    if (!c.required || columns.has(c.key)) continue;
    const column = bilingualHeader(c);
    problems.push({
      workbook: where.workbook,
      sheet: where.sheet,
      row: 0,
      column,
      value: '',
      code: 'row.column_missing',
      message: t('row.column_missing', { workbook: where.workbook, sheet: where.sheet, column }),
      level: 'error',
    });
  }
  return { columns, problems };
}

function letterOrPosition(letters: readonly string[] | undefined, index: number): string {
  return letters?.[index] ?? String(index + 1);
}

/** Tables `import` can add rows to, told apart by their headers. */
const IMPORTABLE: readonly TableSpec[] = [INDICATORS, MILESTONES, ACTUALS, RECIPIENTS];

/**
 * Which table a header row belongs to (for `import`): among Indicators, Milestones,
 * Actuals and Recipients, the one whose required columns are all present and which
 * matches the most columns. null when none fits or two fit equally well.
 */
export function detectTable(header: readonly string[]): TableName | null {
  const scored = IMPORTABLE.map((spec) => {
    const { columns } = matchHeaders(header, spec);
    const complete = spec.columns.every((c) => !c.required || columns.has(c.key));
    return { name: spec.name, score: complete ? columns.size : 0 };
  }).sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score === 0 || (next && next.score === best.score)) return null;
  return best.name;
}
