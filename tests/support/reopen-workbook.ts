import ExcelJS from 'exceljs';
import { findTable, type LocatedTable } from '../../worker/workbook/table-location.ts';

/** Opens a written .xlsx again with plain exceljs, as another program would. */
export async function reopen(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A table that must be there; the test fails naming it when it is not. */
export function located(workbook: ExcelJS.Workbook, name: string): LocatedTable {
  const found = findTable(workbook, name);
  if (!found.found) throw new Error(`table ${name} not found`);
  return found.table;
}
