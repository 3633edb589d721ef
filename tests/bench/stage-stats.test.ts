import { describe, expect, it } from 'vitest';
import type { StageRun } from '../../bench/measure-stage.ts';
import { median, sequence, summarise } from '../../bench/stage-stats.ts';

function run(ms: number, startRss = 100, sampledPeak = 150, maxRss = 160): StageRun {
  return { ms, startRss, sampledPeak, maxRss, samples: 1 };
}

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1], 2.5],
    [[10, 2, 8, 4], 6],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('of nothing is NaN', () => {
    expect(median([])).toBeNaN();
  });
});

describe('summarise', () => {
  it('reports median and best time, the highest peaks and the largest growth over the start', () => {
    const s = summarise([run(30, 100, 180, 190), run(10, 120, 130, 200), run(20, 90, 170, 150)]);
    expect(s).toEqual({
      runs: 3,
      medianMs: 20,
      minMs: 10,
      sampledPeak: 180,
      peakGrowth: 80,
      maxRss: 200,
    });
  });
});

describe('sequence', () => {
  it('adds the times of two stages run back to back and keeps the higher peaks', () => {
    expect(sequence([run(10, 100, 150, 160)], [run(5, 140, 200, 155)])).toEqual([
      { ms: 15, startRss: 100, sampledPeak: 200, maxRss: 160, samples: 2 },
    ]);
  });
});
