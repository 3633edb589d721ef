import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Cell, CellValue, Grid } from '../../shared/contract/grid.ts';
import { detectTable, matchHeaders } from '../../shared/contract/header-match.ts';
import { TABLES, type TableName, type TableSpec } from '../../shared/contract/tables.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { loadWorkbook } from '../workbook/load-workbook.ts';
import { saveWorkbook } from '../workbook/save-workbook.ts';
import { tableToGrid } from '../workbook/table-grid.ts';
import { findTable, type LocatedTable } from '../workbook/table-location.ts';
import { appendTableRows, blankRowsAtBottom, firstFilledRowBelow } from '../workbook/table-rows.ts';
import { reasonOf, workbookProblem } from '../workbook/workbook-problem.ts';
import { csvToGrid } from './csv-grid.ts';
import { importReader } from './import-readers.ts';
import type { SourceGrid } from './source-grid.ts';
import { xlsxToGrid } from './xlsx-grid.ts';

/** What an import did: which table the file fed, how many rows went in, and what was wrong. */
export interface ImportReport {
  /** null when the file could not be read or its table not told. */
  table: TableName | null;
  added: number;
  /** Bad rows (dropped) and warnings (row kept), each naming file, row, column and value. */
  problems: Problem[];
}

/**
 * Imports contract-format rows from a .csv or .xlsx into a plan workbook. The table is
 * told by the headers; rows are validated by the same readers a check uses; good rows
 * are appended to that table as they were written in the file (so `98.5%以上` stays
 * text), bad rows are reported and left out. Never throws for a bad file.
 */
export async function importFile(source: string, intoWorkbook: string): Promise<ImportReport> {
  const file = basename(source);
  const read = await readSource(source, file);
  if (!read.ok) return failed(read.problem);
  const grid = read.grid;
  const table = detectTable(grid.header);
  const spec = TABLES.find((s) => s.name === table);
  const reader = table === null ? null : importReader(table);
  if (table === null || !spec || !reader) {
    const header = grid.header.filter((h) => h !== '').join(' | ');
    return failed(workbookProblem('import.unknown_table', { workbook: file, sheet: grid.sheet }, { file, header }));
  }
  const { items, problems } = reader(grid);
  const goodRows = new Set(items.map((item) => item.row));
  const good = grid.rows.filter((row) => goodRows.has(row.rowNumber));
  if (good.length === 0) return { table, added: 0, problems };

  const loaded = await loadWorkbook(intoWorkbook);
  if (!loaded.ok) return { table, added: 0, problems: [...problems, loaded.problem] };
  const found = findTable(loaded.workbook, spec.name);
  if (!found.found) {
    const problem = workbookProblem('import.table_missing', { workbook: loaded.name, sheet: spec.sheet }, { table, file });
    return { table, added: 0, problems: [...problems, problem] };
  }
  const target = found.table;
  const plan = mapColumns(grid, tableToGrid(loaded.name, target).header, spec, file);
  const values = good.map((row) => plan.targetToSource.map((src) => (src === null ? undefined : appendedValue(row.cells[src]))));
  const room = roomProblem(target, values.length, loaded.name, table);
  if (room) return { table, added: 0, problems: [...problems, ...plan.problems, room] };
  appendTableRows(target, values);
  try {
    await saveWorkbook(loaded.workbook, intoWorkbook);
  } catch (err) {
    const problem = workbookProblem('workbook.write_failed', { workbook: loaded.name }, { reason: reasonOf(err) });
    return { table, added: 0, problems: [...problems, ...plan.problems, problem] };
  }
  return { table, added: values.length, problems: [...problems, ...plan.problems] };
}

function failed(problem: Problem): ImportReport {
  return { table: null, added: 0, problems: [problem] };
}

async function readSource(source: string, file: string): Promise<SourceGrid> {
  const ext = extname(source).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return xlsxToGrid(source);
  if (ext !== '.csv' && ext !== '.txt') {
    return { ok: false, problem: workbookProblem('import.unsupported_type', { workbook: file }, { file }) };
  }
  try {
    return csvToGrid(await readFile(source), file);
  } catch (err) {
    const missing = err instanceof Error && 'code' in err && err.code === 'ENOENT';
    const problem = missing
      ? workbookProblem('import.not_found', { workbook: source }, { file: source })
      : workbookProblem('import.csv_unreadable', { workbook: file }, { file, row: 0, reason: reasonOf(err) });
    return { ok: false, problem };
  }
}

/**
 * For each column of the workbook's table, the column of the file that feeds it (by
 * canonical key, so order and language of the headers may differ). File columns the
 * table lacks are reported as warnings; their values are not imported.
 */
function mapColumns(
  grid: Grid,
  targetHeader: readonly string[],
  spec: TableSpec,
  file: string,
): { targetToSource: (number | null)[]; problems: Problem[] } {
  const source = matchHeaders(grid.header, spec).columns;
  const target = matchHeaders(targetHeader, spec).columns;
  const targetToSource: (number | null)[] = targetHeader.map(() => null);
  const problems: Problem[] = [];
  for (const [key, srcIndex] of source) {
    const tgtIndex = target.get(key);
    if (tgtIndex !== undefined) {
      targetToSource[tgtIndex] = srcIndex;
      continue;
    }
    const column = grid.header[srcIndex] ?? key;
    problems.push(
      workbookProblem(
        'import.column_not_in_table',
        { workbook: file, sheet: grid.sheet, column: grid.columnLetters[srcIndex] ?? '' },
        { file, column, table: spec.name },
        'warning',
      ),
    );
  }
  return { targetToSource, problems };
}

/**
 * The value to write for a file cell. A percent-formatted 0.985 is written as 98.5,
 * which the readers take to mean the same (DESIGN §3), since the target cell will not
 * carry the file's number format.
 */
function appendedValue(cell: Cell | undefined): CellValue {
  if (!cell || cell.error !== undefined || cell.formulaWithoutValue) return null;
  if (cell.percent && typeof cell.value === 'number') return Number((cell.value * 100).toPrecision(15));
  return cell.value;
}

function roomProblem(target: LocatedTable, count: number, workbook: string, table: TableName): Problem | null {
  const needed = count - blankRowsAtBottom(target);
  if (needed <= 0) return null;
  const row = firstFilledRowBelow(target, needed);
  if (row === 0) return null;
  return workbookProblem('import.no_room', { workbook, sheet: target.worksheet.name, row }, { table, row, count });
}
