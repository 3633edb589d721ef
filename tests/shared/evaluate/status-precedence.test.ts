import { describe, expect, it } from 'vitest';
import type { Status } from '../../../shared/model/status.ts';
import { precedenceRank, strongestStatus } from '../../../shared/evaluate/status-precedence.ts';

describe('strongestStatus', () => {
  it.each<[Status[], Status | null]>([
    [['on_track', 'breached'], 'breached'],
    [['achieved', 'near_limit'], 'near_limit'],
    [['breached', 'near_limit'], 'breached'],
    [['at_risk', 'achieved'], 'achieved'],
    [['behind', 'at_risk'], 'at_risk'],
    [['on_track', 'behind'], 'behind'],
    [['no_baseline', 'on_track'], 'on_track'],
    [['no_data', 'no_baseline'], 'no_baseline'],
    [['on_track'], 'on_track'],
    [[], null],
  ])('picks from %j: %s', (candidates, expected) => {
    expect(strongestStatus(candidates)).toBe(expected);
  });

  it('orders breached > near_limit > achieved > at_risk > behind > on_track', () => {
    const order: Status[] = ['breached', 'near_limit', 'achieved', 'at_risk', 'behind', 'on_track'];
    const ranks = order.map(precedenceRank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(order.length);
  });

  it('ranks statuses that are alerts of their own after all shown statuses', () => {
    expect(precedenceRank('forecast_miss')).toBeGreaterThan(precedenceRank('no_data'));
    expect(precedenceRank('inconsistent')).toBeGreaterThan(precedenceRank('no_data'));
  });
});
