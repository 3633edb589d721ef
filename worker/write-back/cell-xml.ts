import type { CellValue } from '../../shared/contract/grid.ts';
import { columnLetter } from '../../shared/contract/cell-address.ts';
import { cellTextXml } from '../xlsx/xml-text.ts';

/** `A1`-style reference of a cell. */
export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/**
 * White space a reader may collapse or trim unless told to keep it: at either end, a tab,
 * a line break (a CR is written as `&#13;`) or a run of spaces. Other text goes without
 * `xml:space="preserve"`, which would otherwise be a fifth of a results sheet.
 */
const NEEDS_PRESERVE = /^\s|\s$|[\t\n]| {2}|&#13;/;

/**
 * One cell as SpreadsheetML. Text is always an inline string — never a formula, whatever
 * it starts with (`=`, `+`, `-`, `@`), and never an entry in sharedStrings.xml, which the
 * writer leaves untouched. Numbers that are not finite are written as empty cells.
 * Text whose white space a reader could lose is marked `xml:space="preserve"`.
 * Returns '' for an empty cell without a style.
 */
export function cellXml(
  prefix: string,
  row: number,
  col: number,
  value: CellValue,
  style: number,
): string {
  const parts: string[] = [];
  appendCellXml(parts, prefix, row, col, value, style);
  return parts.join('');
}

/**
 * {@link cellXml} appended to `out` in pieces, for a writer that joins a whole row at
 * once: a results table's cells are all made before its sheet is, and one string per
 * cell (let alone one built with +, a tree of pieces) is several times their text.
 */
export function appendCellXml(
  out: string[],
  prefix: string,
  row: number,
  col: number,
  value: CellValue,
  style: number,
): void {
  const r = cellRef(row, col);
  const s = style > 0 ? ` s="${style}"` : '';
  if (value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value))) {
    if (style > 0) out.push('<', prefix, 'c r="', r, '"', s, '/>');
    return;
  }
  if (typeof value === 'number') {
    out.push('<', prefix, 'c r="', r, '"', s, '><', prefix, 'v>', String(value));
    out.push('</', prefix, 'v></', prefix, 'c>');
    return;
  }
  if (typeof value === 'boolean') {
    out.push('<', prefix, 'c r="', r, '"', s, ' t="b"><', prefix, 'v>', value ? '1' : '0');
    out.push('</', prefix, 'v></', prefix, 'c>');
    return;
  }
  const text = cellTextXml(value);
  const space = NEEDS_PRESERVE.test(text) ? ' xml:space="preserve"' : '';
  out.push('<', prefix, 'c r="', r, '"', s, ' t="inlineStr"><', prefix, 'is><', prefix, 't');
  out.push(space, '>', text, '</', prefix, 't></', prefix, 'is></', prefix, 'c>');
}
