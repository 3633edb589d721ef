/**
 * Tables in plain-text copies of documents, where the conversion wrote one cell per line
 * with blank lines between and lost the row breaks (the Huzhou plan's 表1 in
 * `003_eecffe482169a7c7.txt`, lines 67–301), or a web page printed each cell followed by
 * ` |`. The header is a run of header words in any order (序号 / 类别 / 指标名称 / 单位 /
 * 2020年 / 2025年 / 属性 / 备注 / 责任单位, and columns the importer does not know), and the
 * cells after it are laid out by the header's columns (table-cell-layout.ts): a row's
 * start is confirmed by its 序号, an empty cell the converter dropped is a skipped column,
 * and cells that fit no row are reported with their text and line — never merged into a
 * neighbour, never read as an indicator of their own.
 *
 * A row with fewer figures than figure columns is read right-aligned — the missing cell
 * is the baseline, as in the 新增 rows that give only a 2025 figure — and reported. The
 * footnote under the table (`注:带*指标为累加值。`) is kept as a row of its own.
 */
import { normalizeText } from '../parse/text-normalize.ts';
import { isFootnoteText } from './markers.ts';
import { pipeCells } from './pipe-cells.ts';
import { findPlanHeader, isHeaderText, type PlanColumn } from './plan-header.ts';
import { layOutRows, tokenOf, type LaidOut, type LineCell } from './table-cell-layout.ts';
import type { TextRow } from './text-grid.ts';
import { toSimplified } from './traditional.ts';

/** A table found in a text, as rows the plan-table importer reads. */
export interface DocTable {
  /** Title (if any), header, one row per indicator, then the footnote lines; numbered by text line. */
  rows: TextRow[];
  /** Rows that had fewer figures than the header has figure columns (read as the last columns). */
  shortRows: LaidOut['shortRows'];
  /** Cells that fit no row: their text and first line; not imported. */
  misfits: LaidOut['misfits'];
  /** First and last text line the table occupies. */
  lines: { first: number; last: number };
}

/** A cell longer than this, or a sentence, is the document's prose again. */
const MAX_CELL = 40;
/** An unknown header (`数据来源`) is short words. */
const MAX_UNKNOWN_HEADER = 10;

/** The non-empty cells of a text, one per line, or several on a line written with `|`. */
function textCells(text: string): LineCell[] {
  return text.split(/\r?\n/).flatMap((raw, i) => {
    const cells = pipeCells(raw) ?? [raw];
    return cells
      .map((c) => toSimplified(c.trim()))
      .filter((c) => c !== '')
      .map((c) => ({ text: c, line: i + 1 }));
  });
}

/** Every indicator table in a document's text, in order. */
export function readDocTables(text: string): DocTable[] {
  const cells = textCells(text);
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

/**
 * The columns of a header run starting at `i` (at least three header words), or null.
 * Unknown column headers are taken in when header words follow them, or, for a table
 * with a 序号 column, when its first row (`1` and a name) follows them.
 */
function headerAt(
  cells: readonly LineCell[],
  i: number,
): { columns: PlanColumn[]; length: number } | null {
  const known = (k: number): boolean => isHeaderText(cells[k]?.text ?? '');
  if (!known(i)) return null;
  let end = i;
  for (;;) {
    if (known(end)) end++;
    else if (isUnknownHeader(cells[end]) && known(end + 1)) end++;
    else break;
  }
  if (end - i < 3) return null;
  const columnsOf = (to: number): PlanColumn[] | null => {
    const row: TextRow = { row: cells[i]?.line ?? 0, cells: cells.slice(i, to).map((c) => c.text) };
    return findPlanHeader([row], 1)?.columns ?? null;
  };
  const columns = columnsOf(end);
  if (!columns) return null;
  if (columns.some((c) => c.role === 'seq')) {
    // Unknown headers at the end of the run: they stand before the first row's `1`.
    let k = end;
    while (k < end + 4 && isUnknownHeader(cells[k])) k++;
    const one = cells[k];
    if (
      k > end &&
      one &&
      normalizeText(one.text) === '1' &&
      tokenOf(cells[k + 1]?.text ?? '') === 'text'
    ) {
      const wider = columnsOf(k);
      if (wider) return { columns: wider, length: k - i };
    }
  }
  return { columns, length: end - i };
}

function isUnknownHeader(cell: LineCell | undefined): boolean {
  if (!cell) return false;
  const t = cell.text;
  return t.length <= MAX_UNKNOWN_HEADER && !/\d/.test(t) && tokenOf(t) === 'text';
}

function readTable(
  cells: readonly LineCell[],
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
  const laid = layOutRows(cells.slice(k, bodyEnd), header.columns);
  rows.push(...laid.rows);
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
  return {
    table: { rows, shortRows: laid.shortRows, misfits: laid.misfits, lines: { first, last } },
    next: k,
  };
}

/** Where the body stops: at the footnote, at prose, or at another header. */
function endOfBody(cells: readonly LineCell[], from: number): number {
  for (let k = from; k < cells.length; k++) {
    const text = cells[k]?.text ?? '';
    if (isFootnoteText(text) || isProse(text) || headerAt(cells, k) !== null) return k;
  }
  return cells.length;
}

function isProse(text: string): boolean {
  return text.length > MAX_CELL || (/[。；;]/.test(text) && text.length > 20);
}
