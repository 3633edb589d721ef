/**
 * The whole-process report of `npm run bench`: one table of check, floor and exceljs load +
 * save per workbook, how time grows with rows, `--help`, and MET/MISSED per target. The
 * targets are ratios measured in the same run (issue 13), so they hold on any machine.
 */
import { count, markdownTable, mb, ms, size } from './bench-report.ts';
import type { CaseRole, ProcessCase } from './process-bench.ts';
import { median } from './stage-stats.ts';
import type { ProcessRun } from './whole-process.ts';

const MB = 1024 * 1024;

/** The targets; each is checked against figures of the same run. */
export const TARGETS = {
  /** Every case: the check takes at most this many times the floor (a reader of the whole file). */
  floorFactor: 4,
  /** The 50,000-row plan: at most this many times the floor … */
  midFloorFactor: 2.5,
  /** … at least this many times faster than exceljs load + save … */
  midSpeedup: 4,
  /** … and under this peak. */
  midPeakBytes: 300 * MB,
  /** Case A every night after: this many times faster than exceljs, under this peak. */
  nightlySpeedup: 5,
  nightlyPeakBytes: 400 * MB,
  /**
   * The largest plan: time per 1,000 rows no more than this many times that of the
   * 50,000-row plan (linear growth, with a tenth for a shared machine's noise), under this peak.
   */
  limitGrowth: 1.1,
  limitPeakBytes: 600 * MB,
  /** `kpi-sentinel --help`. */
  helpMs: 250,
  helpPeakBytes: 80 * MB,
} as const;

/** Median wall time, median CPU time and the largest peak of some runs. */
export interface RunSummary {
  ms: number;
  cpuMs: number;
  maxRss: number;
}

export function summariseProcess(runs: readonly ProcessRun[]): RunSummary {
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRss: Math.max(...runs.map((r) => r.maxRss)),
  };
}

/** One target's verdict. */
export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

const times = (x: number): string => `${x.toFixed(2)}×`;
const perThousand = (ms: number, rows: number): number => (ms / Math.max(rows, 1)) * 1000;

/**
 * The spread of exceljs ÷ check taken run by run (the two alternate, so each pair saw the
 * machine alike): how far one run's noise could move a verdict judged on the medians.
 */
function runByRun(c: ProcessCase): string {
  const pairs = c.check.flatMap((run, i) => {
    const other = c.exceljs[i];
    return other === undefined ? [] : [other.ms / run.ms];
  });
  if (pairs.length < 2) return '';
  return `; run by run ${Math.min(...pairs).toFixed(2)}–${times(Math.max(...pairs))}`;
}

/** The speed-up over exceljs load+save a case's role is held to, if any. */
function speedupTarget(role: CaseRole): number | undefined {
  if (role === 'mid') return TARGETS.midSpeedup;
  if (role === 'nightly') return TARGETS.nightlySpeedup;
  return undefined;
}

function caseVerdicts(c: ProcessCase): Verdict[] {
  const check = summariseProcess(c.check);
  const floor = summariseProcess(c.floor);
  const exceljs = summariseProcess(c.exceljs);
  const ofFloor = check.ms / floor.ms;
  const speedup = exceljs.ms / check.ms;
  const cpuOfFloor = `CPU ${times(check.cpuMs / floor.cpuMs)}`;
  const cpuSpeedup = `CPU ${times(exceljs.cpuMs / check.cpuMs)}`;
  const withinFloor = (k: number): Verdict => ({
    target: `${c.label}: check ≤ ${k}× the floor`,
    measured: `${times(ofFloor)} (${cpuOfFloor})`,
    met: ofFloor <= k,
  });
  const k = speedupTarget(c.role);
  const fasterThanExceljs: Verdict[] =
    k === undefined
      ? []
      : [
          {
            target: `${c.label}: check ≥ ${k}× faster than exceljs load+save`,
            measured: `${times(speedup)} (${cpuSpeedup}${runByRun(c)})`,
            met: speedup >= k,
          },
        ];
  const peakUnder = (bytes: number): Verdict => ({
    target: `${c.label}: check peak RSS < ${mb(bytes)} MB`,
    measured: `${mb(check.maxRss)} MB`,
    met: check.maxRss < bytes,
  });
  const always: Verdict[] = [
    {
      target: `${c.label}: check ≤ exceljs load+save`,
      measured: `${ms(check.ms)} vs ${ms(exceljs.ms)} ms (${times(speedup)} faster; ${cpuSpeedup})`,
      met: check.ms <= exceljs.ms,
    },
    withinFloor(TARGETS.floorFactor),
  ];
  switch (c.role) {
    case 'mid':
      return [
        ...always,
        withinFloor(TARGETS.midFloorFactor),
        ...fasterThanExceljs,
        peakUnder(TARGETS.midPeakBytes),
      ];
    case 'nightly':
      return [...always, ...fasterThanExceljs, peakUnder(TARGETS.nightlyPeakBytes)];
    case 'limit':
      return [...always, peakUnder(TARGETS.limitPeakBytes)];
    case 'small':
      return always;
  }
}

