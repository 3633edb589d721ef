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
  const r = cellRef(row, col);
  const s = style > 0 ? ` s="${style}"` : '';
  const c = `${prefix}c`;
  if (value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value))) {
    return style > 0 ? `<${c} r="${r}"${s}/>` : '';
  }
  // Joined, not concatenated: a results table's cells are all made before the sheet is, and
  // a string built with + is a tree of pieces several times the size of the text it holds.
  if (typeof value === 'number')
    return [
      '<',
      c,
      ' r="',
      r,
      '"',
      s,
      '><',
      prefix,
      'v>',
      String(value),
      '</',
      prefix,
      'v></',
      c,
      '>',
    ].join('');
  if (typeof value === 'boolean')
    return [
      '<',
      c,
      ' r="',
      r,
      '"',
      s,
      ' t="b"><',
      prefix,
      'v>',
      value ? '1' : '0',
      '</',
      prefix,
      'v></',
      c,
      '>',
    ].join('');
  const text = cellTextXml(value);
  const space = NEEDS_PRESERVE.test(text) ? ' xml:space="preserve"' : '';
  return [
    '<',
    c,
    ' r="',
    r,
    '"',
    s,
    ' t="inlineStr"><',
    prefix,
    'is><',
    prefix,
    't',
    space,
    '>',
    text,
    '</',
    prefix,
    't></',
    prefix,
    'is></',
    c,
    '>',
  ].join('');
}
