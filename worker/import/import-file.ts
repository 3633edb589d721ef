import { basename } from 'node:path';
import type { Grid } from '../../shared/contract/grid.ts';
import { detectTable } from '../../shared/contract/header-match.ts';
import { TABLES, type TableName } from '../../shared/contract/tables.ts';
import type { PlanImport } from '../../shared/import/plan-table.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import { appendRows } from './append-rows.ts';
import { importPlan, type PlanImportSettings } from './import-plan.ts';
import { importReader } from './import-readers.ts';
import { readImportSource } from './import-source.ts';

/** What an import did: which table the file fed, how many rows went in, and what was wrong. */
export interface ImportReport {
  /** null when the file could not be read or its table not told. */
  table: TableName | null;
  /** Rows written (with `dryRun`: rows that would be written). */
  added: number;
  /** Bad rows (dropped) and warnings (row kept), each naming file, row, column and value. */
  problems: Problem[];
  /** Set when the file was a published plan table: what the importer understood and asks. */
  plan: PlanImport | null;
  dryRun: boolean;
}

/** How to import: `dryRun` writes nothing; answers and id prefix apply to plan tables. */
export type ImportOptions = PlanImportSettings;

/**
 * Imports a .csv, .txt or .xlsx into a plan workbook. Contract-format rows (told by their
 * headers) are validated by the same readers a check uses; good rows are appended as they
 * were written in the file (so `98.5%以上` stays text), bad rows reported and left out. A
 * published plan table (序号/指标名称/2020年/2025年/属性, merged cells, footnotes) or a
 * document's text with such a table goes through the plan-table importer into Indicators.
 * Never throws for a bad file.
 */
export async function importFile(
  source: string,
  intoWorkbook: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const file = basename(source);
  const dryRun = options.dryRun === true;
  const read = await readImportSource(source, file);
  if (!read.ok) return { table: null, added: 0, problems: [read.problem], plan: null, dryRun };
  if (read.kind !== 'contract') {
    const outcome = await importPlan(read, intoWorkbook, file, options);
    return {
      table: outcome.plan ? 'Indicators' : null,
      added: outcome.added,
      problems: outcome.problems,
      plan: outcome.plan,
      dryRun,
    };
  }
  return {
    ...(await importContractRows(read.grid, intoWorkbook, file, dryRun)),
    plan: null,
    dryRun,
  };
}

async function importContractRows(
  grid: Grid,
  intoWorkbook: string,
  file: string,
  dryRun: boolean,
): Promise<Pick<ImportReport, 'table' | 'added' | 'problems'>> {
  const table = detectTable(grid.header);
  const spec = TABLES.find((s) => s.name === table);
  const reader = table === null ? null : importReader(table);
  if (table === null || !spec || !reader) {
    const header = grid.header.filter((h) => h !== '').join(' | ');
    return {
      table: null,
      added: 0,
      problems: [
        workbookProblem(
          'import.unknown_table',
          { workbook: file, sheet: grid.sheet },
          { file, header },
        ),
      ],
    };
  }
  const { items, problems } = reader(grid);
  const goodRows = new Set(items.map((item) => item.row));
  const good = grid.rows.filter((row) => goodRows.has(row.rowNumber));
  const appended = await appendRows(spec, grid, good, intoWorkbook, file, { dryRun });
  return { table, added: appended.added, problems: [...problems, ...appended.problems] };
}
