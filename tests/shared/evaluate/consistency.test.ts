import { describe, expect, it } from 'vitest';
import { differsBeyondRounding, roundingHalfUnit } from '../../../shared/evaluate/consistency.ts';

describe('roundingHalfUnit', () => {
  it.each([
    [0.36, 0.005],
    [98.5, 0.05],
    [98, 0.5],
    [20755, 0.5],
    [1e-7, 5e-8],
    [-0.41, 0.005],
  ])('half a unit in the last written place of %d is %d', (official, half) => {
    expect(roundingHalfUnit(official)).toBeCloseTo(half, 15);
  });
});

describe('differsBeyondRounding', () => {
  it.each([
    // official 0.36 covers [0.355, 0.365]
    [0.3644, 0.36, false],
    [0.365, 0.36, false], // exactly half a unit is still rounding
    [0.3651, 0.36, true],
    [0.3549, 0.36, true],
    [0.36, 0.36, false],
    // official 98 covers [97.5, 98.5]
    [98.4, 98, false],
    [98.6, 98, true],
  ])('computed %d against official %d differs: %s', (computed, official, differs) => {
    expect(differsBeyondRounding(computed, official)).toBe(differs);
  });
});
