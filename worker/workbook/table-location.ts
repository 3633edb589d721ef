import type ExcelJS from 'exceljs';
import { formatRange, parseRange, type CellRange } from '../../shared/contract/cell-address.ts';

/**
 * The parts of an exceljs table model the worker reads and changes. exceljs types a
 * table as its creation options (`ref`, `rows`), but a table loaded from a file carries
 * only `tableRef`, `autoFilterRef`, flags and columns; this view is checked at run time.
 */
export interface TableModel {
  name: string;
  displayName?: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string }[];
}

/** A contract table found in a workbook: its sheet, its model and where it sits. */
export interface LocatedTable {
  worksheet: ExcelJS.Worksheet;
  model: TableModel;
  range: CellRange;
}

/** The live model object behind an exceljs table; changes to it are saved with the workbook. */
function tableModel(table: unknown): TableModel | null {
  if (typeof table !== 'object' || table === null || !('model' in table)) return null;
  const model: unknown = table.model;
  return isTableModel(model) ? model : null;
}

function isTableModel(x: unknown): x is TableModel {
  if (typeof x !== 'object' || x === null) return false;
  if (!('name' in x) || typeof x.name !== 'string') return false;
  if (!('tableRef' in x) || typeof x.tableRef !== 'string') return false;
  if (!('columns' in x) || !Array.isArray(x.columns)) return false;
  return x.columns.every(
    (c: unknown) =>
      typeof c === 'object' && c !== null && 'name' in c && typeof c.name === 'string',
  );
}

/** Every table of a sheet with its model. */
export function sheetTables(worksheet: ExcelJS.Worksheet): TableModel[] {
  const tables: unknown[] = worksheet.getTables();
  const models: TableModel[] = [];
  for (const table of tables) {
    const model = tableModel(table);
    if (model) models.push(model);
  }
  return models;
}

/** A table found by name, or not; `badRef` when it exists but its range cannot be read. */
export type FindTableResult =
  { found: true; table: LocatedTable } | { found: false; badRef?: { sheet: string; ref: string } };

/**
 * Finds a table by name on whatever sheet it sits. Excel table names are unique in a
 * workbook and compared without case.
 */
export function findTable(workbook: ExcelJS.Workbook, name: string): FindTableResult {
  const wanted = name.toLowerCase();
  for (const worksheet of workbook.worksheets) {
    for (const model of sheetTables(worksheet)) {
      if (model.name.toLowerCase() !== wanted) continue;
      const range = parseRange(model.tableRef);
      if (!range) return { found: false, badRef: { sheet: worksheet.name, ref: model.tableRef } };
      return { found: true, table: { worksheet, model, range } };
    }
  }
  return { found: false };
}

/**
 * exceljs reads a table's header row flag from `headerRowCount`, which Excel leaves out
 * when it is the default (1); a table saved by Excel would come back header-less and be
 * written out broken. Contract tables always have a header row, and tables without one
 * are all but unknown in plan workbooks, so every loaded table is given one back.
 * Likewise a table whose filter buttons were turned off has no autofilter, and exceljs
 * would write one without a range; it gets the table's range.
 */
export function repairLoadedTables(workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    for (const model of sheetTables(worksheet)) {
      model.headerRow = true;
      if (!model.autoFilterRef) model.autoFilterRef = filterRef(model);
    }
  }
}

/** The autofilter covers the header and data rows, not the totals row. */
export function filterRef(model: TableModel): string {
  const range = parseRange(model.tableRef);
  if (!range) return model.tableRef;
  const bottom = model.totalsRow ? Math.max(range.top, range.bottom - 1) : range.bottom;
  return formatRange({ ...range, bottom });
}
