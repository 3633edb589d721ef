import type { Grid } from '../contract/grid.ts';
import { matchHeaders } from '../contract/header-match.ts';
import type { TableSpec } from '../contract/tables.ts';
import type { Problem } from '../model/problem.ts';
import { isBlank, RowReader } from './row-reader.ts';
import type { RowsResult } from './rows-result.ts';

/**
 * Reads a contract table row by row. The header is matched first; when a required column
 * is missing or a column is given twice, no row is read (every row would be guessed at).
 * Blank rows are skipped silently; a row with an `error` problem is dropped, the others
 * are kept.
 *
 * @param readRow builds one item from a row, or returns null to drop it (after
 *   reporting why through the reader).
 */
export function readTable<T>(
  grid: Grid,
  spec: TableSpec,
  readRow: (row: RowReader) => T | null,
): RowsResult<T> {
  const header = matchHeaders(grid.header, spec, {
    workbook: grid.workbook,
    sheet: grid.sheet,
    columnLetters: grid.columnLetters,
  });
  if (header.problems.length > 0) return { items: [], problems: header.problems };
  const problems: Problem[] = [];
  const items: T[] = [];
  const used = [...header.columns.values()];
  for (const row of grid.rows) {
    if (used.every((index) => isBlank(row.cells[index]))) continue;
    const reader = new RowReader(grid, spec, header.columns, row, problems);
    const item = readRow(reader);
    if (item !== null && !reader.failed) items.push(item);
  }
  return { items, problems };
}
