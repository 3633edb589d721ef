import type ExcelJS from 'exceljs';
import { isPercentFormat } from '../../shared/contract/cell-reading.ts';
import type { Cell, CellValue } from '../../shared/contract/grid.ts';

/**
 * Turns one exceljs cell into the plain Grid cell the core reads: text, number, boolean,
 * dates as `YYYY-MM-DD`, formulas as their cached result, errors flagged, percent formats
 * flagged so 0.985 can read as 98.5.
 */
export function toGridCell(cell: ExcelJS.Cell): Cell {
  const out = convert(cell.value);
  if (typeof out.value === 'number' && isPercentFormat(cell.numFmt)) out.percent = true;
  return out;
}

type Raw = ExcelJS.CellValue | ExcelJS.CellFormulaValue['result'];

function convert(raw: Raw): Cell {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  if (typeof raw === 'string') return { value: raw };
  if (raw instanceof Date) return { value: dateText(raw) };
  if ('error' in raw) return { value: null, error: raw.error };
  if ('richText' in raw) return { value: richTextOf(raw) };
  if ('hyperlink' in raw) return { value: hyperlinkText(raw) };
  if ('formula' in raw || 'sharedFormula' in raw) {
    if (raw.result === undefined) return { value: null, formulaWithoutValue: true };
    return convert(raw.result);
  }
  return { value: null };
}

function richTextOf(v: ExcelJS.CellRichTextValue): string {
  return v.richText.map((part) => part.text).join('');
}

/** exceljs types a hyperlink's text as a string, but a styled link arrives as rich text. */
function hyperlinkText(v: ExcelJS.CellHyperlinkValue): CellValue {
  const text: unknown = v.text;
  if (typeof text === 'string') return text;
  if (isRichText(text)) return richTextOf(text);
  return v.hyperlink;
}

function isRichText(x: unknown): x is ExcelJS.CellRichTextValue {
  return typeof x === 'object' && x !== null && 'richText' in x && Array.isArray(x.richText);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * exceljs hands dates back as UTC instants that hold Excel's wall-clock value, so the UTC
 * fields are the date the planner sees. Time is added only when the cell has one.
 */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  return s === 0 ? `${day} ${pad(h)}:${pad(m)}` : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}
