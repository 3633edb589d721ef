/**
 * office-js cell values and number formats → the plain Grid cells the core reads, read
 * the way the worker reads the same cells from an .xlsx (worker/workbook/cell-value.ts):
 * errors flagged, dates as `YYYY-MM-DD`, percent formats flagged, empty cells null.
 * And back: Grid values → what office-js writes, text kept as text.
 */
import { isPercentFormat } from '../../shared/contract/cell-reading.ts';
import type { Cell, CellValue } from '../../shared/contract/grid.ts';
import type { XlValue } from './excel-api.ts';

/** The error values Excel shows in a cell; office-js hands them over as this text. */
const ERROR_TEXTS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

/** Excel's serial day 0 in the 1900 date system, as a UTC instant (1899-12-30). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** One cell from its value and (when loaded) its number format. */
export function toGridCell(value: unknown, numberFormat?: unknown): Cell {
  const format = typeof numberFormat === 'string' ? numberFormat : undefined;
  if (value === null || value === undefined || value === '') return { value: null };
  if (typeof value === 'string')
    return ERROR_TEXTS.has(value) ? { value: null, error: value } : { value };
  if (typeof value === 'boolean') return { value };
  if (typeof value === 'number') {
    if (isDateFormat(format)) return { value: serialDateText(value) };
    return isPercentFormat(format) ? { value, percent: true } : { value };
  }
  return { value: cellText(value) };
}

/**
 * A value office-js handed over, as the text the cell shows. Cells hold text, numbers and
 * booleans; anything else (an empty cell's null included) reads as ''.
 */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

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

/** An Excel date serial as the worker writes dates: `2025-03-31`, with ` HH:MM[:SS]` only when it has a time. */
export function serialDateText(serial: number): string {
  const ms = Math.round((EXCEL_EPOCH_MS + serial * DAY_MS) / 1000) * 1000;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  if (h === 0 && m === 0 && s === 0) return day;
  return s === 0 ? `${day} ${pad(h)}:${pad(m)}` : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

/**
 * A value as office-js writes it: empty as ''; text that Excel would take for a formula
 * (`=`, or `+ - @` before anything but a number) or that starts with an apostrophe gets an
 * apostrophe in front, so it stays text — a name like `=HYPERLINK(…)` never runs.
 */
export function toXlValue(value: CellValue | undefined): XlValue {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return value;
  if (/^['=]/.test(value)) return `'${value}`;
  if (/^[+\-@]./s.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value)) return `'${value}`;
  return value;
}
