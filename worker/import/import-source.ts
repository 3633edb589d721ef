import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Grid } from '../../shared/contract/grid.ts';
import { readDocTables } from '../../shared/import/doc-table-text.ts';
import { findPlanHeader } from '../../shared/import/plan-header.ts';
import { tellTableFormat } from '../../shared/import/table-format.ts';
import type { TextRow } from '../../shared/import/text-grid.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { loadWorkbook } from '../workbook/load-workbook.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import { csvToGrid, csvUnreadable } from './csv-grid.ts';
import { delimitedTextRows, sheetTextRows } from './plan-rows.ts';
import { decodeCsvBytes } from './text-decoding.ts';
import { workbookToGrid } from './xlsx-grid.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';

/** Contract table names an .xlsx may carry (then it is contract rows, whatever else it holds). */
const CONTRACT_TABLES = new Set(['Indicators', 'Milestones', 'Actuals', 'Recipients']);

/**
 * What a file to import holds: contract-format rows (as a Grid, for the row readers), a
 * published plan table (text rows: a CSV, a sheet, tab-separated text), or a document's
 * text with tables stored one cell per line.
 */
export type ImportSource =
  | { ok: true; kind: 'contract'; grid: Grid }
  | { ok: true; kind: 'plan'; rows: TextRow[]; sheet: string }
  | { ok: true; kind: 'document'; text: string }
  | { ok: false; problem: Problem };

/**
 * Reads a .csv, .txt or .xlsx and tells contract rows from a published plan table
 * (shared/import/table-format.ts). A .txt holding a document's table (one cell per line)
 * is a document; any other .txt is read as CSV or tab-separated text.
 */
export async function readImportSource(source: string, file: string): Promise<ImportSource> {
  const ext = extname(source).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return readWorkbookSource(source, file);
  if (ext !== '.csv' && ext !== '.txt') {
    return {
      ok: false,
      problem: workbookProblem('import.unsupported_type', { workbook: file }, { file }),
    };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch (err) {
    const missing = err instanceof Error && 'code' in err && err.code === 'ENOENT';
    const problem = missing
      ? workbookProblem('import.not_found', { workbook: source }, { file: source })
      : workbookProblem(
          'import.csv_unreadable',
          { workbook: file },
          { file, row: 0, reason: reasonOf(err) },
        );
    return { ok: false, problem };
  }
  const text = decodeCsvBytes(bytes);
  if (ext === '.txt' && readDocTables(text).length > 0) return { ok: true, kind: 'document', text };
  let rows: TextRow[];
  try {
    rows = delimitedTextRows(text);
  } catch (err) {
    return { ok: false, problem: csvUnreadable(err, file) };
  }
  if (rows.length === 0)
    return { ok: false, problem: workbookProblem('import.empty', { workbook: file }, { file }) };
  const format = tellTableFormat(rows);
  if (format.format === 'plan') return { ok: true, kind: 'plan', rows, sheet: file };
  const grid = csvToGrid(bytes, file);
  return grid.ok ? { ok: true, kind: 'contract', grid: grid.grid } : grid;
}

/**
 * An .xlsx: a contract table by name wins; else the first sheet that holds a plan table's
 * header (read with its merged cells); else the contract reading of the first sheet.
 */
async function readWorkbookSource(source: string, file: string): Promise<ImportSource> {
  const loaded = await loadWorkbook(source);
  if (!loaded.ok) return { ok: false, problem: loaded.problem };
  const contract = workbookToGrid(loaded.workbook, loaded.name);
  if (contract.ok && CONTRACT_TABLES.has(contract.grid.table))
    return { ok: true, kind: 'contract', grid: contract.grid };
  for (const sheet of loaded.workbook.worksheets) {
    const rows = sheetTextRows(sheet);
    if (rows.length === 0) continue;
    const format = tellTableFormat(rows);
    if (format.format === 'contract' && sheet === loaded.workbook.worksheets[0]) break;
    if (format.format === 'plan' && findPlanHeader(rows) !== null)
      return { ok: true, kind: 'plan', rows, sheet: sheet.name };
  }
  if (!contract.ok) return contract;
  const first: ExcelJS.Worksheet | undefined = loaded.workbook.worksheets[0];
  const rows = first ? sheetTextRows(first) : [];
  if (tellTableFormat(rows).format === 'plan')
    return { ok: true, kind: 'plan', rows, sheet: first?.name ?? file };
  return { ok: true, kind: 'contract', grid: contract.grid };
}
