/**
 * Loaded office-js values → the Grid the core reads, the same Grid the worker builds from
 * an .xlsx (worker/workbook/table-grid.ts): header texts, sheet column letters, 1-based
 * sheet row numbers, and fully empty rows dropped.
 */
import { isFilled } from '../../shared/contract/cell-reading.ts';
import {
  columnLetter,
  parseSheetRange,
  type CellRange,
} from '../../shared/contract/cell-address.ts';
import type { Cell, Grid, GridRow } from '../../shared/contract/grid.ts';
import { cellText, toGridCell } from './excel-cell.ts';

/** What was loaded for one block of cells. */
export interface LoadedBlock {
  /** Sheet-qualified address of the block, as office-js reports it. */
  address: string;
  values: readonly (readonly unknown[])[];
  /** Number formats by 0-based column of the block; columns not loaded read as General. */
  formats: ReadonlyMap<number, readonly (readonly unknown[])[]>;
}

/** The sheet and cell range of an office-js address; a range of A1 when unreadable. */
export function blockRange(address: string): { sheet: string; range: CellRange } {
  return parseSheetRange(address) ?? { sheet: '', range: { top: 1, left: 1, bottom: 1, right: 1 } };
}

/** Sheet column letters of a block's columns. */
export function blockLetters(range: CellRange): string[] {
  const out: string[] = [];
  for (let c = range.left; c <= range.right; c++) out.push(columnLetter(c));
  return out;
}

/** The rows of a block as Grid rows; with `dropEmpty`, rows with no filled cell are left out. */
export function blockRows(block: LoadedBlock, dropEmpty: boolean): GridRow[] {
  const { range } = blockRange(block.address);
  const rows: GridRow[] = [];
  block.values.forEach((values, r) => {
    const cells: Cell[] = values.map((v, c) => toGridCell(v, block.formats.get(c)?.[r]?.[0]));
    if (!dropEmpty || cells.some(isFilled)) rows.push({ rowNumber: range.top + r, cells });
  });
  return rows;
}

/** A table as a Grid from its header values and its body block. */
export function tableGrid(
  workbook: string,
  table: string,
  header: readonly unknown[],
  body: LoadedBlock,
): Grid {
  const { sheet, range } = blockRange(body.address);
  return {
    workbook,
    sheet,
    table,
    header: header.map((h) => cellText(h).trim()),
    columnLetters: blockLetters(range),
    rows: blockRows(body, true),
  };
}