function byRole(cases: readonly ProcessCase[], role: CaseRole): ProcessCase | undefined {
  return cases.find((c) => c.role === role);
}

/** The growth target: the largest plan's check time per 1,000 rows against the 50,000-row plan's. */
function growthVerdict(cases: readonly ProcessCase[]): Verdict[] {
  const mid = byRole(cases, 'mid');
  const limit = byRole(cases, 'limit');
  if (mid === undefined || limit === undefined) return [];
  const midPer = perThousand(summariseProcess(mid.check).ms, mid.actuals);
  const limitPer = perThousand(summariseProcess(limit.check).ms, limit.actuals);
  return [
    {
      target: `check time grows no worse than linearly from ${count(mid.actuals)} to ${count(limit.actuals)} rows (ms per 1,000 rows ≤ ${TARGETS.limitGrowth}× the ${count(mid.actuals)}-row figure)`,
      measured: `${ms(limitPer)} vs ${ms(midPer)} ms per 1,000 rows (${times(limitPer / midPer)})`,
      met: limitPer <= midPer * TARGETS.limitGrowth,
    },
  ];
}

function helpVerdicts(help: RunSummary): Verdict[] {
  return [
    {
      target: `--help < ${TARGETS.helpMs} ms`,
      measured: `${ms(help.ms)} ms (CPU ${ms(help.cpuMs)} ms)`,
      met: help.ms < TARGETS.helpMs,
    },
    {
      target: `--help peak RSS < ${mb(TARGETS.helpPeakBytes)} MB`,
      measured: `${mb(help.maxRss)} MB`,
      met: help.maxRss < TARGETS.helpPeakBytes,
    },
  ];
}

/** Every target's verdict, in the order the report prints them. */
export function verdicts(cases: readonly ProcessCase[], help: readonly ProcessRun[]): Verdict[] {
  return [
    ...cases.flatMap(caseVerdicts),
    ...growthVerdict(cases),
    ...helpVerdicts(summariseProcess(help)),
  ];
}

function caseRow(c: ProcessCase): string[] {
  const check = summariseProcess(c.check);
  const floor = summariseProcess(c.floor);
  const exceljs = summariseProcess(c.exceljs);
  return [
    c.label,
    count(c.actuals),
    size(c.fileBytes),
    String(c.check.length),
    `${ms(check.ms)} (${ms(check.cpuMs)})`,
    mb(check.maxRss),
    `${ms(floor.ms)} (${ms(floor.cpuMs)})`,
    mb(floor.maxRss),
    `${ms(exceljs.ms)} (${ms(exceljs.cpuMs)})`,
    mb(exceljs.maxRss),
    `${times(check.ms / floor.ms)} (${times(check.cpuMs / floor.cpuMs)})`,
    `${times(exceljs.ms / check.ms)} (${times(exceljs.cpuMs / check.cpuMs)})`,
  ];
}

/** How the three grow with rows: ms per 1,000 Actuals rows at each size, and the top/mid ratio. */
function growthLines(cases: readonly ProcessCase[]): string[] {
  const sized = cases.filter((c) => c.role !== 'nightly').sort((a, b) => a.actuals - b.actuals);
  const per = (c: ProcessCase, runs: readonly ProcessRun[]): string =>
    ms(perThousand(summariseProcess(runs).ms, c.actuals));
  const lines = sized.map(
    (c) =>
      `- ${count(c.actuals)} rows: check ${per(c, c.check)} · floor ${per(c, c.floor)} · exceljs ${per(c, c.exceljs)} ms per 1,000 rows`,
  );
  const mid = byRole(cases, 'mid');
  const limit = byRole(cases, 'limit');
  if (mid !== undefined && limit !== undefined) {
    const ratio = (f: (c: ProcessCase) => readonly ProcessRun[]): string =>
      times(summariseProcess(f(limit)).ms / summariseProcess(f(mid)).ms);
    lines.push(
      `- ${count(limit.actuals)} ÷ ${count(mid.actuals)} rows (${times(limit.actuals / mid.actuals)} the rows): check ${ratio((c) => c.check)} the time, floor ${ratio((c) => c.floor)}, exceljs ${ratio((c) => c.exceljs)}`,
    );
  }
  return lines;
}

