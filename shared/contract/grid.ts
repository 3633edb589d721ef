/**
 * A table as both shells hand it to the core: header texts and rows of plain cells.
 * The worker builds it from the workbook file, the add-in from a Range's values; the core never
 * sees either library.
 */
export type CellValue = string | number | boolean | null;

export interface Cell {
  value: CellValue;
  /** The cell is shown as a percentage (number format contains `%`): 0.985 reads as 98.5. */
  percent?: boolean;
  /** An Excel error value such as `#DIV/0!`, `#N/A`, `#REF!`. */
  error?: string;
  /** The cell holds a formula and the file stores no cached result for it. */
  formulaWithoutValue?: boolean;
}

export interface GridRow {
  /** 1-based sheet row. */
  rowNumber: number;
  cells: Cell[];
}

export interface Grid {
  workbook: string;
  sheet: string;
  table: string;
  header: string[];
  /** Sheet column letters for each header position (A, B, …), for messages. */
  columnLetters: string[];
  rows: GridRow[];
}
