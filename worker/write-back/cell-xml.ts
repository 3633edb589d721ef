import type { CellValue } from '../../shared/contract/grid.ts';
import { columnLetter } from '../../shared/contract/cell-address.ts';
import { cellTextXml } from '../xlsx/xml-text.ts';

/** `A1`-style reference of a cell. */
export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/**
 * One cell as SpreadsheetML. Text is always an inline string — never a formula, whatever
 * it starts with (`=`, `+`, `-`, `@`), and never an entry in sharedStrings.xml, which the
 * writer leaves untouched. Numbers that are not finite are written as empty cells.
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
  if (typeof value === 'number')
    return `<${c} r="${r}"${s}><${prefix}v>${String(value)}</${prefix}v></${c}>`;
  if (typeof value === 'boolean')
    return `<${c} r="${r}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  return `<${c} r="${r}"${s} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${cellTextXml(value)}</${prefix}t></${prefix}is></${c}>`;
}
