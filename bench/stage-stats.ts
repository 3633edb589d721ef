/** Summaries of repeated stage runs: median and best time, worst memory. */
import type { StageRun } from './measure-stage.ts';

/** What the report prints for one stage. */
export interface StageSummary {
  runs: number;
  medianMs: number;
  minMs: number;
  /** Highest sampled RSS over the runs, bytes. */
  sampledPeak: number;
  /** Highest sampled RSS above the stage's starting RSS, bytes. */
  peakGrowth: number;
  /** Highest kernel maxRSS over the runs, bytes. */
  maxRss: number;
}

/** The median (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid];
  const lo = sorted[mid - 1];
  if (hi === undefined) return Number.NaN;
  return sorted.length % 2 === 1 || lo === undefined ? hi : (lo + hi) / 2;
}

/** Summarises a stage's runs. */
export function summarise(runs: readonly StageRun[]): StageSummary {
  const ms = runs.map((r) => r.ms);
  return {
    runs: runs.length,
    medianMs: median(ms),
    minMs: ms.length === 0 ? Number.NaN : Math.min(...ms),
    sampledPeak: Math.max(0, ...runs.map((r) => r.sampledPeak)),
    peakGrowth: Math.max(0, ...runs.map((r) => r.sampledPeak - r.startRss)),
    maxRss: Math.max(0, ...runs.map((r) => r.maxRss)),
  };
}

/** Two stages run back to back, per run: times add up, peaks are the higher of the two. */
export function sequence(a: readonly StageRun[], b: readonly StageRun[]): StageRun[] {
  return a.flatMap((x, i) => {
    const y = b[i];
    if (y === undefined) return [];
    return [
      {
        ms: x.ms + y.ms,
        startRss: x.startRss,
        sampledPeak: Math.max(x.sampledPeak, y.sampledPeak),
        maxRss: Math.max(x.maxRss, y.maxRss),
        samples: x.samples + y.samples,
      },
    ];
  });
}
