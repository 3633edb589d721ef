import { describe, expect, it } from 'vitest';
import { ACTUALS, bilingualHeader } from '../../../shared/contract/tables.ts';
import { readActuals } from '../../../shared/rows/actuals.ts';
import { grid, where, type TestCell } from './grid-fixture.ts';

const SHEET = '实绩 Actuals';
const HEADER = ACTUALS.columns.map(bilingualHeader);

function read(rows: TestCell[][], indicators?: { id: string; unit: string }[]) {
  return readActuals(grid(SHEET, 'Actuals', HEADER, rows), indicators ? { indicators } : {});
}

describe('readActuals', () => {
  it('reads good rows with defaults for region and measure', () => {
    const { items, problems } = read([
      ['HZ02', null, 2021, null, 30, null, '年报', '张三', '2022-01-10'],
      ['T1', '吴兴区', '2023-Q3', 'accidents', 3, null, null, null, null],
      ['F1', null, '2023年', null, { value: 0.987, percent: true }, null, null, null, null],
      ['F2', null, 2023, null, '1,899', 1899, null, null, null],
    ]);
    expect(problems).toEqual([]);
    const blank = { officialValue: null, source: '', enteredBy: '', enteredAt: '' };
    expect(items).toEqual([
      {
        ...blank,
        id: 'HZ02',
        region: '',
        period: '2021',
        measure: 'value',
        value: 30,
        source: '年报',
        enteredBy: '张三',
        enteredAt: '2022-01-10',
        row: 2,
      },
      {
        ...blank,
        id: 'T1',
        region: '吴兴区',
        period: '2023-Q3',
        measure: 'accidents',
        value: 3,
        row: 3,
      },
      { ...blank, id: 'F1', region: '', period: '2023', measure: 'value', value: 98.7, row: 4 },
      {
        ...blank,
        id: 'F2',
        region: '',
        period: '2023',
        measure: 'value',
        value: 1899,
        officialValue: 1899,
        row: 5,
      },
    ]);
  });

  it('accepts an empty value when the official value is given', () => {
    const { items, problems } = read([['HZ02', null, 2021, null, null, 31]]);
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({ value: null, officialValue: 31 });
  });

  it('reads 万 figures in the indicator unit when the indicators are given', () => {
    const rows = [['HZ01', null, 2021, null, '47.5万']];
    expect(read(rows, [{ id: 'HZ01', unit: '万户' }]).items[0]?.value).toBe(47.5);
    expect(read(rows).items[0]?.value).toBe(475000);
  });

  it.each([
    ['text in the value', ['HZ02', null, 2021, null, '三十'], '数值 Value (E)', '三十'],
    [
      'text in the official value',
      ['HZ02', null, 2021, null, 30, 'n.a.'],
      '公布值 Official value (F)',
      'n.a.',
    ],
    [
      'an error value',
      ['HZ02', null, 2021, null, { value: null, error: '#DIV/0!' }],
      '数值 Value (E)',
      '#DIV/0!',
    ],
    [
      'a formula with no stored value',
      ['HZ02', null, 2021, null, { value: null, formulaWithoutValue: true }],
      '数值 Value (E)',
      '',
    ],
    ['no value at all', ['HZ02', null, 2021, null, null, null], '数值 Value (E)', ''],
    ['only `/` as the value', ['HZ02', null, 2021, null, '/', null], '数值 Value (E)', '/'],
    ['a bad period', ['HZ02', null, '2021-13', null, 30], '期间 Period (C)', '2021-13'],
    ['an empty period', ['HZ02', null, null, null, 30], '期间 Period (C)', ''],
    ['an empty id', ['', null, 2021, null, 30], '编号 ID (A)', ''],
  ])('drops a row with %s, naming sheet, row, column and value', (_what, bad, column, value) => {
    const { items, problems } = read([['HZ02', null, 2020, null, 15], bad]);
    expect(items.map((a) => a.period)).toEqual(['2020']);
    expect(problems.map(where)).toEqual([{ sheet: SHEET, row: 3, column, value, level: 'error' }]);
    expect(problems[0]?.message.zh).toContain('实绩 Actuals');
  });

  it('drops a repeated figure for the same indicator, region, period and measure', () => {
    const { items, problems } = read([
      ['HZ02', null, 2021, null, 30],
      ['HZ02', null, 2021, 'value', 31],
      ['HZ02', null, 2021, 'increment', 5],
    ]);
    expect(items.map((a) => a.value)).toEqual([30, 5]);
    expect(problems.map(where)).toEqual([
      { sheet: SHEET, row: 3, column: '期间 Period (C)', value: '2021', level: 'error' },
    ]);
  });

  it('reads nothing and says so when the period column is missing', () => {
    const { items, problems } = readActuals(
      grid(SHEET, 'Actuals', ['编号 ID', '数值 Value'], [['HZ02', 30]]),
    );
    expect(items).toEqual([]);
    expect(problems.map((p) => p.column)).toEqual(['期间 Period']);
  });

  it('reads headers written in English or as keys', () => {
    const { items } = readActuals(
      grid(SHEET, 'Actuals', ['ID', 'PERIOD', 'value', 'Official Value'], [['HZ02', 2021, 30, 31]]),
    );
    expect(items[0]).toMatchObject({ id: 'HZ02', period: '2021', value: 30, officialValue: 31 });
  });
});
