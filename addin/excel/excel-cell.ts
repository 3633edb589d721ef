/**
 * office-js cell values and number formats → the plain Grid cells the core reads, read
 * the way the worker reads the same cells from an .xlsx (worker/workbook/sheet-cell.ts):
 * errors flagged, dates as `YYYY-MM-DD`, percent formats flagged, empty cells null.
 * And back: Grid values → what office-js writes, text kept as text.
 */
import {
  isDateFormat,
  isPercentFormat,
  serialDateText,
} from '../../shared/contract/cell-reading.ts';
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
