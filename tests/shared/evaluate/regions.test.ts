import { describe, expect, it } from 'vitest';
import { regionName, regionsOf } from '../../../shared/evaluate/regions.ts';
import { actual, milestone } from './factory.ts';

describe('regions', () => {
  it.each([
    ['', '湖州市'],
    ['  ', '湖州市'],
    ['吴兴区', '吴兴区'],
    [' 南浔区 ', '南浔区'],
  ])('reads region %j as %s', (raw, name) => {
    expect(regionName(raw, '湖州市')).toBe(name);
  });

  it('lists the plan region first, then regions from actuals and milestones of that indicator', () => {
    const actuals = [
      actual('2023', 1, { region: '吴兴区' }),
      actual('2023', 1),
      actual('2023', 1, { id: 'K2', region: '德清县' }),
    ];
    const milestones = [
      milestone('2023', 1, { region: '南浔区' }),
      milestone('2023', 1, { region: '吴兴区' }),
    ];
    expect(regionsOf('K1', actuals, milestones, '湖州市')).toEqual(['湖州市', '吴兴区', '南浔区']);
  });
});
