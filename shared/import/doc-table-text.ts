/**
 * Tables in plain-text copies of documents, where the conversion wrote one cell per line
 * with blank lines between and lost the row breaks (the Huzhou plan's 表1 in
 * `003_eecffe482169a7c7.txt`, lines 67–301). The header is a run of header words
 * (一级指标 / 序号 / 指标名称 / 2020 / 2025 / 备注); each row is rebuilt by the header's
 * column order:
 *
 * - before the name: category text (a merged cell, printed once and often split over
 *   lines: `营商` / `环境`) and a 序号 (a number directly followed by text);
 * - the name: the last text before the figures;
 * - after it: figures (`44*`, `/`, `98.5%以上`) and the kind (预期性/约束性).
 *
 * A row with fewer figures than figure columns is read right-aligned — the missing cell
 * is the baseline, as in the 新增 rows that give only a 2025 figure — and reported. The
 * footnote under the table (`注:带*指标为累加值。`) is kept as a row of its own.
 */
import { parseKind } from '../parse/enum-values.ts';
import { normalizeText } from '../parse/text-normalize.ts';
import { isFootnoteText } from './markers.ts';
import { isUnitText } from './name-unit.ts';
import { findPlanHeader, isHeaderText, type ColumnRole, type PlanColumn } from './plan-header.ts';
import { readFigureCell } from './target-cell.ts';
import type { TextRow } from './text-grid.ts';
import { toSimplified } from './traditional.ts';

/** A table found in a text, as rows the plan-table importer reads. */
export interface DocTable {
  /** Title (if any), header, one row per indicator, then the footnote lines; numbered by text line. */
  rows: TextRow[];
  /** Rows that had fewer figures than the header has figure columns (read as the last columns). */
  shortRows: { row: number; name: string; value: string; columns: number }[];
  /** First and last text line the table occupies. */
  lines: { first: number; last: number };
}

interface Line {
  text: string;
  line: number;
}

type Token = 'kind' | 'figure' | 'words' | 'seq' | 'text';

/** A cell longer than this, or a sentence, is the document's prose again. */
const MAX_CELL = 40;
const FIGURE_ROLES: ReadonlySet<ColumnRole> = new Set(['baseline', 'target', 'milestone']);

/** Every indicator table in a document's text, in order. */
export function readDocTables(text: string): DocTable[] {
  const cells: Line[] = text
    .split(/\r?\n/)
    .map((t, i) => ({ text: toSimplified(t.trim()), line: i + 1 }))
    .filter((c) => c.text !== '');
  const tables: DocTable[] = [];
  for (let i = 0; i < cells.length; i++) {
    const header = headerAt(cells, i);
    if (!header) continue;
    const table = readTable(cells, i, header);
    tables.push(table.table);
    i = table.next - 1;
  }
  return tables;
}

/** The columns of a header run starting at `i` (at least three header words), or null. */
function headerAt(
  cells: readonly Line[],
  i: number,
): { columns: PlanColumn[]; length: number } | null {
  let end = i;
  while (end < cells.length && isHeaderText(cells[end]?.text ?? '')) end++;
  if (end - i < 3) return null;
  const row: TextRow = { row: cells[i]?.line ?? 0, cells: cells.slice(i, end).map((c) => c.text) };
  const found = findPlanHeader([row], 1);
  return found ? { columns: found.columns, length: end - i } : null;
}

function readTable(
  cells: readonly Line[],
  start: number,
  header: { columns: PlanColumn[]; length: number },
): { table: DocTable; next: number } {
  const headerCells = cells.slice(start, start + header.length);
  const rows: TextRow[] = [];
  const titleCell = cells[start - 1];
  if (titleCell && titleCell.text.length <= MAX_CELL && /指标|表/.test(titleCell.text)) {
    rows.push({ row: titleCell.line, cells: [titleCell.text] });
  }
  rows.push({ row: headerCells[0]?.line ?? 0, cells: headerCells.map((c) => c.text) });

  let k = start + header.length;
  const bodyEnd = endOfBody(cells, k);
  const body = cells.slice(k, bodyEnd);
  const built = rebuildRows(body, header.columns);
  rows.push(...built.rows);
  k = bodyEnd;
  // The footnote: `注…`, then numbered items that continue it (`2.〔 〕内为五年累计数`).
  while (k < cells.length) {
    const c = cells[k];
    if (!c) break;
    const first = k === bodyEnd;
    if (!(first ? isFootnoteText(c.text) : /^\d{1,2}\s*[.、](?!\d)/.test(normalizeText(c.text))))
      break;
    rows.push({ row: c.line, cells: [c.text] });
    k++;
  }
  const first = rows[0]?.row ?? 0;
  const last = cells[k - 1]?.line ?? first;
  return { table: { rows, shortRows: built.shortRows, lines: { first, last } }, next: k };
}

/** Where the body stops: at the footnote, at prose, or at another header. */
function endOfBody(cells: readonly Line[], from: number): number {
  for (let k = from; k < cells.length; k++) {
    const text = cells[k]?.text ?? '';
    if (isFootnoteText(text) || isProse(text) || headerAt(cells, k) !== null) return k;
  }
  return cells.length;
}

