import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/model/indicator.ts';
import { parsePeriod } from '../../../shared/parse/period.ts';
import { lineFor } from '../../../shared/evaluate/line.ts';
import { milestoneLookup } from '../../../shared/evaluate/milestone-lookup.ts';
import { planFigures } from '../../../shared/evaluate/plan-figures.ts';
import { pointStatus, type PointStatus } from '../../../shared/evaluate/point-status.ts';
import type { SeriesPoint } from '../../../shared/evaluate/series.ts';
import { indicator, line } from './factory.ts';

function assess(ind: Indicator, period: string, value: number): PointStatus {
  const p = parsePeriod(period);
  if (p === null) throw new Error(period);
  const points: SeriesPoint[] = [
    { period: p, value, computed: null, official: null, inconsistent: false },
  ];
  const lookup = milestoneLookup([], '湖州市');
  const figures = planFigures(ind, '湖州市', lookup, 2024);
  return pointStatus(
    {
      indicator: ind,
      region: '湖州市',
      figures,
      milestone: lookup,
      line: lineFor(ind),
      behindMaxPp: 10,
    },
    points,
    0,
  );
}

describe('pointStatus', () => {
  it.each<[string, Partial<Indicator>, number, Partial<PointStatus>]>([
    // 12 in 2023 against 9.9 → 15: g = 18.8 pp
    ['pace alone', {}, 12, { status: 'at_risk', paceStatus: 'at_risk', lineState: null }],
    [
      'a holding limit does not hide pace',
      { limit: line('gte', 10) },
      12,
      { status: 'at_risk', lineState: 'holds' },
    ],
    [
      'a broken limit outranks pace',
      { limit: line('gte', 13) },
      12,
      { status: 'breached', paceStatus: 'at_risk' },
    ],
    [
      'a near limit outranks achieved',
      { limit: line('gte', 10), warning: 16 },
      15.5,
      { status: 'near_limit', paceStatus: 'achieved' },
    ],
    ['achieved outranks a holding line', { limit: line('gte', 10) }, 15.5, { status: 'achieved' }],
    [
      'no baseline and no line',
      { baseline: null },
      12,
      { status: 'no_baseline', paceStatus: null },
    ],
    [
      'a threshold without any line',
      { aggregation: 'threshold', target: null },
      12,
      { status: 'no_baseline', pace: null },
    ],
    [
      'a threshold holding its line',
      { aggregation: 'threshold', target: 10 },
      12,
      { status: 'on_track', pace: null, lineState: 'holds' },
    ],
  ])('%s', (_name, over, value, expected) => {
    expect(assess(indicator(over), '2023', value)).toMatchObject(expected);
  });
});
