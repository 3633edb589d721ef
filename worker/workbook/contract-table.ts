import type ExcelJS from 'exceljs';
import { columnLetter } from '../../shared/contract/cell-address.ts';
import { DROPDOWNS, listFormula } from '../../shared/contract/dropdowns.ts';
import {
  colouredColumns,
  columnWidth,
  FORMATTED_ROWS,
  numberFormatOf,
  TABLE_STYLE,
  tableBody,
} from '../../shared/contract/plan-layout.ts';
import { bilingualHeader, type TableSpec } from '../../shared/contract/tables.ts';
import type { TemplateRow } from '../../shared/contract/template.ts';
import { addStatusColours } from './status-colours.ts';

/**
 * Adds a contract table to a sheet with its top-left corner at column A of `top`:
 * bilingual headers, the rows given (one empty row when there are none, since Excel
 * needs a data row), column widths, number formats, dropdowns and status colours.
 * Returns the last sheet row the table covers.
 */
export function addContractTable(
  worksheet: ExcelJS.Worksheet,
  spec: TableSpec,
  rows: readonly TemplateRow[],
  top = 1,
): number {
  const body = tableBody(spec, rows);
  worksheet.addTable({
    name: spec.name,
    displayName: spec.name,
    ref: `A${top}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: bilingualHeader(c), filterButton: true })),
    rows: body,
  });
  spec.columns.forEach((c, i) => {
    const column = worksheet.getColumn(i + 1);
    const width = columnWidth([bilingualHeader(c), ...body.map((r) => r[i] ?? null)]);
    column.width = Math.max(column.width ?? 0, width);
    const numFmt = numberFormatOf(c.key);
    if (numFmt) {
      for (let r = top + 1; r <= top + body.length; r++)
        worksheet.getCell(r, i + 1).numFmt = numFmt;
    }
  });
  addDropdowns(worksheet, spec, top);
  addColours(worksheet, spec, top);
  return top + body.length;
}

/**
 * A new sheet holding one contract table at A1, its header row frozen and its columns'
 * number formats set for rows added later.
 */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  spec: TableSpec,
  rows: readonly TemplateRow[],
  sheetName: string = spec.sheet,
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheetName, frozenHeader());
  setColumnFormats(worksheet, spec);
  addContractTable(worksheet, spec, rows);
  return worksheet;
}

/** Sheet options that keep the header row in view while scrolling. */
export function frozenHeader(): Partial<ExcelJS.AddWorksheetOptions> {
  return { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] };
}

/**
 * Sets each column's default number format on a sheet a table has to itself, so rows
 * typed or written later get it too.
 */
function setColumnFormats(worksheet: ExcelJS.Worksheet, spec: TableSpec): void {
  spec.columns.forEach((c, i) => {
    const numFmt = numberFormatOf(c.key);
    if (numFmt) worksheet.getColumn(i + 1).numFmt = numFmt;
  });
}

interface RangeValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

/** exceljs keeps range validations on `worksheet.dataValidations`, which its types leave out. */
function rangeValidations(worksheet: ExcelJS.Worksheet): RangeValidations | null {
  const holder: unknown = worksheet;
  if (typeof holder !== 'object' || holder === null || !('dataValidations' in holder)) return null;
  const dv: unknown = holder.dataValidations;
  return isRangeValidations(dv) ? dv : null;
}

function isRangeValidations(x: unknown): x is RangeValidations {
  return typeof x === 'object' && x !== null && 'add' in x && typeof x.add === 'function';
}

function addDropdowns(worksheet: ExcelJS.Worksheet, spec: TableSpec, top: number): void {
  const lists = DROPDOWNS[spec.name];
  const validations = rangeValidations(worksheet);
  if (!lists || !validations) return;
  spec.columns.forEach((c, i) => {
    const choices = lists[c.key];
    if (!choices) return;
    const letter = columnLetter(i + 1);
    validations.add(`${letter}${top + 1}:${letter}${top + FORMATTED_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(choices)],
      showErrorMessage: true,
      errorStyle: 'warning',
      showInputMessage: false,
    });
  });
}

function addColours(worksheet: ExcelJS.Worksheet, spec: TableSpec, top: number): void {
  const positions = colouredColumns(spec).map((i) => i + 1);
  if (positions.length === 0) return;
  const left = columnLetter(Math.min(...positions));
  const right = columnLetter(Math.max(...positions));
  addStatusColours(worksheet, `${left}${top + 1}:${right}${top + FORMATTED_ROWS}`);
}
