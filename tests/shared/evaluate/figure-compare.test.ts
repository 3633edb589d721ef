import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../../shared/evaluate/figure-compare.ts';

describe('compareFigures', () => {
  it.each([
    [(9 / 250_000) * 10_000, 0.36, 0], // 0.36000000000000004 is 0.36
    [0.1 + 0.2, 0.3, 0],
    [0.35, 0.36, -1],
    [0.37, 0.36, 1],
    [1e9 + 0.5, 1e9, 0], // relative tolerance at large magnitudes
    [20756, 20755, 1],
  ])('compares %d with %d as %i', (a, b, c) => {
    expect(compareFigures(a, b)).toBe(c);
  });
});
