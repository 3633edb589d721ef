/**
 * The whole-process comparison of `npm run bench`: on one workbook, the compiled
 * `kpi-sentinel check` (with write-back and digests, on a fresh copy each run), the floor
 * (floor-scan.js) and exceljs load + save (exceljs-round-trip.js), in turn, run after run,
 * so a drift of the machine's speed touches all three alike; and `kpi-sentinel --help`.
 * A case may also time `check --dry-run` in the same rounds, to show what the check spends
 * before it writes anything.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI_BIN, compiledBenchScript, runProcess, type ProcessRun } from './whole-process.ts';

/**
 * What a case stands for in the targets: `mid` is the 50,000-row plan, `limit` the largest
 * a sheet may hold, `nightly` case A every night after; `small` only shows growth.
 */
export type CaseRole = 'small' | 'mid' | 'limit' | 'nightly';

/** A workbook to measure. */
export interface ProcessInput {
  title: string;
  /** A short name for the targets and the growth lines. */
  label: string;
  role: CaseRole;
  /** The pristine workbook; the check runs on copies of it. */
  path: string;
  asOf: string;
  runs: number;
  /** Also time `check --dry-run` (start-up, read, validate, evaluate) on the same copy each round. */
  dryRun?: boolean;
}

/** What one case measured. */
export interface ProcessCase {
  title: string;
  label: string;
  role: CaseRole;
  fileBytes: number;
  actuals: number;
  /** Statuses and alerts of the check (for `nightly`, also what the workbook already holds). */
  statuses: number;
  alerts: number;
  check: ProcessRun[];
  /** `check --dry-run`, when the input asked for it (empty otherwise). */
  dryRun: ProcessRun[];
  floor: ProcessRun[];
  exceljs: ProcessRun[];
}

/** The counts `check --json` reports for one workbook. */
interface CheckCounts {
  actuals: number;
  statuses: number;
  alerts: number;
}

function countsOf(stdout: string): Omit<CheckCounts, 'actuals'> {
  const x: unknown = JSON.parse(stdout);
  const workbook =
    typeof x === 'object' && x !== null && 'workbooks' in x && Array.isArray(x.workbooks)
      ? (x.workbooks[0] as unknown)
      : null;
  if (
    typeof workbook === 'object' &&
    workbook !== null &&
    'ok' in workbook &&
    workbook.ok === true &&
    'statuses' in workbook &&
    'alerts' in workbook &&
    Array.isArray(workbook.statuses) &&
    Array.isArray(workbook.alerts)
  )
    return { statuses: workbook.statuses.length, alerts: workbook.alerts.length };
  throw new Error('bench: check --json did not report a checked workbook');
}

/**
 * Checks `path` in place once with the bundled CLI (not measured: it also warms the file
 * cache) and returns what `check --json` reported.
 */
export function checkOnce(
  path: string,
  asOf: string,
  outbox: string,
): Omit<CheckCounts, 'actuals'> {
  const r = spawnSync(
    process.execPath,
    [CLI_BIN, 'check', path, '--as-of', asOf, '--outbox', outbox, '--json'],
    { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout: 900_000 },
  );
  if (r.status !== 0) throw new Error(`bench: check of ${path} failed: ${r.stderr}`);
  return countsOf(r.stdout);
}

/** Measures one workbook: `input.runs` rounds of check, floor and exceljs load + save. */
export async function measureWorkbook(
  input: ProcessInput,
  actuals: number,
  scratch: string,
): Promise<ProcessCase> {
  const dir = join(scratch, 'check-run');
  const work = join(dir, 'plan.xlsx');
  const saved = join(scratch, 'exceljs-saved.xlsx');
  await mkdir(dir, { recursive: true });
  await copyFile(input.path, work);
  const counts = checkOnce(work, input.asOf, join(dir, 'outbox'));
  const result: ProcessCase = {
    title: input.title,
    label: input.label,
    role: input.role,
    fileBytes: (await stat(input.path)).size,
    actuals,
    ...counts,
    check: [],
    dryRun: [],
    floor: [],
    exceljs: [],
  };
  for (let i = 0; i < input.runs; i++) {
    // A fresh folder each run: the check finds the file as the user left it, no backups beside it.
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await copyFile(input.path, work);
    const args = [CLI_BIN, 'check', work, '--as-of', input.asOf, '--outbox', join(dir, 'outbox')];
    // Before the check: a dry run writes nothing, so it reads the copy as the user left it.
    if (input.dryRun) result.dryRun.push(await runProcess([...args, '--dry-run'], dir, scratch));
    result.check.push(await runProcess(args, dir, scratch));
    result.floor.push(
      await runProcess([compiledBenchScript('floor-scan'), input.path], scratch, scratch),
    );
    result.exceljs.push(
      await runProcess(
        [compiledBenchScript('exceljs-round-trip'), input.path, saved],
        scratch,
        scratch,
      ),
    );
  }
  await rm(dir, { recursive: true, force: true });
  await rm(saved, { force: true });
  return result;
}

/** `kpi-sentinel --help`, `runs` times. */
export async function measureHelp(runs: number, scratch: string): Promise<ProcessRun[]> {
  const out: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) out.push(await runProcess([CLI_BIN, '--help'], scratch, scratch));
  return out;
}
