import type { Cell, CellValue, Grid, GridRow } from '../../shared/contract/grid.ts';
import { matchHeaders } from '../../shared/contract/header-match.ts';
import type { TableName, TableSpec } from '../../shared/contract/tables.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { readContractTables, type ReadTable } from '../workbook/contract-reader.ts';
import { guardPackage } from '../workbook/package-guard.ts';
import { openPackage } from '../xlsx/open-package.ts';
import { DEFAULT_LIMITS } from '../xlsx/package-limits.ts';
import { WorkbookError } from '../problems/workbook-error.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import { refusalProblem } from '../problems/refusal-problem.ts';
import { appendToTable, type AppendOutcome } from '../write-back/table-append.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';
import { FileLocker, type WorkbookLocker } from '../file-safety/workbook-lock.ts';

/** A last look at the workbook's table before rows go in (e.g. ids already taken); a Problem stops the write. */
export type TableCheck = (target: ReadTable, workbook: string) => Problem | null;

/** What appending did: rows written (or, in a dry run, that would be) and what was wrong. */
export interface AppendResult {
  added: number;
  problems: Problem[];
}

/**
 * Appends rows of a source grid to a contract table of a plan workbook, matching columns
 * by canonical key (so order and language of the headers may differ). Rows go in as
 * written in the source; file columns the table lacks are reported as warnings. With
 * `dryRun` everything is checked (the table exists, there is room, `check` passes) but
 * nothing is written. Never throws for a bad workbook.
 */
export async function appendRows(
  spec: TableSpec,
  grid: Grid,
  rows: readonly GridRow[],
  intoWorkbook: string,
  file: string,
  options: { dryRun?: boolean; check?: TableCheck; locker?: WorkbookLocker } = {},
): Promise<AppendResult> {
  if (rows.length === 0) return { added: 0, problems: [] };
  // Read with the check's streaming reader: only the target table's sheet is walked,
  // with as many rows below the table as there are rows to append (for the room check).
  const opened = await openPackage(intoWorkbook);
  if (!opened.ok) return { added: 0, problems: [opened.problem] };
  const table: TableName = spec.name;
  const read = readContractTables(opened.name, opened.pkg, [table], { below: rows.length });
  if (!read.ok) return { added: 0, problems: [read.problem] };
  const refused = guardPackage(opened.name, opened.pkg, DEFAULT_LIMITS, read.read.counted);
  if (refused) return { added: 0, problems: [refused] };
  const loaded = { name: opened.name, snapshot: opened.snapshot };
  const target = read.read.tables.get(table);
  if (!target) {
    return {
      added: 0,
      problems: [
        workbookProblem(
          'import.table_missing',
          { workbook: loaded.name, sheet: spec.sheet },
          { table, file },
        ),
      ],
    };
  }
  const refusedByCheck = options.check?.(target, loaded.name) ?? null;
  if (refusedByCheck) return { added: 0, problems: [refusedByCheck] };
  const plan = mapColumns(grid, target.grid.header, spec, file);
  const values = rows.map((row) =>
    plan.targetToSource.map((src) => (src === null ? undefined : appendedValue(row.cells[src]))),
  );
  const room = roomProblem(target, values.length, loaded.name, table);
  if (room) return { added: 0, problems: [...plan.problems, room] };
  if (options.dryRun) return { added: values.length, problems: plan.problems };
  // Written by the lossless writer: only this table's sheet and table part change, and
  // nothing is written over a save made since the workbook was read.
  let outcome: AppendOutcome;
  try {
    // The same lock as a check's write-back: an import and a nightly check never interleave.
    const lock = await (options.locker ?? new FileLocker()).acquire(intoWorkbook);
    try {
      outcome = await appendToTable(intoWorkbook, target.name, values, {
        expected: loaded.snapshot,
      });
    } finally {
      await lock.release();
    }
  } catch (err) {
    const problem =
      err instanceof WorkbookError
        ? err.problem
        : workbookProblem(
            'workbook.write_failed',
            { workbook: loaded.name },
            { reason: reasonOf(err) },
          );
    return { added: 0, problems: [...plan.problems, problem] };
  }
  if ('reason' in outcome) {
    const problem =
      outcome.reason === 'no_room'
        ? workbookProblem(
            'import.no_room',
            { workbook: loaded.name, sheet: outcome.sheet, row: outcome.row },
            { table, row: outcome.row, count: values.length },
          )
        : outcome.reason === 'refused'
          ? refusalProblem(loaded.name, outcome.refusal, 'import')
          : workbookProblem('import.workbook_changed', { workbook: loaded.name });
    return { added: 0, problems: [...plan.problems, problem] };
  }
  return { added: outcome.appended, problems: plan.problems };
}

/**
 * For each column of the workbook's table, the column of the file that feeds it (by
 * canonical key). File columns the table lacks are reported as warnings; their values
 * are not imported.
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
 * which the readers take to mean the same (docs/architecture.md §3), since the target cell will not
 * carry the file's number format.
 */
function appendedValue(cell: Cell | undefined): CellValue {
  if (!cell || cell.error !== undefined || cell.formulaWithoutValue) return null;
  if (cell.percent && typeof cell.value === 'number')
    return Number((cell.value * 100).toPrecision(15));
  return cell.value;
}

function roomProblem(
  target: ReadTable,
  count: number,
  workbook: string,
  table: TableName,
): Problem | null {
  const needed = count - target.blankRowsAtBottom;
  if (needed <= 0) return null;
  const row = target.firstFilledRowBelow;
  if (row === 0 || row > target.range.bottom + needed) return null;
  return workbookProblem(
    'import.no_room',
    { workbook, sheet: target.sheet, row },
    { table, row, count },
  );
}
