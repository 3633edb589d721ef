import { matchHeaders } from '../../shared/contract/header-match.ts';
import { TABLES, type TableName } from '../../shared/contract/tables.ts';
import type { CellValue } from '../../shared/contract/grid.ts';
import { loadWorkbook } from '../../worker/workbook/load-workbook.ts';
import { saveWorkbook } from '../../worker/workbook/save-workbook.ts';
import { findTable } from '../../worker/workbook/table-location.ts';
import { tableToGrid } from '../../worker/workbook/table-grid.ts';

/**
 * Edits cells of a contract table the way a planner would in Excel: find the row, type
 * into a column. `edit` gets each data row's values by column key and returns the
 * changes to make (or null to leave the row alone).
 */
export async function editTable(
  path: string,
  table: TableName,
  edit: (row: Record<string, CellValue>) => Record<string, CellValue> | null,
): Promise<number> {
  const loaded = await loadWorkbook(path);
  if (!loaded.ok) throw new Error(loaded.problem.message.en);
  const found = findTable(loaded.workbook, table);
  const spec = TABLES.find((s) => s.name === table);
  if (!found.found || !spec) throw new Error(`no ${table} table`);
  const { worksheet, range } = found.table;
  const columns = matchHeaders(tableToGrid(path, found.table).header, spec).columns;
  let edited = 0;
  for (let r = range.top + 1; r <= range.bottom; r++) {
    const values: Record<string, CellValue> = {};
    for (const [key, index] of columns) {
      const v = worksheet.getCell(r, range.left + index).value;
      values[key] =
        typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
    }
    const changes = edit(values);
    if (!changes) continue;
    edited += 1;
    for (const [key, value] of Object.entries(changes)) {
      const index = columns.get(key);
      if (index === undefined) throw new Error(`no column ${key} in ${table}`);
      worksheet.getCell(r, range.left + index).value = value;
    }
  }
  await saveWorkbook(loaded.workbook, path);
  return edited;
}
