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
 * Unknown column headers between header words are taken in; those at the end of the run
 * are tried by readTable.
 */
function headerAt(
  cells: readonly LineCell[],
  i: number,
): { columns: PlanColumn[]; length: number } | null {
  const known = (k: number): boolean => isHeaderText(cells[k]?.text ?? '');
  if (!known(i)) return null;
  let end = i;
  for (;;) {
    if (known(end)) {
      end++;
      continue;
    }
    // Unknown headers (a few in a row) count when a header word follows them.
    let k = end;
    while (k < end + MAX_EDGE_UNKNOWN && !known(k) && isUnknownHeader(cells[k])) k++;
    if (k === end || !known(k)) break;
    end = k;
  }
  if (end - i < 3) return null;
  const columns = headerColumns(cells, i, end);
  return columns ? { columns, length: end - i } : null;
}

function headerColumns(cells: readonly LineCell[], from: number, to: number): PlanColumn[] | null {
  const row: TextRow = {
    row: cells[from]?.line ?? 0,
    cells: cells.slice(from, to).map((c) => c.text),
  };
  return findPlanHeader([row], 1)?.columns ?? null;
}

/**
 * The header and body laid out: unknown headers just before or after the header words
 * (`数据来源`) are headers when the body then lays out better.
 */
function bestLayout(
  cells: readonly LineCell[],
  start: number,
  header: { columns: PlanColumn[]; length: number },
): { start: number; length: number; bodyEnd: number; laid: LaidOut } {
  const layout = (from: number, length: number, columns: PlanColumn[]) => {
    const bodyEnd = endOfBody(cells, from + length);
    const laid = layOutRows(cells.slice(from + length, bodyEnd), columns);
    return { start: from, length, bodyEnd, laid };
  };
  let best = layout(start, header.length, header.columns);
  let bestScore = best.laid.cost;
  for (let lead = 0; lead <= MAX_EDGE_UNKNOWN; lead++) {
    const from = start - lead;
    if (lead > 0 && !isUnknownHeader(cells[from])) break;
    for (let trail = 0; trail <= MAX_EDGE_UNKNOWN; trail++) {
      const end = start + header.length + trail;
      if (trail > 0 && !isUnknownHeader(cells[end - 1])) break;
      if (lead + trail === 0) continue;
      const columns = headerColumns(cells, from, end);
      if (!columns) continue;
      const tried = layout(from, end - from, columns);
      // Each unknown header taken is a small assumption: a tie keeps the shorter header.
      const score = tried.laid.cost + EDGE_COST * (lead + trail);
      if (score < bestScore) {
        best = tried;
        bestScore = score;
      }
    }
  }
  return best;
}

const EDGE_COST = 0.1;

/** Unknown headers tried at either end of a header run (and in a row inside it). */
const MAX_EDGE_UNKNOWN = 3;

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
  const { start: from, length, bodyEnd, laid } = bestLayout(cells, start, header);
  const headerCells = cells.slice(from, from + length);
  const rows: TextRow[] = [];
  const titleCell = cells[from - 1];
  if (titleCell && titleCell.text.length <= MAX_CELL && /指标|表/.test(titleCell.text)) {
    rows.push({ row: titleCell.line, cells: [titleCell.text] });
  }
  rows.push({ row: headerCells[0]?.line ?? 0, cells: headerCells.map((c) => c.text) });

  rows.push(...laid.rows);
  let k = bodyEnd;
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

/** Where the body stops: at the footnote, at prose, at the next section's heading, or at another header. */
function endOfBody(cells: readonly LineCell[], from: number): number {
  for (let k = from; k < cells.length; k++) {
    const text = cells[k]?.text ?? '';
    if (isFootnoteText(text) || isProse(text) || headerAt(cells, k) !== null) return k;
    // `二、主要任务` then prose (or nothing): the document goes on; inside a table it is a subheading.
    const next = cells[k + 1]?.text;
    if (HEADING.test(text) && (next === undefined || isProse(next))) return k;
  }
  return cells.length;
}

const HEADING = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[章节部分])/;

function isProse(text: string): boolean {
  return text.length > MAX_CELL || (/[。；;]/.test(text) && text.length > 20);
}
