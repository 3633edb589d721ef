import { describe, expect, it } from 'vitest';
import { overdueByUnit, overdueUnitText } from '../../../shared/digest/overdue-units.ts';
import type { OwedFigure } from '../../../shared/model/owed-figure.ts';
import { recipient } from '../../support/recipient-factory.ts';

function owed(
  id: string,
  owner: string,
  due: string,
  overdue = true,
  region = '湖州市',
): OwedFigure {
  return {
    id,
    name: id,
    category: '市场安全',
    owner,
    region,
    period: '2025',
    due,
    overdue,
    estimated: false,
  };
}

const leader = recipient({ email: 'jz@example.gov.cn' });

const OWED = [
  owed('F1', '食品抽检处', '2025-03-20'),
  owed('F2', '食品抽检处', '2025-03-31'),
  owed('F3', '食品抽检处', '2025-03-25', true, '吴兴区'),
  owed('S1', '特种设备处', '2025-03-01'),
  owed('S2', '特种设备处', '2025-04-03', false), // not due yet: not counted
  owed('X1', '', '2025-03-30'),
];

describe('overdue figures by responsible unit', () => {
  it('counts each unit’s overdue figures and the longest, most first', () => {
    const units = overdueByUnit(OWED, '2025-04-01', leader);
    expect(units).toEqual([
      { owner: '食品抽检处', count: 3, longestDays: 12 },
      { owner: '特种设备处', count: 1, longestDays: 31 },
      { owner: '', count: 1, longestDays: 2 },
    ]);
    expect(units.map((u) => overdueUnitText(u).zh)).toEqual([
      '食品抽检处：3 项逾期，最长 12 天',
      '特种设备处：1 项逾期，最长 31 天',
      '未填责任单位：1 项逾期，最长 2 天',
    ]);
    expect(overdueUnitText(units[0] ?? { owner: '', count: 0, longestDays: 0 }).en).toBe(
      '食品抽检处: 3 overdue, longest 12 days',
    );
  });

  it('keeps to the reader’s scope and minimum severity', () => {
    const district = { ...leader, scope: { categories: [], regions: ['吴兴区'], owners: [] } };
    expect(overdueByUnit(OWED, '2025-04-01', district)).toEqual([
      { owner: '食品抽检处', count: 1, longestDays: 7 },
    ]);
    expect(overdueByUnit(OWED, '2025-04-01', { ...leader, minSeverity: 'critical' })).toEqual([]);
  });
});