/**
 * For each case that also timed `check --dry-run`: what the check costs before it writes
 * anything, what the write-back and digests add, and what a speed-up target leaves for
 * them once the dry run's time is spent. A target that leaves them less than they take
 * cannot be met by making them faster alone.
 */
function dryRunLines(cases: readonly ProcessCase[]): string[] {
  return cases
    .filter((c) => c.dryRun.length > 0)
    .flatMap((c) => {
      const check = summariseProcess(c.check);
      const dry = summariseProcess(c.dryRun);
      const exceljs = summariseProcess(c.exceljs);
      const rest = check.ms - dry.ms;
      const lines = [
        `- ${c.label}: \`check --dry-run\` (start-up, read, validate, evaluate; nothing written or sent) ${ms(dry.ms)} ms (CPU ${ms(dry.cpuMs)} ms), ${times(exceljs.ms / dry.ms)} faster than exceljs load+save; the write-back and digests add ${ms(rest)} ms, ${Math.round((rest / check.ms) * 100)}% of the check`,
      ];
      const k = speedupTarget(c.role);
      if (k === undefined) return lines;
      const allowed = exceljs.ms / k;
      const left = allowed - dry.ms;
      const leaves =
        left > 0
          ? `${ms(left)} ms for the write-back and digests after the dry run, against ${ms(rest)} ms measured`
          : 'the dry run alone takes more';
      lines.push(
        `  - ≥ ${k}× faster than exceljs load+save allows the whole check ${ms(allowed)} ms: ${leaves}`,
      );
      return lines;
    });
}

/** The whole-process section of the report. */
export function processReport(cases: readonly ProcessCase[], help: readonly ProcessRun[]): string {
  const h = summariseProcess(help);
  const all = verdicts(cases, help);
  const dry = dryRunLines(cases);
  const facts = cases.map(
    (c) => `- ${c.label}: ${c.title}; ${count(c.statuses)} statuses, ${count(c.alerts)} alerts`,
  );
  return [
    '### Whole processes (start to exit, as a user runs them)',
    '',
    markdownTable(
      [
        'workbook',
        'Actuals rows',
        'file',
        'runs',
        'check ms (CPU)',
        'check peak MB',
        'floor ms (CPU)',
        'floor peak MB',
        'exceljs load+save ms (CPU)',
        'exceljs peak MB',
        'check ÷ floor',
        'exceljs ÷ check',
      ],
      cases.map(caseRow),
    ),
    '',
    ...facts,
    '',
    '- check: `node bin/kpi-sentinel.js check <copy> --as-of … --outbox …` (the bundled CLI of dist/cli/; read, evaluate, write-back, digests).',
    '- floor: fflate unzips every part, saxes scans all of its XML (floor-scan.js); exceljs: load + save (exceljs-round-trip.js).',
    '- times are medians of wall time, spawn to exit, with the median CPU time (user + system) in brackets: on a busy machine wall time waits for the processor, CPU time does not; targets are judged on wall time. Peak is the largest maxRSS of the runs, reported by each process at exit.',
    '- run by run (beside a faster-than-exceljs target): the lowest and highest exceljs ÷ check of single runs, each check paired with the exceljs run that followed it; the verdict is on the medians, and a target whose spread straddles its bound can come out either way on another run.',
    '',
    '#### How time grows with rows',
    '',
    ...growthLines(cases),
    '',
    ...(dry.length > 0 ? ['#### Before anything is written', '', ...dry, ''] : []),
    '#### Start-up',
    '',
    `- \`kpi-sentinel --help\`: ${ms(h.ms)} ms wall (CPU ${ms(h.cpuMs)} ms), peak ${mb(h.maxRss)} MB, median of ${help.length} runs`,
    '',
    '#### Targets',
    '',
    ...all.map((v) => `- ${v.met ? 'MET' : 'MISSED'} · ${v.target}: ${v.measured}`),
    '',
    `${all.filter((v) => v.met).length} of ${all.length} targets met.`,
  ].join('\n');
}
