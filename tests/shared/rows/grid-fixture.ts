import type { Cell, CellValue, Grid } from '../../../shared/contract/grid.ts';
import type { Problem } from '../../../shared/model/problem.ts';

/** A cell for a test row: a plain value, or a Cell with flags (percent, error …). */
export type TestCell = CellValue | Cell;

function isCell(c: TestCell): c is Cell {
  return typeof c === 'object' && c !== null;
}

/** Column letters A, B, … Z, AA … for a header of `n` columns. */
function letters(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    let s = '';
    for (let k = i + 1; k > 0; k = Math.floor((k - 1) / 26))
      s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
    return s;
  });
}

/** A Grid as a shell would hand it over: header on sheet row 1, data from row 2. */
export function grid(sheet: string, table: string, header: string[], rows: TestCell[][]): Grid {
  return {
    workbook: 'plan.xlsx',
    sheet,
    table,
    header,
    columnLetters: letters(header.length),
    rows: rows.map((cells, i) => ({
      rowNumber: i + 2,
      cells: cells.map((c) => (isCell(c) ? c : { value: c })),
    })),
  };
}

/** The parts of a problem a test checks, without the message text. */
export function where(p: Problem): Pick<Problem, 'sheet' | 'row' | 'column' | 'value' | 'level'> {
  return { sheet: p.sheet, row: p.row, column: p.column, value: p.value, level: p.level };
}
