/**
 * What the plan-table importer reads: rows of cell texts, each with the row number its
 * source shows (the sheet row of an .xlsx, the record of a CSV, the line of a text file),
 * so questions and notices point where the planner can look.
 */
import type { Cell, CellValue } from '../contract/grid.ts';
import { tidy } from '../parse/number-text.ts';

/** One row of a table as printed. */
export interface TextRow {
  /** 1-based row (or text line) in the source. */
  row: number;
  /** Cell texts, left to right; '' for an empty cell. */
  cells: string[];
}

/** A cell as text: numbers as written, a percent-formatted 0.985 as `98.5%`, booleans as 是/否. */
export function cellText(cell: Cell | CellValue | undefined): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'object') {
    if (cell.error !== undefined) return cell.error;
    if (cell.percent && typeof cell.value === 'number') return `${tidy(cell.value * 100)}%`;
    return cellText(cell.value);
  }
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return String(cell).trim();
}

/**
 * Rows of plain values (a pasted range, a test table) as TextRows, numbered from
 * `firstRow` down.
 */
export function textRows(
  values: readonly (readonly (Cell | CellValue | undefined)[])[],
  firstRow = 1,
): TextRow[] {
  return values.map((cells, i) => ({ row: firstRow + i, cells: cells.map(cellText) }));
}

/** True when the row has no text at all. */
export function isBlankRow(row: TextRow): boolean {
  return row.cells.every((c) => c.trim() === '');
}
