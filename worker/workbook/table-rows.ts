import type ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/contract/grid.ts';
import { formatRange } from './cell-address.ts';
import { toGridCell } from './cell-value.ts';
import { isFilled } from './table-grid.ts';
import { filterRef, type LocatedTable } from './table-location.ts';

/** A row to write, one value per table column (left to right); `undefined` leaves a cell as it is. */
export type RowValues = readonly (CellValue | undefined)[];

/**
 * Replaces every data row of a table, growing or shrinking its range to fit. An empty
 * table keeps one blank row, because Excel needs a table to have a data row. A totals
 * row is dropped: the worker's tables have none. `numFmts` gives per-column formats.
 */
export function replaceTableRows(
  located: LocatedTable,
  rows: readonly RowValues[],
  numFmts: readonly (string | undefined)[] = [],
): void {
  const { worksheet, model, range } = located;
  const width = range.right - range.left + 1;
  const height = Math.max(rows.length, 1);
  const blank: RowValues = Array.from({ length: width }, () => null);
  for (let i = 0; i < height; i++) writeRow(worksheet, range.top + 1 + i, range.left, rows[i] ?? blank, width, numFmts);
  for (let r = range.top + 1 + height; r <= range.bottom; r++) clearRow(worksheet, r, range.left, range.right);
  model.totalsRow = false;
  resize(located, range.top + height);
}

/**
 * How many data rows at the bottom of a table are blank (the placeholder `init` leaves,
 * or rows a planner cleared); appended rows go into them first.
 */
export function blankRowsAtBottom(located: LocatedTable): number {
  const { worksheet, model, range } = located;
  const lastData = model.totalsRow ? range.bottom - 1 : range.bottom;
  let blank = 0;
  for (let r = lastData; r > range.top; r--) {
    if (rowIsBlank(worksheet, r, range.left, range.right)) blank++;
    else break;
  }
  return blank;
}

/** The first row below the table that has something in the table's columns, within `count` rows; 0 if none. */
export function firstFilledRowBelow(located: LocatedTable, count: number): number {
  const { worksheet, range } = located;
  for (let r = range.bottom + 1; r <= range.bottom + count; r++) {
    if (!rowIsBlank(worksheet, r, range.left, range.right)) return r;
  }
  return 0;
}

/**
 * Appends rows after the table's last non-blank data row, reusing blank rows at the
 * bottom and growing the range (a totals row moves down with it). New cells take the
 * style of the table's first data row. The caller checks there is room below first.
 */
export function appendTableRows(located: LocatedTable, rows: readonly RowValues[]): void {
  const { worksheet, model, range } = located;
  const width = range.right - range.left + 1;
  const lastData = model.totalsRow ? range.bottom - 1 : range.bottom;
  const start = lastData - blankRowsAtBottom(located) + 1;
  const newLastData = Math.max(lastData, start + rows.length - 1);
  const shift = newLastData - lastData;
  if (model.totalsRow && shift > 0) moveRow(worksheet, range.bottom, range.bottom + shift, range.left, range.right);
  const styleRow = range.top + 1;
  rows.forEach((values, i) => {
    const r = start + i;
    for (let j = 0; j < width; j++) {
      const cell = worksheet.getCell(r, range.left + j);
      if (r !== styleRow) cell.style = { ...worksheet.getCell(styleRow, range.left + j).style };
      const v = values[j];
      if (v !== undefined) cell.value = v === '' ? null : v;
    }
  });
  resize(located, range.bottom + shift);
}

function writeRow(
  worksheet: ExcelJS.Worksheet,
  r: number,
  left: number,
  values: RowValues,
  width: number,
  numFmts: readonly (string | undefined)[],
): void {
  for (let j = 0; j < width; j++) {
    const cell = worksheet.getCell(r, left + j);
    const v = values[j];
    // Strings are set as plain string values, which exceljs never reads as formulas,
    // so a name like `=SUM(A1)` or `-3%` is written as the text it is.
    if (v !== undefined) cell.value = v === '' ? null : v;
    const numFmt = numFmts[j];
    if (numFmt) cell.numFmt = numFmt;
  }
}

function clearRow(worksheet: ExcelJS.Worksheet, r: number, left: number, right: number): void {
  for (let c = left; c <= right; c++) worksheet.getCell(r, c).value = null;
}

function moveRow(worksheet: ExcelJS.Worksheet, from: number, to: number, left: number, right: number): void {
  for (let c = left; c <= right; c++) {
    const source = worksheet.getCell(from, c);
    const target = worksheet.getCell(to, c);
    target.value = source.value;
    target.style = { ...source.style };
    source.value = null;
  }
}

function rowIsBlank(worksheet: ExcelJS.Worksheet, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (isFilled(toGridCell(worksheet.getCell(r, c)))) return false;
  return true;
}

/** Sets the table's range (and its autofilter) to end at `bottom`, keeping its columns. */
function resize(located: LocatedTable, bottom: number): void {
  const { model } = located;
  located.range = { ...located.range, bottom };
  model.tableRef = formatRange(located.range);
  model.autoFilterRef = filterRef(model);
}
