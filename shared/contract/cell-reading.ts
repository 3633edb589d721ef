/**
 * How both shells read a sheet cell into a Grid cell, where that is not the library's
 * business: when a number format scales by 100, and when a row counts as filled.
 */
import type { Cell } from './grid.ts';

/**
 * True when the number format scales by 100: a `%` outside quotes and escapes.
 * `0.0"%"` or `0\%` only print a percent sign and do not scale.
 */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const unquoted = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return unquoted.includes('%');
}

/** A cell counts as filled when it holds a value, an error or a formula (even uncomputed). */
export function isFilled(cell: Cell): boolean {
  if (cell.error !== undefined || cell.formulaWithoutValue) return true;
  return cell.value !== null && !(typeof cell.value === 'string' && cell.value.trim() === '');
}
