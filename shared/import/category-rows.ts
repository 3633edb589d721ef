/**
 * The rows under a plan table's header: indicators, category subheadings written as a
 * row of their own (`一、营商环境`, `（二）质量提升`, merged across the table or in one
 * cell), footnotes (`注：…`), total rows (`合计`), and blank rows. A category written as a
 * merged cell reaches the rows below it either way: repeated on every row (as .xlsx
 * merged cells read) or only on the first with empty cells below (CSV, pasted text).
 */
import { normalizeText } from '../parse/text-normalize.ts';
import { isFootnoteText } from './markers.ts';
import type { PlanColumn } from './plan-header.ts';
import type { TextRow } from './text-grid.ts';

/** A row under the header and what it is. */
export type BodyRow =
  | { kind: 'data'; row: TextRow }
  | { kind: 'subheading'; row: TextRow; category: string }
  | { kind: 'footnote'; row: TextRow; text: string }
  | { kind: 'total'; row: TextRow; text: string }
  | { kind: 'nameless'; row: TextRow }
  | { kind: 'blank'; row: TextRow };

const TOTAL = /^(?:合计|总计|小计|共计|总数|合计数)(?:[(（].*)?$/;

/**
 * Classifies the rows under the header. Once a footnote starts, the one-cell rows after
 * it (`2.〔 〕内为五年累计数`) belong to it.
 */
export function classifyBodyRows(
  rows: readonly TextRow[],
  columns: readonly PlanColumn[],
): BodyRow[] {
  const nameAt = columns.find((c) => c.role === 'name')?.index ?? -1;
  let inFootnote = false;
  return rows.map((row): BodyRow => {
    const texts = [...new Set(row.cells.map((c) => c.trim()).filter((c) => c !== ''))];
    const only = texts.length === 1 ? (texts[0] ?? '') : null;
    if (texts.length === 0) return { kind: 'blank', row };
    if (only !== null && (inFootnote || isFootnoteText(only))) {
      inFootnote = true;
      return { kind: 'footnote', row, text: only };
    }
    const name = (row.cells[nameAt] ?? '').trim();
    const first = name || (texts[0] ?? '');
    if (TOTAL.test(compact(first))) return { kind: 'total', row, text: first };
    if (only !== null) return { kind: 'subheading', row, category: categoryName(only) };
    if (name === '') return { kind: 'nameless', row };
    return { kind: 'data', row };
  });
}

/**
 * A category as written in a cell or subheading, without its numbering and count:
 * `一、营商环境` → `营商环境`, `（二）质量提升（7项）` → `质量提升`. Category cells split over
 * lines (`营商\n环境`) are joined.
 */
export function categoryName(text: string): string {
  return text
    .replace(/\s*\n\s*/g, '')
    .trim()
    .replace(
      /^(?:第?[一二三四五六七八九十]+(?:部分|类)?[、.．:：\s]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．:：\s])\s*/,
      '',
    )
    .replace(/\s*[（(]\s*共?\s*\d+\s*(?:项|个)?(?:指标)?\s*[)）]$/, '')
    .replace(/[:：]$/, '')
    .trim();
}

/**
 * The category of each row, carried down: a category cell sets it (merged cells read
 * as the first cell with empty ones below, or as the same text repeated), and so does a
 * subheading row.
 */
export function carryCategory(
  body: readonly BodyRow[],
  columns: readonly PlanColumn[],
): Map<TextRow, string> {
  const at = columns.find((c) => c.role === 'category')?.index;
  const categories = new Map<TextRow, string>();
  let current = '';
  for (const b of body) {
    if (b.kind === 'subheading') current = b.category;
    if (b.kind !== 'data') continue;
    const cell = at === undefined ? '' : (b.row.cells[at] ?? '').trim();
    if (cell !== '') current = categoryName(cell);
    categories.set(b.row, current);
  }
  return categories;
}

function compact(s: string): string {
  return normalizeText(s).replace(/\s+/g, '');
}
