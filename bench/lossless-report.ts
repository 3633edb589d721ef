/**
 * The lossless writer against exceljs on the same file, each run in a fresh process so
 * its peak memory is its own: exceljs load + save, and the lossless write-back of the
 * same check's results — into the file as generated (the first night) and into the file
 * as the first night left it (every night after, when the Alerts and Status rows are
 * there to be replaced). The targets for the 50,000-row case: at least 5× faster
 * than exceljs load + save, under 300 MB peak.
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { markdownTable } from './bench-report.ts';
import { median } from './stage-stats.ts';

/** The targets of issue 4. */
export const TARGET_SPEEDUP = 5;
export const TARGET_PEAK_BYTES = 300 * 1024 * 1024;

interface ChildRun {
  ms: number;
  maxRss: number;
  startRss: number;
}

const CHILD = new URL('./lossless-child.ts', import.meta.url).pathname;

function child(args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
    timeout: 600_000,
  });
  if (r.status !== 0) throw new Error(`bench child ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

function runOf(stdout: string): ChildRun {
  const x: unknown = JSON.parse(stdout);
  if (typeof x !== 'object' || x === null || !('ms' in x) || !('maxRss' in x) || !('startRss' in x))
    throw new Error(`bench child printed ${stdout}`);
  const { ms, maxRss, startRss } = x;
  if (typeof ms !== 'number' || typeof maxRss !== 'number' || typeof startRss !== 'number')
    throw new Error(`bench child printed ${stdout}`);
  return { ms, maxRss, startRss };
}

/** Median time, largest peak and the process's own RSS before the work, of some runs. */
export interface Measured {
  medianMs: number;
  peakBytes: number;
  startBytes: number;
}

export function summariseRuns(runs: readonly ChildRun[]): Measured {
  return {
    medianMs: median(runs.map((r) => r.ms)),
    peakBytes: Math.max(...runs.map((r) => r.maxRss)),
    startBytes: median(runs.map((r) => r.startRss)),
  };
}

/** How the lossless writer did against exceljs and the targets. */
export function verdict(
  lossless: Measured,
  exceljs: Measured,
): { speedup: number; meetsSpeed: boolean; meetsMemory: boolean } {
  const speedup = exceljs.medianMs / Math.max(lossless.medianMs, 0.001);
  return {
    speedup,
    meetsSpeed: speedup >= TARGET_SPEEDUP,
    meetsMemory: lossless.peakBytes < TARGET_PEAK_BYTES,
  };
}

const mb = (b: number): string => (b / 1024 / 1024).toFixed(0);

/** Measures one workbook and returns the markdown section. */
export async function losslessReport(
  input: { title: string; path: string; asOf: string; runs: number },
  scratch: string,
): Promise<string> {
  const results = join(scratch, 'lossless-results.json');
  const work = join(scratch, 'lossless-work.xlsx');
  const nightly = join(scratch, 'lossless-nightly.xlsx');
  const saved = join(scratch, 'lossless-exceljs.xlsx');
  child(['prepare', input.path, input.asOf, results]);
  child(['lossless', input.path, nightly, results]);
  const runs: Record<'exceljs' | 'first' | 'nightly' | 'exceljsNightly', ChildRun[]> = {
    exceljs: [],
    first: [],
    nightly: [],
    exceljsNightly: [],
  };
  for (let i = 0; i < input.runs; i++) {
    runs.exceljs.push(runOf(child(['exceljs', input.path, saved])));
    runs.first.push(runOf(child(['lossless', input.path, work, results])));
    runs.exceljsNightly.push(runOf(child(['exceljs', nightly, saved])));
    runs.nightly.push(runOf(child(['lossless', nightly, work, results])));
  }
  const rows: string[][] = [];
  const lines: string[] = [];
  for (const [label, ours, theirs] of [
    ['first night (file as generated)', runs.first, runs.exceljs],
    ['every night after (Alerts/Status already filled)', runs.nightly, runs.exceljsNightly],
  ] as const) {
    const l = summariseRuns(ours);
    const e = summariseRuns(theirs);
    const v = verdict(l, e);
    rows.push([
      label,
      l.medianMs.toFixed(0),
      e.medianMs.toFixed(0),
      `${v.speedup.toFixed(1)}×`,
      mb(l.peakBytes),
      mb(e.peakBytes),
      mb(l.startBytes),
    ]);
    lines.push(
      `${label}: ${v.speedup.toFixed(1)}× faster (target ≥ ${TARGET_SPEEDUP}×: ${v.meetsSpeed ? 'met' : 'MISSED'}), peak ${mb(l.peakBytes)} MB (target < ${mb(TARGET_PEAK_BYTES)} MB: ${v.meetsMemory ? 'met' : 'MISSED'})`,
    );
  }
  await Promise.all([results, work, nightly, saved].map((f) => rm(f, { force: true })));
  await rm(join(scratch, '.kpi-sentinel'), { recursive: true, force: true });
  return [
    `#### Lossless write-back · ${input.title}`,
    '',
    markdownTable(
      [
        'write-back into',
        'lossless median ms',
        'exceljs load+save median ms',
        'speed-up',
        'lossless peak RSS MB',
        'exceljs peak RSS MB',
        'process RSS before MB',
      ],
      rows,
    ),
    '',
    `Each figure from fresh processes (${input.runs} run${input.runs === 1 ? '' : 's'}); peak RSS is the process's maxRSS and includes Node and tsx (see the last column).`,
    ...lines.map((l) => `- ${l}`),
  ].join('\n');
}
