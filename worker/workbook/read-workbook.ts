import type { Grid } from '../../shared/contract/grid.ts';
import { TABLES, type TableName } from '../../shared/contract/tables.ts';
import type { Problem } from '../../shared/model/problem.ts';
import type { FileSnapshot, ReadBounds } from '../write-back/file-snapshot.ts';
import { loadWorkbook } from './load-workbook.ts';
import { tableToGrid } from './table-grid.ts';
import { findTable } from './table-location.ts';
import { workbookProblem } from './workbook-problem.ts';

/** Tables a workbook cannot be checked without. */
export const REQUIRED_TABLES: readonly TableName[] = ['Indicators', 'Actuals'];

/**
 * The contract tables of one workbook as Grids. `ok: false` when the file cannot be read
 * at all or lacks a required table; missing optional tables are `warning` problems and
 * the rest is still returned.
 */
export type ReadWorkbookResult =
  | {
      ok: true;
      workbook: string;
      grids: Partial<Record<TableName, Grid>>;
      problems: Problem[];
      snapshot: FileSnapshot;
    }
  | { ok: false; workbook: string; problems: Problem[] };

/**
 * Opens an .xlsx and reads every contract table (Indicators, Milestones, Actuals,
 * Settings, Recipients, Alerts, Status) by its Excel table name, wherever it sits.
 * Never throws for a bad file: everything a user can get wrong comes back as a Problem.
 */
export async function readWorkbookGrids(
  path: string,
  bounds: ReadBounds = {},
): Promise<ReadWorkbookResult> {
  const loaded = await loadWorkbook(path, bounds);
  if (!loaded.ok) return { ok: false, workbook: loaded.name, problems: [loaded.problem] };
  const workbook = loaded.name;
  const grids: Partial<Record<TableName, Grid>> = {};
  const problems: Problem[] = [];
  let missingRequired = false;
  for (const spec of TABLES) {
    const found = findTable(loaded.workbook, spec.name);
    if (found.found) {
      grids[spec.name] = tableToGrid(workbook, found.table);
      continue;
    }
    const required = REQUIRED_TABLES.includes(spec.name);
    if (required) missingRequired = true;
    if (found.badRef) {
      problems.push(
        workbookProblem(
          'workbook.table_bad_ref',
          { workbook, sheet: found.badRef.sheet, value: found.badRef.ref },
          { table: spec.name, ref: found.badRef.ref },
          required ? 'error' : 'warning',
        ),
      );
      continue;
    }
    const code = required ? 'workbook.table_missing_required' : 'workbook.table_missing';
    problems.push(
      workbookProblem(
        code,
        { workbook, sheet: spec.sheet },
        { table: spec.name },
        required ? 'error' : 'warning',
      ),
    );
  }
  return missingRequired
    ? { ok: false, workbook, problems }
    : { ok: true, workbook, grids, problems, snapshot: loaded.snapshot };
}
