import { describe, expect, it } from 'vitest';
import type { Line } from '../../../shared/model/line.ts';
import { parseTargetText } from '../../../shared/parse/target-text.ts';
import {
  defaultAggregation,
  inferredDirection,
  targetInUnit,
} from '../../../shared/rows/indicator-defaults.ts';

function target(text: string) {
  const r = parseTargetText(text);
  if (!r.ok) throw new Error(`test setup: ${text} is not a target`);
  return r;
}

const LIMIT_LT: Line = { comparator: 'lt', value: 0.36, unit: '', text: '低于0.36' };

describe('defaultAggregation', () => {
  it.each([
    ['年均增长8%以上', [], true, 'growth'],
    ['每年新增300家', [], true, 'annual'],
    ['57*', [], true, 'cumulative'],
    ['57', ['*'], true, 'cumulative'],
    ['57*', [], false, 'level'],
    ['98.5%以上', [], true, 'threshold'],
    ['3~5', [], true, 'threshold'],
    ['65', [], true, 'level'],
  ])('target %j with baseline marks %j (star counts: %s) → %s', (text, marks, star, expected) => {
    expect(defaultAggregation(target(text), marks, star)).toBe(expected);
  });

  it('is level when there is no target at all', () => {
    expect(defaultAggregation(null, [], true)).toBe('level');
  });
});

describe('inferredDirection', () => {
  it.each([
    ['the target line', target('低于0.5'), 1, 2, null, 'lower'],
    ['the qualitative wording', target('持续提升'), null, null, null, 'higher'],
    ['baseline below target', target('65'), 15, 65, null, 'higher'],
    ['baseline above target', target('2'), 3, 2, null, 'lower'],
    ['the limit line', target('65'), null, 65, LIMIT_LT, 'lower'],
  ] as const)('reads the direction from %s', (_from, t, baseline, value, limit, expected) => {
    expect(inferredDirection(t, baseline, value, limit)).toBe(expected);
  });

  it.each([
    ['nothing', null, null, null],
    ['a baseline equal to the target', 5, 5, null],
    ['a target with no baseline', null, 100, null],
  ])('returns null from %s', (_what, baseline, value, limit) => {
    expect(inferredDirection(target('100'), baseline, value, limit)).toBeNull();
  });
});

describe('targetInUnit', () => {
  it('scales value and line into a unit that carries the multiplier', () => {
    const r = targetInUnit(target('突破57万户'), '万户');
    expect(r.value).toBe(57);
    expect(r.line).toMatchObject({ comparator: 'gt', value: 57 });
  });

  it('scales both ends of a band', () => {
    expect(targetInUnit(target('3万~5万'), '万件').line).toMatchObject({ value: 3, upper: 5 });
  });

  it('leaves figures alone when the unit has no multiplier', () => {
    expect(targetInUnit(target('突破57万户'), '户').value).toBe(570000);
  });
});
