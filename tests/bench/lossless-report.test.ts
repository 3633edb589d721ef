import { describe, expect, it } from 'vitest';
import { summariseRuns, TARGET_PEAK_BYTES, verdict } from '../../bench/lossless-report.ts';

const MB = 1024 * 1024;

describe('the lossless write-back verdict', () => {
  it('takes the median time and the largest peak of the runs', () => {
    const s = summariseRuns([
      { ms: 300, maxRss: 120 * MB, startRss: 90 * MB },
      { ms: 100, maxRss: 140 * MB, startRss: 92 * MB },
      { ms: 200, maxRss: 130 * MB, startRss: 94 * MB },
    ]);
    expect(s).toEqual({ medianMs: 200, peakBytes: 140 * MB, startBytes: 92 * MB });
  });

  it('meets the targets at 5× faster than exceljs and under 300 MB, and misses them below', () => {
    const exceljs = { medianMs: 5000, peakBytes: 700 * MB, startBytes: 0 };
    expect(
      verdict({ medianMs: 1000, peakBytes: TARGET_PEAK_BYTES - 1, startBytes: 0 }, exceljs),
    ).toEqual({ speedup: 5, meetsSpeed: true, meetsMemory: true });
    expect(
      verdict({ medianMs: 1001, peakBytes: TARGET_PEAK_BYTES, startBytes: 0 }, exceljs),
    ).toMatchObject({ meetsSpeed: false, meetsMemory: false });
  });
});
