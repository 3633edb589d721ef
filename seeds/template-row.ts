/**
 * Template rows as `init` writes them: every column of the table present, in table order,
 * so a row reads the same whichever columns the caller filled in.
 */
import type { CellValue } from '../shared/contract/grid.ts';
import type { TableSpec } from '../shared/contract/tables.ts';
import type { TemplateRow } from '../shared/contract/template.ts';

/**
 * A row of `table` from the given cells; columns not given are empty (null). Keys that are
 * not columns of the table are kept as given, so a typo shows up in the contract tests
 * instead of vanishing.
 */
export function templateRow(
  table: TableSpec,
  cells: Readonly<Record<string, CellValue | undefined>>,
): TemplateRow {
  const row: TemplateRow = {};
  for (const c of table.columns) row[c.key] = cells[c.key] ?? null;
  for (const [key, value] of Object.entries(cells)) {
    if (!(key in row)) row[key] = value ?? null;
  }
  return row;
}
