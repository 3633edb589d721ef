import { describe, expect, it } from 'vitest';
import { bilingualHeader, INDICATORS } from '../../../shared/contract/tables.ts';
import { readIndicators } from '../../../shared/rows/indicators.ts';
import { grid, where, type TestCell } from './grid-fixture.ts';

const SHEET = '指标 Indicators';
const HEADER = INDICATORS.columns.map(bilingualHeader);

/** One Indicators row in contract column order; unnamed columns are empty. */
function row(cells: Record<string, TestCell>): TestCell[] {
  return INDICATORS.columns.map((c) => cells[c.key] ?? null);
}

function read(...rows: Record<string, TestCell>[]) {
  return readIndicators(grid(SHEET, 'Indicators', HEADER, rows.map(row)));
}

const BASE = {
  id: 'HZ02',
  category: '营商环境',
  name: '双随机监管事项占比',
  unit: '%',
  kind: '约束性',
  baselineYear: 2020,
  baseline: 15,
  targetYear: 2025,
  target: 65,
};

describe('readIndicators on a good grid', () => {
  it('reads a Huzhou row with every default applied', () => {
    const { items, problems } = read(BASE);
    expect(problems).toEqual([]);
    expect(items).toEqual([
      {
        id: 'HZ02',
        category: '营商环境',
        name: '双随机监管事项占比',
        unit: '%',
        kind: 'binding',
        aggregation: 'level',
        direction: 'higher',
        baselineYear: 2020,
        baseline: 15,
        targetYear: 2025,
        target: 65,
        targetLine: null,
        limit: null,
        warning: null,
        recovery: null,
        formula: null,
        frequency: 'annual',
        dueDays: null,
        owner: '',
        notes: '',
        row: 2,
      },
    ]);
  });

  it('reads the Huzhou `*` as cumulative and 万户 figures in the indicator unit', () => {
    const { items } = read({
      ...BASE,
      id: 'HZ01',
      name: '在册市场主体总量',
      unit: '万户',
      kind: '预期性',
      baseline: '44*',
      target: '57*',
    });
    expect(items[0]).toMatchObject({
      aggregation: 'cumulative',
      direction: 'higher',
      baseline: 44,
      target: 57,
      kind: 'expected',
    });
  });

  it('reads 57万 as 57 for unit 万户 and 570000 for unit 户', () => {
    const { items } = read(
      { ...BASE, id: 'A', unit: '万户', baseline: '44万', target: '57万' },
      { ...BASE, id: 'B', unit: '户', baseline: '44万', target: '57万' },
    );
    expect(items.map((i) => [i.baseline, i.target])).toEqual([
      [44, 57],
      [440000, 570000],
    ]);
  });

  it('reads a target written as a line as a threshold with its line', () => {
    const { items } = read({
      ...BASE,
      id: 'F1',
      name: '食品评价性抽检合格率',
      baseline: null,
      baselineYear: null,
      target: '98.5%以上',
    });
    expect(items[0]).toMatchObject({
      aggregation: 'threshold',
      direction: 'higher',
      target: 98.5,
      targetLine: { comparator: 'gte', value: 98.5, unit: '%', text: '98.5%以上' },
    });
  });

  it('takes the unit from the target text when the unit column is empty', () => {
    const { items } = read({
      ...BASE,
      id: 'S1',
      unit: null,
      baseline: null,
      baselineYear: null,
      target: '90分以上',
    });
    expect(items[0]).toMatchObject({ unit: '分', target: 90 });
  });

  it.each([
    ['每年新增300家', 'annual', 300],
    ['年均增长8%以上', 'growth', 8],
  ])('takes the aggregation from the wording of %j', (target, aggregation, value) => {
    const { items } = read({ ...BASE, id: 'X', baseline: null, baselineYear: null, target });
    expect(items[0]).toMatchObject({ aggregation, target: value, direction: 'higher' });
  });

  it('lets an explicit aggregation win over the wording, and 否 cancel the `*`', () => {
    const { items } = read(
      { ...BASE, id: 'A', aggregation: 'level', target: '98.5%以上' },
      { ...BASE, id: 'B', aggregation: '否', baseline: '44*', target: '57*' },
    );
    expect(items.map((i) => i.aggregation)).toEqual(['level', 'level']);
  });

  it('reads a limit as a line, and a bare limit by the direction', () => {
    const { items } = read(
      {
        ...BASE,
        id: 'T1',
        name: '万台特种设备事故率',
        unit: '',
        baseline: null,
        target: null,
        limit: '低于0.36',
      },
      { ...BASE, id: 'T2', direction: '越低越好', baseline: 0.4, target: 0.3, limit: 0.36 },
      { ...BASE, id: 'T3', limit: '10' },
    );
    expect(items.map((i) => [i.direction, i.limit?.comparator, i.limit?.value])).toEqual([
      ['lower', 'lt', 0.36],
      ['lower', 'lte', 0.36],
      ['higher', 'gte', 10],
    ]);
  });

  it('reads warning and recovery lines as numbers, bare or worded', () => {
    const { items } = read({ ...BASE, warning: '20以上', recovery: 22 });
    expect(items[0]).toMatchObject({ warning: 20, recovery: 22 });
  });

  it('reads a percent-formatted cell of a % indicator as a percentage number', () => {
    const { items } = read({
      ...BASE,
      baseline: { value: 0.152, percent: true },
      target: { value: 0.65, percent: true },
    });
    expect(items[0]).toMatchObject({ baseline: 15.2, target: 65 });
  });

  it('reads `/` as no baseline', () => {
    const { items, problems } = read({
      ...BASE,
      baseline: '/',
      direction: '越高越好',
      target: 100,
    });
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({ baseline: null, baselineYear: 2020, target: 100 });
  });

  it('reads frequency, due days, formula, owner and notes', () => {
    const formula = 'accidents / units * 10000';
    const { items } = read({
      ...BASE,
      frequency: '季',
      dueDays: 20,
      formula,
      owner: '特设处',
      notes: '备注',
    });
    expect(items[0]).toMatchObject({
      frequency: 'quarterly',
      dueDays: { days: 20, calendar: null },
      formula,
      owner: '特设处',
      notes: '备注',
    });
  });

  it('reads years written as text', () => {
    const { items } = read({ ...BASE, baselineYear: '2020年', targetYear: '２０２５' });
    expect(items[0]).toMatchObject({ baselineYear: 2020, targetYear: 2025 });
  });

  it('folds a full-width id but keeps the name as typed', () => {
    const { items } = read({ ...BASE, id: 'ＨＺ０２', name: '在册市场主体总量（万户）' });
    expect(items[0]).toMatchObject({ id: 'HZ02', name: '在册市场主体总量（万户）' });
  });

  it('sets target year 0 for an indicator with neither target nor target year', () => {
    const { items, problems } = read({
      ...BASE,
      baseline: null,
      baselineYear: null,
      target: null,
      targetYear: null,
      limit: '低于0.36',
    });
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({
      target: null,
      targetYear: 0,
      limit: { comparator: 'lt', value: 0.36 },
    });
  });

  it('skips blank rows silently', () => {
    const g = grid(SHEET, 'Indicators', HEADER, [
      row(BASE),
      row({}),
      row({ id: '  ', notes: '' }),
      row({ ...BASE, id: 'HZ03' }),
    ]);
    const { items, problems } = readIndicators(g);
    expect(problems).toEqual([]);
    expect(items.map((i) => [i.id, i.row])).toEqual([
      ['HZ02', 2],
      ['HZ03', 5],
    ]);
  });

  it('keeps a qualitative target with a warning', () => {
    const { items, problems } = read({
      ...BASE,
      baseline: null,
      baselineYear: null,
      target: '持续提升',
    });
    expect(items[0]).toMatchObject({ target: null, targetLine: null, direction: 'higher' });
    expect(problems.map(where)).toEqual([
      { sheet: SHEET, row: 2, column: '目标值 Target (K)', value: '持续提升', level: 'warning' },
    ]);
  });

  it('keeps a row with no kind as expected, with a warning', () => {
    const { items, problems } = read({ ...BASE, kind: null });
    expect(items[0]?.kind).toBe('expected');
    expect(problems.map(where)).toEqual([
      { sheet: SHEET, row: 2, column: '属性 Kind (E)', value: '', level: 'warning' },
    ]);
  });

  it('warns when the direction column disagrees with the target wording, and follows the column', () => {
    const { items, problems } = read({ ...BASE, direction: '越低越好', target: '98.5%以上' });
    expect(items[0]?.direction).toBe('lower');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      level: 'warning',
      code: 'row.direction_conflict',
      column: '方向 Direction (G)',
    });
  });
});

