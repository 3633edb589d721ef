import { describe, expect, it } from 'vitest';
import type { Comparator } from '../../../shared/model/line.ts';
import {
  breachSymbol,
  holds,
  isPastRecovery,
  lineFor,
  lineState,
} from '../../../shared/evaluate/line.ts';
import { indicator, line } from './factory.ts';

describe('holds', () => {
  it.each<[string, Comparator, number, number, boolean]>([
    ['低于0.36: 0.36 exactly breaks a strict upper line', 'lt', 0.36, 0.36, false],
    ['低于0.36: 0.35 holds', 'lt', 0.36, 0.35, true],
    ['低于0.36: 9/250000·10000 (float 0.36) breaks it', 'lt', 0.36, (9 / 250_000) * 10_000, false],
    ['以下0.36: 0.36 exactly holds an inclusive upper line', 'lte', 0.36, 0.36, true],
    ['以下0.36: 0.37 breaks it', 'lte', 0.36, 0.37, false],
    ['98.5%以上: 98.5 exactly holds an inclusive lower line', 'gte', 98.5, 98.5, true],
    ['98.5%以上: 98.4 breaks it', 'gte', 98.5, 98.4, false],
    ['高于90: 90 exactly breaks a strict lower line', 'gt', 90, 90, false],
    ['高于90: 90.1 holds', 'gt', 90, 90.1, true],
    ['等于1: 1 holds', 'eq', 1, 1, true],
    ['等于1: 1.1 breaks', 'eq', 1, 1.1, false],
  ])('%s', (_name, comparator, value, actual, expected) => {
    expect(holds(line(comparator, value), actual)).toBe(expected);
  });

  it.each([
    [3, true],
    [5, true],
    [4, true],
    [2.99, false],
    [5.01, false],
  ])('a band 3~5 includes both bounds: %d holds is %s', (v, expected) => {
    expect(holds(line('between', 3, '3~5', 5), v)).toBe(expected);
  });
});

describe('lineState', () => {
  it.each<[string, Comparator, number, number | null, number, string]>([
    // upper limit 低于0.36 with warning line 0.30: ≥ 0.30 is near, ≥ 0.36 breached
    ['0.41 against 低于0.36 is breached', 'lt', 0.36, 0.3, 0.41, 'breached'],
    ['0.36 against 低于0.36 is breached', 'lt', 0.36, 0.3, 0.36, 'breached'],
    ['0.32 past the 0.30 warning line is near_limit', 'lt', 0.36, 0.3, 0.32, 'near_limit'],
    [
      '0.30 at the 0.30 warning line is near_limit (strict like its limit)',
      'lt',
      0.36,
      0.3,
      0.3,
      'near_limit',
    ],
    ['0.29 holds', 'lt', 0.36, 0.3, 0.29, 'holds'],
    ['0.35 holds when there is no warning line', 'lt', 0.36, null, 0.35, 'holds'],
    // lower limit 98.5%以上 with warning line 99: below 99 is near, below 98.5 breached
    ['98.4 against 98.5%以上 is breached', 'gte', 98.5, 99, 98.4, 'breached'],
    [
      '98.5 against 98.5%以上 holds the limit but is near_limit',
      'gte',
      98.5,
      99,
      98.5,
      'near_limit',
    ],
    ['99 at the 99 warning line holds (inclusive like its limit)', 'gte', 98.5, 99, 99, 'holds'],
  ])('%s', (_name, comparator, value, warning, actual, state) => {
    expect(lineState(line(comparator, value), warning, actual)).toBe(state);
  });

  it('has no warning line for a band', () => {
    expect(lineState(line('between', 3, '', 5), 4, 4.9)).toBe('holds');
  });
});

describe('isPastRecovery', () => {
  it.each([
    // limit 低于0.36, recovery 0.30: past once the value is below 0.30
    [0.33, false],
    [0.3, false],
    [0.29, true],
  ])('against 低于0.36 with recovery 0.30, %d is past recovery: %s', (v, past) => {
    expect(isPastRecovery(line('lt', 0.36), 0.3, v)).toBe(past);
  });

  it.each([
    // limit 98.5%以上, recovery 99: past at 99 and above
    [98.8, false],
    [99, true],
  ])('against 98.5%%以上 with recovery 99, %d is past recovery: %s', (v, past) => {
    expect(isPastRecovery(line('gte', 98.5), 99, v)).toBe(past);
  });
});

describe('lineFor', () => {
  it('uses the limit when there is one', () => {
    const limit = line('lt', 0.36, '低于0.36');
    expect(lineFor(indicator({ limit }))).toBe(limit);
  });

  it('has no line for a level indicator without a limit, even with a target line', () => {
    expect(lineFor(indicator({ targetLine: line('gte', 15) }))).toBeNull();
  });

  it('uses the target line of a threshold indicator without a limit', () => {
    const targetLine = line('gte', 98.5, '98.5%以上');
    expect(lineFor(indicator({ aggregation: 'threshold', targetLine }))).toBe(targetLine);
  });

  it.each([
    ['higher', 'gte'],
    ['lower', 'lte'],
  ] as const)(
    'makes an inclusive line at the target for a %s threshold indicator without lines',
    (direction, comparator) => {
      const l = lineFor(indicator({ aggregation: 'threshold', direction, target: 90 }));
      expect(l?.comparator).toBe(comparator);
      expect(l?.value).toBe(90);
    },
  );

  it('has no line for a band threshold indicator without lines', () => {
    expect(
      lineFor(indicator({ aggregation: 'threshold', direction: 'band', target: 4 })),
    ).toBeNull();
  });
});

describe('breachSymbol', () => {
  it.each<[Comparator, string]>([
    ['lt', '≥'],
    ['lte', '>'],
    ['gt', '≤'],
    ['gte', '<'],
    ['eq', '≠'],
    ['between', '≠'],
  ])('writes a breach of %s as %s', (comparator, symbol) => {
    expect(breachSymbol(line(comparator, 1))).toBe(symbol);
  });
});
