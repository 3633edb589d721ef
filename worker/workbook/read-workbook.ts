import type { Grid } from '../../shared/contract/grid.ts';
import { matchHeaders } from '../../shared/contract/header-match.ts';
import { TABLES, type TableName } from '../../shared/contract/tables.ts';
import type { Problem } from '../../shared/model/problem.ts';
import type { FileSnapshot, ReadBounds } from '../file-safety/file-snapshot.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import { openPackage, type OpenWorkbook } from '../xlsx/open-package.ts';
import { DEFAULT_LIMITS } from '../xlsx/package-limits.ts';
import { readContractTables } from './contract-reader.ts';
import { guardPackage } from './package-guard.ts';

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
 * Settings, Recipients, Alerts, Status) by its Excel table name, wherever it sits, with
 * the streaming contract reader (no workbook model is built). Never throws for a bad
 * file: everything a user can get wrong comes back as a Problem.
 */
export async function readWorkbookGrids(
  path: string,
  bounds: ReadBounds = {},
): Promise<ReadWorkbookResult> {
  const opened = await openPackage(path, DEFAULT_LIMITS, bounds);
  if (!opened.ok) return { ok: false, workbook: opened.name, problems: [opened.problem] };
  return readPackageGrids(opened);
}

/** How {@link readPackageGrids} reads. */
export interface PackageReadOptions {
  /** Tables whose sheets the caller writes afterwards: kept in the package as inflated. */
  keep?: readonly TableName[];
  /** Tables of which only these contract columns' data are needed (the rest read as empty). */
  only?: Partial<Record<TableName, readonly string[]>>;
}

/** Offsets of the wanted contract columns among a table part's column names; null for all. */
function columnsOf(
  only: PackageReadOptions['only'],
): Map<string, (columns: readonly string[]) => readonly number[] | null> {
  const out = new Map<string, (columns: readonly string[]) => readonly number[] | null>();
  for (const spec of TABLES) {
    const keys = only?.[spec.name];
    if (!keys) continue;
    out.set(spec.name, (columns) => {
      const found = matchHeaders(columns, spec).columns;
      const at = keys.map((k) => found.get(k));
      return at.every((j) => j !== undefined) ? at : null;
    });
  }
  return out;
}

/**
 * The contract tables of a workbook already read and opened (see {@link readWorkbookGrids}).
 * The package is left as read, with the sheets of `keep` in it, for a write-back.
 */
export function readPackageGrids(
  opened: OpenWorkbook,
  options: PackageReadOptions = {},
): ReadWorkbookResult {
  const workbook = opened.name;
  // The tables are read first: what the reader inflates (within each part's declared
  // size) the guard need not prove again, and the sheets it walked it has counted.
  const read = readContractTables(
    workbook,
    opened.pkg,
    TABLES.map((spec) => spec.name),
    {
      ...(options.keep ? { keep: options.keep } : {}),
      dataColumns: columnsOf(options.only),
    },
  );
  if (!read.ok) return { ok: false, workbook, problems: [read.problem] };
  const refused = guardPackage(workbook, opened.pkg, DEFAULT_LIMITS, read.read.counted);
  if (refused) return { ok: false, workbook, problems: [refused] };
  // Proved and read: a write-back needs the kept sheets' text, not their bytes as well.
  opened.pkg.dropDecodedBytes();
  const grids: Partial<Record<TableName, Grid>> = {};
  const problems: Problem[] = [];
  let missingRequired = false;
  for (const spec of TABLES) {
    const found = read.read.tables.get(spec.name);
    if (found) {
      grids[spec.name] = found.grid;
      continue;
    }
    const required = REQUIRED_TABLES.includes(spec.name);
    if (required) missingRequired = true;
    const badRef = read.read.badRefs.get(spec.name);
    if (badRef) {
      problems.push(
        workbookProblem(
          'workbook.table_bad_ref',
          { workbook, sheet: badRef.sheet, value: badRef.ref },
          { table: spec.name, ref: badRef.ref },
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
    : { ok: true, workbook, grids, problems, snapshot: opened.snapshot };
}