describe('readIndicators on bad rows', () => {
  it.each([
    ['text in a numeric cell', { baseline: 'abc' }, '基期值 Baseline (I)', 'abc'],
    [
      'an error value',
      { target: { value: null, error: '#DIV/0!' } },
      '目标值 Target (K)',
      '#DIV/0!',
    ],
    [
      'a formula without a stored value',
      { baseline: { value: null, formulaWithoutValue: true } },
      '基期值 Baseline (I)',
      '',
    ],
    ['target text that is not a target', { target: '12.3.4' }, '目标值 Target (K)', '12.3.4'],
    ['an unknown kind', { kind: '重要' }, '属性 Kind (E)', '重要'],
    ['an unknown direction', { direction: '向上走' }, '方向 Direction (G)', '向上走'],
    ['an unknown aggregation', { aggregation: '平均' }, '统计方式 Aggregation (F)', '平均'],
    ['an unknown frequency', { frequency: '半年' }, '报送频次 Frequency (P)', '半年'],
    [
      'a baseline year that is not a year',
      { baselineYear: '去年' },
      '基期年份 Baseline year (H)',
      '去年',
    ],
    ['a baseline without its year', { baselineYear: null }, '基期年份 Baseline year (H)', ''],
    ['a target without its year', { targetYear: null }, '目标年份 Target year (J)', ''],
    [
      'a target year before the baseline year',
      { targetYear: 2019 },
      '目标年份 Target year (J)',
      '2019',
    ],
    ['a direction nothing tells', { baseline: '/', target: 100 }, '方向 Direction (G)', ''],
    ['an empty id', { id: null }, '编号 ID (A)', ''],
    ['an empty name', { name: '' }, '指标名称 Indicator (C)', ''],
    ['a bare limit on a band indicator', { direction: '区间', limit: 5 }, '底线 Limit (L)', '5'],
    ['a qualitative limit', { limit: '持续下降' }, '底线 Limit (L)', '持续下降'],
    ['a band as a warning line', { warning: '3~5' }, '预警线 Warning (M)', '3~5'],
    ['negative due days', { dueDays: -1 }, '报送期限 Due period (Q)', '-1'],
    ['fractional due days', { dueDays: 1.5 }, '报送期限 Due period (Q)', '1.5'],
    ['due days in weeks', { dueDays: '2周' }, '报送期限 Due period (Q)', '2周'],
  ])('drops a row with %s and names sheet, row, column and value', (_what, over, column, value) => {
    const { items, problems } = read({ ...BASE, id: 'GOOD' }, { ...BASE, id: 'BAD', ...over });
    expect(items.map((i) => i.id)).toEqual(['GOOD']);
    const errors = problems.filter((p) => p.level === 'error');
    expect(errors.map(where)).toEqual([{ sheet: SHEET, row: 3, column, value, level: 'error' }]);
    expect(errors[0]?.workbook).toBe('plan.xlsx');
    expect(errors[0]?.message.zh).toContain('第 3 行');
    expect(errors[0]?.message.zh).toContain(column);
    expect(errors[0]?.message.en).toContain('row 3');
    if (value !== '') expect(errors[0]?.message.zh).toContain(value);
  });

  it('drops a repeated id on the later row and keeps the first', () => {
    const { items, problems } = read(BASE, { ...BASE, name: '另一个' }, { ...BASE, id: 'HZ03' });
    expect(items.map((i) => [i.id, i.name])).toEqual([
      ['HZ02', '双随机监管事项占比'],
      ['HZ03', '双随机监管事项占比'],
    ]);
    expect(problems.map(where)).toEqual([
      { sheet: SHEET, row: 3, column: '编号 ID (A)', value: 'HZ02', level: 'error' },
    ]);
    expect(problems[0]?.message.en).toContain('row 2');
  });

  it('reports every bad cell of a row, not only the first', () => {
    const { problems } = read({ ...BASE, baseline: 'abc', target: 'xyz', kind: '重要' });
    expect(problems.map((p) => p.column).sort()).toEqual([
      '基期值 Baseline (I)',
      '属性 Kind (E)',
      '目标值 Target (K)',
    ]);
  });

  it('reads no row when a required column is missing, and says which', () => {
    const header = HEADER.filter((h) => h !== '指标名称 Indicator');
    const g = grid(SHEET, 'Indicators', header, [['HZ02']]);
    const { items, problems } = readIndicators(g);
    expect(items).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      sheet: SHEET,
      column: '指标名称 Indicator',
      level: 'error',
      code: 'row.column_missing',
    });
  });
});
