import { describe, expect, it } from 'vitest';
import { milestoneLookup } from '../../../shared/evaluate/milestone-lookup.ts';
import { milestone } from './factory.ts';

describe('milestoneLookup', () => {
  const lookup = milestoneLookup(
    [
      milestone('2023', 12),
      milestone('2023年第三季度', 11.5),
      milestone('2023', 3, { region: '吴兴区' }),
      milestone('2024', 13, { id: 'K2' }),
    ],
    '湖州市',
  );

  it.each([
    ['K1', '湖州市', '2023', 12],
    ['K1', '湖州市', '2023-Q3', 11.5],
    ['K1', '吴兴区', '2023', 3],
    ['K1', '吴兴区', '2024', null],
    ['K2', '湖州市', '2024', 13],
    ['K2', '湖州市', '2023', null],
  ])('finds the milestone of %s in %s for %s: %s', (id, region, period, target) => {
    expect(lookup(id, region, period)).toBe(target);
  });
});
