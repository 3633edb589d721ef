/**
 * `npm run bench`: generates plan workbooks (the Huzhou demo, case A and case B), checks
 * each stage by stage and whole, next to plain exceljs on the same file, and prints the
 * figures as markdown. `BENCH_SCALE=0.1` shrinks the generated cases for a quick look;
 * `BENCH_RUNS=n` sets the runs per case; `BENCH_KEEP=1` keeps the generated workbooks.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { DEMO_AS_OF } from '../seeds/huzhou-demo-expectations.ts';
import { huzhouTemplate } from '../seeds/huzhou-template.ts';
import { initWorkbook } from '../worker/workbook/init-workbook.ts';
import { benchCase, type BenchInput, type CaseResult } from './bench-case.ts';
import { caseReport, legend, machineLine, summaryReport } from './bench-report.ts';
import { caseA, caseB, writePlan, type PlanSpec } from './generate-plan.ts';
import { losslessReport } from './lossless-report.ts';
import { canCollectGarbage } from './measure-stage.ts';
import { rssSampler } from './rss-sampler.ts';

/** Cases with fewer Actuals rows than this are small: best of three runs; larger ones run twice. */
const SMALL_ROWS = 20_000;

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

function exceljsVersion(): string {
  const pkg: unknown = JSON.parse(
    readFileSync(new URL('../node_modules/exceljs/package.json', import.meta.url), 'utf8'),
  );
  return typeof pkg === 'object' &&
    pkg !== null &&
    'version' in pkg &&
    typeof pkg.version === 'string'
    ? pkg.version
    : '?';
}

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

async function main(): Promise<void> {
  const scale = envNumber('BENCH_SCALE', 1, false);
  const runsOverride =
    process.env.BENCH_RUNS === undefined ? null : envNumber('BENCH_RUNS', 1, true);
  const runsFor = (rows: number): number => runsOverride ?? (rows < SMALL_ROWS ? 3 : 2);
  const meter = rssSampler(5);
  const scratch = await mkdtemp(join(os.tmpdir(), 'kpi-sentinel-bench-'));
  const started = performance.now();

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

  const results: CaseResult[] = [];
  const runCase = async (
    input: Omit<BenchInput, 'runs'>,
    rows: number,
    prepared: string,
  ): Promise<void> => {
    const runs = runsFor(rows);
    progress(`${input.title}: ${runs} run(s)…`);
    const result = await benchCase({ ...input, runs }, scratch, meter);
    results.push(result);
    process.stdout.write(`\n${caseReport(result, prepared)}\n`);
    progress(`${input.title}: lossless write-back against exceljs, fresh processes…`);
    process.stdout.write(`\n${await losslessReport({ ...input, runs }, scratch)}\n`);
  };

  try {
    const huzhou = huzhouTemplate();
    const huzhouPath = join(scratch, 'huzhou-demo.xlsx');
    const init = await timed(() => initWorkbook(huzhouPath, huzhou));
    const title = `Huzhou demo (huzhou-14th-fyp, ${huzhou.indicators.length} indicators)`;
    await runCase(
      { title, path: huzhouPath, asOf: DEMO_AS_OF },
      huzhou.actuals.length,
      `written by initWorkbook in ${Math.round(init.ms)} ms`,
    );

    const specs: PlanSpec[] = [caseA(scale), caseB(scale)];
    for (const spec of specs) {
      progress(`generating ${spec.title}…`);
      const written = await timed(() => writePlan(scratch, spec));
      const { path, template } = written.value;
      const prepared = `generated and written by initWorkbook in ${Math.round(written.ms).toLocaleString('en-US')} ms (seed ${spec.seed})`;
      await runCase(
        { title: spec.title, path, asOf: spec.asOf },
        template.actuals.length,
        prepared,
      );
    }

    const total = (performance.now() - started) / 1000;
    const summary = [
      '',
      '### Summary',
      '',
      summaryReport(results),
      '',
      legend(meter.perStagePeak),
      '',
      `bench wall time ${total.toFixed(0)} s`,
    ];
    process.stdout.write(`${summary.join('\n')}\n`);
  } finally {
    if (process.env.BENCH_KEEP === '1') progress(`workbooks kept in ${scratch}`);
    else await rm(scratch, { recursive: true, force: true });
  }
}

await main();
