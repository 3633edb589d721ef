import type ExcelJS from 'exceljs';
import { ACTUALS, INDICATORS, MILESTONES, RECIPIENTS } from '../../shared/contract/tables.ts';
import { parseRange, type CellRange } from '../../shared/contract/cell-address.ts';
import { toGridCell } from '../workbook/cell-value.ts';
import { loadWorkbook } from '../workbook/load-workbook.ts';
import { isFilled } from '../../shared/contract/cell-reading.ts';
import { rangeToGrid, tableToGrid } from '../workbook/table-grid.ts';
import { findTable, sheetTables } from '../workbook/table-location.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import type { SourceGrid } from './source-grid.ts';

/** Contract tables an import file may carry, looked for by name first. */
const IMPORTABLE = [INDICATORS, MILESTONES, ACTUALS, RECIPIENTS];

/**
 * The rows of an .xlsx to import, as a Grid: a contract table (Indicators, Milestones,
 * Actuals, Recipients) if the file has one, else the first table of its first sheet,
 * else the first sheet's used cells with the first non-empty row as the header.
 */
export async function xlsxToGrid(path: string): Promise<SourceGrid> {
  const loaded = await loadWorkbook(path);
  if (!loaded.ok) return { ok: false, problem: loaded.problem };
  return workbookToGrid(loaded.workbook, loaded.name);
}

/** {@link xlsxToGrid} for a workbook already loaded. */
export function workbookToGrid(workbook: ExcelJS.Workbook, name: string): SourceGrid {
  for (const spec of IMPORTABLE) {
    const found = findTable(workbook, spec.name);
    if (found.found) return { ok: true, grid: tableToGrid(name, found.table) };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    return {
      ok: false,
      problem: workbookProblem('import.empty', { workbook: name }, { file: name }),
    };
  const firstTable = sheetTables(sheet)[0];
  const tableRange = firstTable ? parseRange(firstTable.tableRef) : null;
  if (firstTable && tableRange) {
    return {
      ok: true,
      grid: tableToGrid(name, { worksheet: sheet, model: firstTable, range: tableRange }),
    };
  }
  const used = usedRange(sheet);
  if (!used)
    return {
      ok: false,
      problem: workbookProblem(
        'import.empty',
        { workbook: name, sheet: sheet.name },
        { file: name },
      ),
    };
  return { ok: true, grid: rangeToGrid(name, sheet, used, '') };
}

/** From the first row with anything in it down to the sheet's last row, across its used columns. */
function usedRange(sheet: ExcelJS.Worksheet): CellRange | null {
  const bottom = sheet.rowCount;
  const right = sheet.columnCount;
  for (let r = 1; r <= bottom; r++) {
    for (let c = 1; c <= right; c++) {
      if (isFilled(toGridCell(sheet.getCell(r, c)))) return { top: r, left: 1, bottom, right };
    }
  }
  return null;
}
