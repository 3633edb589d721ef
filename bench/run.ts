/**
 * `npm run bench` (compiled first: dist/node/bench/run.js): generates plan workbooks of
 * 5,000, 50,000 and 199,999 Actuals rows (the most a sheet holds under the 200,000-row
 * limit, header included) and case A as every night after (Alerts and Status already
 * filled), times the compiled `kpi-sentinel check` on each as a whole process next to the
 * floor and exceljs load + save of the same file, and `kpi-sentinel --help`; then case A
 * stage by stage in this process, to show where the time goes. Prints markdown with
 * MET/MISSED per target. `BENCH_SCALE=0.1` shrinks the generated plans for a quick look;
 * `BENCH_RUNS=n` sets the runs per workbook; `BENCH_KEEP=1` keeps the generated workbooks.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { benchCase } from './bench-case.ts';
import { caseReport, legend, machineLine } from './bench-report.ts';
import { caseA, caseB, rowsCase, writePlan, type PlanSpec } from './generate-plan.ts';
import { canCollectGarbage, collectGarbage } from './measure-stage.ts';
import {
  checkOnce,
  measureHelp,
  measureWorkbook,
  type CaseRole,
  type ProcessCase,
} from './process-bench.ts';
import { processReport } from './process-report.ts';
import { rssSampler } from './rss-sampler.ts';
import { exceljsVersion } from './exceljs-version.ts';

/** Plans with at least this many Actuals rows are measured once; smaller ones three times. */
const LARGE_ROWS = 100_000;
/** The most Actuals rows a sheet holds: 200,000 rows (the limit) with the header row. */
const LIMIT_ROWS = 199_999;
const HELP_RUNS = 5;

/** A positive number from the environment, or the default; exits with a message when it is not one. */
function envNumber(name: string, fallback: number, integer: boolean): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    process.stderr.write(
      `bench: ${name} must be a positive ${integer ? 'whole ' : ''}number, not "${raw}"\n`,
    );
    process.exit(2);
  }
  return n;
}

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

/** Generates a plan and returns its path and Actuals row count; the template is left for the collector. */
async function generate(scratch: string, spec: PlanSpec): Promise<{ path: string; rows: number }> {
  progress(`generating ${spec.title}…`);
  const { path, template } = await writePlan(scratch, spec);
  return { path, rows: template.actuals.length };
}

async function main(): Promise<void> {
  const scale = envNumber('BENCH_SCALE', 1, false);
  const runsOverride =
    process.env.BENCH_RUNS === undefined ? null : envNumber('BENCH_RUNS', 1, true);
  const runsFor = (rows: number): number => runsOverride ?? (rows < LARGE_ROWS ? 3 : 1);
  const meter = rssSampler(5);
  const scratch = await mkdtemp(join(os.tmpdir(), 'kpi-sentinel-bench-'));
  const started = performance.now();
  const scaled = (rows: number): number => Math.max(1, Math.round(rows * scale));

  const machine = machineLine(
    { platform: os.platform(), arch: os.arch(), cpus: os.cpus(), totalmem: os.totalmem() },
    {
      exceljsVersion: exceljsVersion(),
      gcExposed: canCollectGarbage(),
      scale,
      samplerMs: meter.intervalMs,
      perStagePeak: meter.perStagePeak,
    },
  );
  process.stdout.write(`## kpi-sentinel bench\n\nmachine: ${machine}\n`);

  try {
    progress(`kpi-sentinel --help, ${HELP_RUNS} runs…`);
    const help = await measureHelp(HELP_RUNS, scratch);

    const cases: ProcessCase[] = [];
    const sized: [PlanSpec, CaseRole][] = [
      [rowsCase(scaled(5_000)), 'small'],
      [caseB(scale), 'mid'],
      [rowsCase(scaled(LIMIT_ROWS)), 'limit'],
    ];
    for (const [spec, role] of sized) {
      const plan = await generate(scratch, spec);
      collectGarbage();
      const runs = runsFor(plan.rows);
      progress(`${spec.title}: check, floor, exceljs × ${runs}…`);
      const label = `${plan.rows.toLocaleString('en-US')} rows`;
      const input = { title: spec.title, label, role, path: plan.path, asOf: spec.asOf, runs };
      cases.push(await measureWorkbook(input, plan.rows, scratch));
      await rm(plan.path, { force: true });
    }

    // Case A every night after: the file as the first night's check left it.
    const a = caseA(scale);
    const planA = await generate(scratch, a);
    collectGarbage();
    const nightly = join(scratch, 'case-a-nightly.xlsx');
    await copyFile(planA.path, nightly);
    progress(`${a.title}: first night's check…`);
    checkOnce(nightly, a.asOf, join(scratch, 'outbox'));
    const nightlyTitle = `${a.title}, every night after`;
    const runs = runsFor(planA.rows);
    progress(`${nightlyTitle}: check, check --dry-run, floor, exceljs × ${runs}…`);
    cases.push(
      await measureWorkbook(
        {
          title: nightlyTitle,
          label: 'case A every night after',
          role: 'nightly',
          path: nightly,
          asOf: a.asOf,
          runs,
          dryRun: true,
        },
        planA.rows,
        scratch,
      ),
    );
    process.stdout.write(`\n${processReport(cases, help)}\n`);

    progress(`${a.title}: stage by stage in this process…`);
    const stages = await benchCase(
      { title: a.title, path: planA.path, asOf: a.asOf, runs: 1 },
      scratch,
      meter,
    );
    process.stdout.write(
      [
        '',
        '### Where the time goes: case A (first night), stage by stage in one process',
        '',
        caseReport(stages, 'generated by generate-plan.ts'),
        '',
        legend(meter.perStagePeak),
        '',
        `bench wall time ${((performance.now() - started) / 1000).toFixed(0)} s`,
        '',
      ].join('\n'),
    );
  } finally {
    if (process.env.BENCH_KEEP === '1') progress(`workbooks kept in ${scratch}`);
    else await rm(scratch, { recursive: true, force: true });
  }
}

await main();
