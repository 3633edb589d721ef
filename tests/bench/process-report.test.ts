import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rowsCase, writePlan } from '../../bench/generate-plan.ts';
import { measureHelp, measureWorkbook, type ProcessCase } from '../../bench/process-bench.ts';
import { processReport, TARGETS, verdicts } from '../../bench/process-report.ts';
import type { ProcessRun } from '../../bench/whole-process.ts';

const MB = 1024 * 1024;
const scratch = await mkdtemp(join(tmpdir(), 'kpi-bench-process-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const run = (ms: number, maxRss = 100 * MB): ProcessRun => ({ ms, maxRss, cpuMs: ms });

function made(
  role: ProcessCase['role'],
  actuals: number,
  check: number,
  floor: number,
  exceljs: number,
): ProcessCase {
  return {
    title: `${role} plan`,
    label: `${actuals} rows`,
    role,
    fileBytes: actuals * 40,
    actuals,
    statuses: 10,
    alerts: 5,
    check: [run(check), run(check * 2), run(check / 2)],
    dryRun: [],
    floor: [run(floor)],
    exceljs: [run(exceljs)],
  };
}

describe('the whole-process report', () => {
  it('prints a row per workbook, growth per 1,000 rows, --help and a verdict per target', () => {
    const cases = [
      made('small', 5_000, 300, 100, 900),
      made('mid', 50_000, 1_000, 500, 5_000),
      made('limit', 200_000, 5_000, 2_000, 20_000),
      made('nightly', 10_000, 1_000, 400, 6_000),
    ];
    const report = processReport(cases, [run(120, 50 * MB)]);
    for (const c of cases) expect(report).toContain(`| ${c.label} |`);
    expect(report).toContain('- 50,000 rows: check ');
    expect(report).toContain('the rows): check 5.00× the time');
    expect(report).toContain('`kpi-sentinel --help`: 120 ms wall');
    const lines = report.split('\n').filter((l) => /^- (MET|MISSED) · /.test(l));
    // Two per workbook, three more for the mid plan, two for case A, one for the limit, growth, two for --help.
    expect(lines).toHaveLength(4 * 2 + 3 + 2 + 1 + 1 + 2);
    expect(report).toContain(
      `${lines.filter((l) => l.startsWith('- MET')).length} of 17 targets met.`,
    );
  });

  it('meets a target at its bound and misses it past the bound', () => {
    const at = made(
      'mid',
      50_000,
      1_000,
      1_000 / TARGETS.midFloorFactor,
      1_000 * TARGETS.midSpeedup,
    );
    const past = made('mid', 50_000, 1_000, 399, 3_999);
    const help = [run(100, 50 * MB)];
    const met = (c: ProcessCase): boolean[] => verdicts([c], help).map((v) => v.met);
    // ≤ exceljs, ≤ 4× floor, ≤ 2.5× floor, ≥ 4× faster than exceljs, peak, --help time, --help peak.
    expect(met(at)).toEqual([true, true, true, true, true, true, true]);
    expect(met(past)).toEqual([true, true, false, false, true, true, true]);
    const heavy = { ...at, check: [run(1_000, TARGETS.midPeakBytes)] };
    expect(met(heavy)).toEqual([true, true, true, true, false, true, true]);
    expect(verdicts([], [run(TARGETS.helpMs, TARGETS.helpPeakBytes)]).map((v) => v.met)).toEqual([
      false,
      false,
    ]);
  });

  it('shows how far exceljs ÷ check moved run by run next to the verdict on the medians', () => {
    const nightly: ProcessCase = {
      ...made('nightly', 10_000, 1_000, 400, 5_000),
      check: [run(1_000), run(1_250), run(800)],
      exceljs: [run(5_000), run(4_500), run(5_600)],
    };
    const line = processReport([nightly], [run(100, 50 * MB)])
      .split('\n')
      .find((l) => l.includes('faster than exceljs'));
    // Medians 5,000 ÷ 1,000 = 5.00×; pairs 5.00, 3.60 and 7.00.
    expect(line).toBe(
      '- MET · 10000 rows: check ≥ 5× faster than exceljs load+save: 5.00× (CPU 5.00×; run by run 3.60–7.00×)',
    );
    const once = made('mid', 50_000, 1_000, 400, 5_000);
    const single = { ...once, check: [run(1_000)] };
    const singleLine = processReport([single], [])
      .split('\n')
      .find((l) => l.includes('faster than exceljs'));
    expect(singleLine).toBe(
      '- MET · 50000 rows: check ≥ 4× faster than exceljs load+save: 5.00× (CPU 5.00×)',
    );
  });

  it('says what the check costs before it writes, and what a speed-up target leaves for the write', () => {
    const nightly: ProcessCase = {
      ...made('nightly', 10_000, 1_000, 400, 6_000),
      check: [run(1_500)],
      dryRun: [run(1_100), run(1_000), run(1_300)],
    };
    const mid: ProcessCase = { ...made('mid', 50_000, 1_000, 400, 5_000), dryRun: [run(700)] };
    const report = processReport([made('small', 5_000, 300, 100, 900), mid, nightly], []);
    const section = report.split('#### Before anything is written')[1]?.split('####')[0] ?? '';
    // Case A: 6,000 ÷ 1,100 = 5.45× for the dry run; 1,500 − 1,100 = 400 ms (27%) for the
    // write and digests; 5× allows 1,200 ms, leaving 100 ms after the dry run.
    expect(section).toContain(
      '- 10000 rows: `check --dry-run` (start-up, read, validate, evaluate; nothing written or sent) 1,100 ms (CPU 1,100 ms), 5.45× faster than exceljs load+save; the write-back and digests add 400 ms, 27% of the check',
    );
    expect(section).toContain(
      '  - ≥ 5× faster than exceljs load+save allows the whole check 1,200 ms: 100 ms for the write-back and digests after the dry run, against 400 ms measured',
    );
    // The mid plan: 4× allows 1,250 ms; 700 ms for the dry run leaves 550.
    expect(section).toContain('allows the whole check 1,250 ms: 550 ms for the write-back');
    // A case without dry runs has no line.
    expect(section).not.toContain('5000 rows');
    const slow = { ...nightly, dryRun: [run(1_300)] };
    expect(processReport([slow], [])).toContain(
      'allows the whole check 1,200 ms: the dry run alone takes more',
    );
    expect(processReport([made('nightly', 10_000, 1_000, 400, 6_000)], [])).not.toContain(
      'Before anything is written',
    );
  });

  it('measures a small plan as whole processes: check, dry run, floor and exceljs, and --help', async () => {
    const spec = rowsCase(300);
    const { path } = await writePlan(scratch, spec);
    const input = {
      title: spec.title,
      label: '300 rows',
      role: 'mid' as const,
      path,
      asOf: spec.asOf,
    };
    const measured = await measureWorkbook({ ...input, runs: 1, dryRun: true }, 300, scratch);
    const help = await measureHelp(1, scratch);
    expect(measured.statuses).toBeGreaterThan(0);
    expect(measured.dryRun).toHaveLength(1);
    const plain = await measureWorkbook({ ...input, runs: 1 }, 300, scratch);
    expect(plain.dryRun).toHaveLength(0);
    for (const r of [
      ...measured.check,
      ...measured.dryRun,
      ...measured.floor,
      ...measured.exceljs,
      ...help,
    ]) {
      expect(r.ms).toBeGreaterThan(0);
      expect(r.cpuMs).toBeGreaterThan(0);
      // A Node process holds at least its own heap and code: the peak is the child's, not 0.
      expect(r.maxRss).toBeGreaterThan(20 * MB);
    }
    const report = processReport([measured], help);
    expect(report).toContain('| 300 rows | 300 |');
    expect(report).toContain('- 300 rows: `check --dry-run` (start-up, read, validate, evaluate;');
    expect(report).toMatch(/- (MET|MISSED) · --help peak RSS < 80\.0 MB/);
  });
});
