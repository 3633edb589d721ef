/**
 * Rows by column key as the Grid a reader takes, for rows that are not in a sheet yet —
 * a form the planner is filling in, or rows about to be written — so they are checked by
 * the same readers before they land.
 */
import { columnLetter } from './cell-address.ts';
import type { Grid } from './grid.ts';
import { bilingualHeader, type TableSpec } from './tables.ts';
import type { TemplateRow } from './template.ts';

/** The rows under the contract's bilingual headers, numbered from `firstRow`. */
export function templateGrid(
  spec: TableSpec,
  rows: readonly TemplateRow[],
  workbook: string,
  firstRow = 2,
): Grid {
  return {
    workbook,
    sheet: spec.sheet,
    table: spec.name,
    header: spec.columns.map(bilingualHeader),
    columnLetters: spec.columns.map((_, i) => columnLetter(i + 1)),
    rows: rows.map((row, i) => ({
      rowNumber: firstRow + i,
      cells: spec.columns.map((c) => ({ value: row[c.key] ?? null })),
    })),
  };
}