function isProse(text: string): boolean {
  return text.length > MAX_CELL || (/[。；;]/.test(text) && text.length > 20);
}

/** Rebuilds rows from the body's cells in the header's column order. */
function rebuildRows(
  body: readonly Line[],
  columns: readonly PlanColumn[],
): Pick<DocTable, 'rows' | 'shortRows'> {
  const at = (role: ColumnRole): number => columns.find((c) => c.role === role)?.index ?? -1;
  const nameAt = at('name');
  const figureColumns = columns
    .filter((c) => FIGURE_ROLES.has(c.role) && c.index > nameAt)
    .map((c) => c.index);
  const kindAt =
    columns.find((c) => c.index > nameAt && (c.role === 'kind' || c.role === 'notes'))?.index ?? -1;
  const unitAt = columns.find((c) => c.index > nameAt && c.role === 'unit')?.index ?? -1;
  const hasCategory = columns.some((c) => c.role === 'category' && c.index < nameAt);
  const hasSeq = at('seq') >= 0;
  const tokens = body.map((c, i) => tokenOf(c.text, hasSeq ? body[i + 1]?.text : undefined));
  const rows: TextRow[] = [];
  const shortRows: DocTable['shortRows'] = [];
  let i = 0;
  while (i < body.length) {
    // Lead and name: text (and a 序号) up to the first figure or kind.
    let j = i;
    while (
      j < body.length &&
      (tokens[j] === 'text' || tokens[j] === 'seq' || tokens[j] === 'words')
    )
      j++;
    let lead = body.slice(i, j);
    // With a 单位 column after the name, a unit word just before the figures is that cell.
    const last = lead[lead.length - 1];
    let unitCell: Line | null = null;
    if (unitAt >= 0 && lead.length >= 2 && last && isUnitText(last.text)) {
      unitCell = last;
      lead = lead.slice(0, -1);
    }
    const nameIndex = lastIndexWhere(lead, (_, n) => tokens[i + n] !== 'seq');
    const nameCell = lead[nameIndex];
    if (!nameCell) {
      i = Math.max(j, i + 1);
      continue;
    }
    const before = lead.slice(0, nameIndex);
    const seq = before.filter((_, n) => tokens[i + n] === 'seq').at(-1);
    const words = before.filter((_, n) => tokens[i + n] !== 'seq').map((c) => c.text);
    const cells = columns.map(() => '');
    cells[nameAt] = hasCategory ? nameCell.text : [...words, nameCell.text].join('');
    if (hasCategory && words.length > 0) cells[at('category')] = words.join('');
    if (seq && at('seq') >= 0) cells[at('seq')] = seq.text;

    // Tail: the figures, then the kind.
    let k = j;
    if (unitCell) cells[unitAt] = unitCell.text;
    const figures: string[] = [];
    const figureAt = (n: number): boolean =>
      tokens[n] === 'figure' ||
      (tokens[n] === 'words' && (tokens[n + 1] === 'kind' || tokens[n + 1] === 'figure'));
    while (k < body.length && figureAt(k) && figures.length < figureColumns.length)
      figures.push(body[k++]?.text ?? '');
    if (kindAt >= 0 && tokens[k] === 'kind') cells[kindAt] = body[k++]?.text ?? '';
    const offset = figureColumns.length - figures.length;
    figures.forEach((f, n) => {
      const col = figureColumns[offset + n];
      if (col !== undefined) cells[col] = f;
    });
    if (figures.length > 0 && offset > 0) {
      shortRows.push({
        row: nameCell.line,
        name: nameCell.text,
        value: figures.join(' '),
        columns: figureColumns.length,
      });
    }
    rows.push({ row: nameCell.line, cells });
    i = Math.max(k, i + 1);
  }
  return { rows, shortRows };
}

/**
 * What a cell can be: a kind (预期性), a figure (`44*`, `/`, `98.5%以上`), a 序号 (a small
 * number directly followed by text, when the table has a 序号 column: `next` is given
 * only then), words that read as a qualitative target (`持续提升`, but also a category
 * such as `质量` / `提升`), or text.
 */
function tokenOf(text: string, next: string | undefined): Token {
  if (parseKind(text).ok) return 'kind';
  const figure = readFigureCell(text);
  if (/^\d{1,3}$/.test(normalizeText(text)) && next !== undefined && isText(next)) return 'seq';
  if (figure.state === 'none') return 'figure';
  if (figure.state === 'read') return /\d/.test(text) ? 'figure' : 'words';
  return 'text';
}

function isText(text: string): boolean {
  if (parseKind(text).ok) return false;
  const f = readFigureCell(text);
  return f.state === 'unreadable' || (f.state === 'read' && !/\d/.test(text));
}

function lastIndexWhere<T>(xs: readonly T[], p: (x: T, i: number) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) {
    const x = xs[i];
    if (x !== undefined && p(x, i)) return i;
  }
  return -1;
}
