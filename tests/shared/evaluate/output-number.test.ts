import { describe, expect, it } from 'vitest';
import {
  figureOut,
  figureText,
  finiteOrNull,
  percentOut,
  round1,
} from '../../../shared/evaluate/output-number.ts';

describe('output numbers', () => {
  it.each([
    [0.4117647, 41.2],
    [0.6, 60],
    [-0.00001, 0],
    [null, null],
    [Number.NaN, null],
  ])('percentOut(%d) is %s', (share, pct) => {
    expect(percentOut(share)).toBe(pct);
  });

  it.each([
    [18.8235, 18.8],
    [-1.56, -1.6],
    [Number.POSITIVE_INFINITY, null],
  ])('round1(%d) is %s', (x, r) => {
    expect(round1(x)).toBe(r);
  });

  it('never gives negative zero', () => {
    expect(Object.is(round1(-0.01), -0)).toBe(false);
  });

  it.each([
    [0.36000000000000004, '0.36'],
    [12.96, '12.96'],
    [20755, '20755'],
    [123456.789, '123456.79'],
    [0.123456789, '0.1235'],
    [null, '—'],
    [Number.NaN, '—'],
  ])('writes %d as %s in messages', (x, s) => {
    expect(figureText(x)).toBe(s);
  });

  it.each([
    [1, 1],
    [Number.NaN, null],
    [undefined, null],
  ])('finiteOrNull(%s) is %s', (x, r) => {
    expect(finiteOrNull(x)).toBe(r);
  });
});

describe('figureOut', () => {
  it.each([
    [162.799999999999, 162.8],
    [12.96, 12.96],
    [0.392857142857143, 0.392857142857],
    [null, null],
    [Number.NaN, null],
  ])('%s → %s', (x, expected) => {
    expect(figureOut(x)).toBe(expected);
  });
});
