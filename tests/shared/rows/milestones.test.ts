import { describe, expect, it } from 'vitest';
import { bilingualHeader, MILESTONES } from '../../../shared/contract/tables.ts';
import { readMilestones } from '../../../shared/rows/milestones.ts';
import { grid, where, type TestCell } from './grid-fixture.ts';

const SHEET = '分解 Milestones';
const HEADER = MILESTONES.columns.map(bilingualHeader);

function read(rows: TestCell[][], indicators?: { id: string; unit: string }[]) {
  return readMilestones(grid(SHEET, 'Milestones', HEADER, rows), indicators ? { indicators } : {});
}

describe('readMilestones', () => {
  it('reads good rows with canonical periods and an empty region for the plan level', () => {
    const { items, problems } = read([
      ['HZ02', null, 2021, 25],
      ['HZ02', '吴兴区', '2022年', '35%'],
      ['HZ05', '', '2023年第三季度', '1,200'],
      [null, null, null, null],
    ]);
    expect(problems).toEqual([]);
    expect(items).toEqual([
      { id: 'HZ02', region: '', period: '2021', target: 25, row: 2 },
      { id: 'HZ02', region: '吴兴区', period: '2022', target: 35, row: 3 },
      { id: 'HZ05', region: '', period: '2023-Q3', target: 1200, row: 4 },
    ]);
  });

  it('reads 万 figures in the indicator unit when the indicators are given', () => {
    const rows = [['HZ01', null, 2021, '47万']];
    expect(read(rows, [{ id: 'HZ01', unit: '万户' }]).items[0]?.target).toBe(47);
    expect(read(rows).items[0]?.target).toBe(470000);
  });

  it.each([
    ['a bad period', ['HZ02', null, '明年', 25], '期间 Period (C)', '明年'],
    ['text in the target', ['HZ02', null, 2021, '二十五'], '阶段目标 Target (D)', '二十五'],
    ['an empty target', ['HZ02', null, 2021, null], '阶段目标 Target (D)', ''],
    ['a target of none', ['HZ02', null, 2021, '/'], '阶段目标 Target (D)', '/'],
    [
      'an error value',
      ['HZ02', null, 2021, { value: null, error: '#REF!' }],
      '阶段目标 Target (D)',
      '#REF!',
    ],
    ['an empty id', [null, null, 2021, 25], '编号 ID (A)', ''],
  ])('drops a row with %s, naming sheet, row, column and value', (_what, bad, column, value) => {
    const { items, problems } = read([['HZ02', null, 2021, 25], bad]);
    expect(items).toHaveLength(1);
    expect(problems.map(where)).toEqual([{ sheet: SHEET, row: 3, column, value, level: 'error' }]);
  });

  it('lists the accepted period forms when a period cannot be read', () => {
    const { problems } = read([['HZ02', null, '明年', 25]]);
    expect(problems[0]?.message.zh).toContain('2023-Q3');
    expect(problems[0]?.message.en).toContain('"明年"');
  });

  it('drops a second milestone for the same indicator, region and period', () => {
    const { items, problems } = read([
      ['HZ02', null, 2021, 25],
      ['HZ02', null, '2021年', 26],
      ['HZ02', '吴兴区', 2021, 27],
    ]);
    expect(items.map((m) => m.target)).toEqual([25, 27]);
    expect(problems.map(where)).toEqual([
      { sheet: SHEET, row: 3, column: '期间 Period (C)', value: '2021年', level: 'error' },
    ]);
  });
});
