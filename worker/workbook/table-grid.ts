import type ExcelJS from 'exceljs';
import { isFilled } from '../../shared/contract/cell-reading.ts';
import type { Cell, Grid, GridRow } from '../../shared/contract/grid.ts';

import { columnLetter, type CellRange } from '../../shared/contract/cell-address.ts';
import { toGridCell } from './cell-value.ts';
import type { LocatedTable } from './table-location.ts';

/**
 * A table as a Grid, read from the sheet cells in the table's range (not from exceljs's
 * table rows, which a loaded table does not carry). Hidden rows are read like any other;
 * the totals row is left out; fully empty rows are dropped, since `init` leaves one in an
 * empty table because Excel needs a table to have a data row.
 */
export function tableToGrid(workbook: string, located: LocatedTable): Grid {
  const { worksheet, model, range } = located;
  const header: string[] = [];
  for (let c = range.left; c <= range.right; c++) {
    const text = headerText(toGridCell(worksheet.getCell(range.top, c)));
    header.push(text || (model.columns[c - range.left]?.name ?? ''));
  }
  const lastDataRow = model.totalsRow ? range.bottom - 1 : range.bottom;
  return {
    workbook,
    sheet: worksheet.name,
    table: model.name,
    header,
    columnLetters: letters(range),
    rows: readRows(worksheet, { ...range, top: range.top + 1, bottom: lastDataRow }),
  };
}

/**
 * A block of a sheet as a Grid whose first row is the header: for imported sheets that
 * hold no contract table.
 */
export function rangeToGrid(
  workbook: string,
  worksheet: ExcelJS.Worksheet,
  range: CellRange,
  table: string,
): Grid {
  const header: string[] = [];
  for (let c = range.left; c <= range.right; c++)
    header.push(headerText(toGridCell(worksheet.getCell(range.top, c))));
  return {
    workbook,
    sheet: worksheet.name,
    table,
    header,
    columnLetters: letters(range),
    rows: readRows(worksheet, { ...range, top: range.top + 1 }),
  };
}

function letters(range: CellRange): string[] {
  const out: string[] = [];
  for (let c = range.left; c <= range.right; c++) out.push(columnLetter(c));
  return out;
}

function headerText(cell: Cell): string {
  return cell.value === null ? '' : String(cell.value).trim();
}

function readRows(worksheet: ExcelJS.Worksheet, range: CellRange): GridRow[] {
  const rows: GridRow[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const cells: Cell[] = [];
    for (let c = range.left; c <= range.right; c++) cells.push(toGridCell(worksheet.getCell(r, c)));
    if (cells.some(isFilled)) rows.push({ rowNumber: r, cells });
  }
  return rows;
}
