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

/** Excel's serial day 0 in the 1900 date system, as a UTC instant (1899-12-30). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial day 0 in the 1904 date system (Mac Excel of old, still set in some workbooks). */
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

/**
 * True when a number format shows a date or time: a y, m, d, h or s code outside quoted
 * text, escapes and bracketed colours (`yyyy-mm-dd`, `yyyy"年"m"月"d"日"`, `[h]:mm`).
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/**
 * An Excel date serial as the worker writes dates: `2025-03-31`, with ` HH:MM[:SS]` only
 * when it has a time. `date1904` for workbooks in the 1904 date system (serial 0 is
 * 1904-01-01 there).
 */
export function serialDateText(serial: number, date1904 = false): string {
  const epoch = date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_EPOCH_MS;
  const ms = Math.round((epoch + serial * DAY_MS) / 1000) * 1000;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  if (h === 0 && m === 0 && s === 0) return day;
  return s === 0 ? `${day} ${pad(h)}:${pad(m)}` : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}
