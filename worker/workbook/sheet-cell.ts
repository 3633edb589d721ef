import {
  isDateFormat,
  isPercentFormat,
  serialDateText,
} from '../../shared/contract/cell-reading.ts';
import type { Cell } from '../../shared/contract/grid.ts';

/** A `<c>` element as a sheet holds it, before shared strings and number formats are applied. */
export interface SheetCell {
  /** Value type (`t`): '' or `n` (number), `s`, `str`, `inlineStr`, `b`, `e`, `d`. */
  type: string;
  /** Style index (`s`), 0 when absent. */
  style: number;
  /** The `<v>` text; undefined when the cell has none. */
  value: string | undefined;
  /** The inline string's text (`<is>`), phonetic runs left out; undefined when none. */
  inline: string | undefined;
  /** The cell holds a formula (`<f>`, also a shared formula's follower). */
  formula: boolean;
}

/** What turning sheet cells into Grid cells needs from the rest of the workbook. */
export interface CellContext {
  sharedStrings: readonly string[];
  /**
   * The Grid cell of each shared string, made when first met: a plan's ids, regions and
   * periods repeat down tens of thousands of rows, and one frozen cell serves them all.
   */
  sharedStringCells: Cell[];
  /** Number format code by style index; '' for General. */
  formats: readonly string[];
  date1904: boolean;
}

/**
 * One sheet cell as the plain Grid cell the core reads: text, number, boolean, dates as
 * `YYYY-MM-DD`, formulas as their cached result (flagged when the file stores none),
 * errors flagged, percent formats flagged so 0.985 can read as 98.5. Reads what exceljs
 * read before it, so every existing reader test holds (tests/worker/workbook/).
 */
export function toGridCell(cell: SheetCell, context: CellContext): Cell {
  const format = context.formats[cell.style] ?? '';
  const v = cell.value;
  if (cell.formula) {
    // A formula Excel never calculated, or whose result was dropped, has no `<v>`.
    if (v === undefined || v === '') return { value: null, formulaWithoutValue: true };
    return typed(cell.type, v, format, context);
  }
  if (cell.type === 'inlineStr') return { value: cell.inline ?? null };
  if (v === undefined) return { value: null };
  if (cell.type === 's') return sharedStringCell(Number(v), context);
  return typed(cell.type, v, format, context);
}

/** The Grid cell of the shared string at `index` (an empty cell for an index the table lacks). */
export function sharedStringCell(index: number, context: CellContext): Cell {
  const made = context.sharedStringCells[index];
  if (made) return made;
  const text = context.sharedStrings[index];
  // An index the table does not hold is read as an empty cell, and not remembered.
  if (text === undefined) return { value: null };
  return (context.sharedStringCells[index] = Object.freeze({ value: text }));
}

function typed(type: string, v: string, format: string, context: CellContext): Cell {
  switch (type) {
    case 'str':
    case 'inlineStr':
      return { value: v };
    case 'b':
      return { value: parseInt(v, 10) !== 0 };
    case 'e':
      return { value: null, error: v };
    case 'd':
      return { value: isoDateText(v) };
    default: {
      const n = Number(v);
      // A number cell whose text is no number cannot come from Excel; shown as it is written.
      if (v.trim() === '' || !Number.isFinite(n)) return { value: v };
      if (isDateFormat(format)) return { value: serialDateText(n, context.date1904) };
      return isPercentFormat(format) ? { value: n, percent: true } : { value: n };
    }
  }
}

/** A `t="d"` cell holds an ISO 8601 date and time; shown as the worker writes dates. */
function isoDateText(v: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2})?)?/.exec(v);
  if (!m) return v;
  const [, day = '', hm, s] = m;
  if (hm === undefined || (hm === '00:00' && (s === undefined || s === ':00'))) return day;
  return s === undefined || s === ':00' ? `${day} ${hm}` : `${day} ${hm}${s}`;
}
