import { describe, expect, it } from 'vitest';
import type { Aggregation } from '../../../shared/model/indicator.ts';
import type { Comparator } from '../../../shared/model/line.ts';
import {
  baselineCellValue,
  readFigureCell,
  targetCellValue,
} from '../../../shared/import/target-cell.ts';

type Form = [
  text: string,
  comparator: Comparator | null,
  value: number | null,
  unit: string,
  aggregation: Aggregation | null,
];

/** Every target form the issue lists: comparator, number, unit and aggregation hint. */
const FORMS: Form[] = [
  ['≥1', 'gte', 1, '', null],
  ['600', null, 600, '', null],
  ['98.5%以上', 'gte', 98.5, '%', null],
  ['低于0.36', 'lt', 0.36, '', null],
  ['控制在0.25以内', 'lte', 0.25, '', null],
  ['0.06以下', 'lte', 0.06, '', null],
  ['保持在99%以上', 'gte', 99, '%', null],
  ['90分以上', 'gte', 90, '分', null],
  ['5批次/千人以上', 'gte', 5, '批次/千人', null],
  ['1个工作日内', 'lte', 1, '个工作日', null],
  ['每年新增300家', null, 300, '家', 'annual'],
  ['年均增长8%以上', 'gte', 8, '%', 'growth'],
  ['〔500〕', null, 500, '', null],
  ['五年累计300', null, 300, '', 'cumulative'],
];

describe('readFigureCell', () => {
  it.each(FORMS)('reads %s', (text, comparator, value, unit, aggregation) => {
    const cell = readFigureCell(text);
    if (cell.state !== 'read') throw new Error(`not read: ${cell.state}`);
    expect(cell.reading.line?.comparator ?? null).toBe(comparator);
    expect(cell.reading.value).toBe(value);
    expect(cell.reading.unit).toBe(unit);
    expect(cell.reading.aggregationHint).toBe(aggregation);
  });

  it('reads 持续提升 as a qualitative target that rises', () => {
    const cell = readFigureCell('持续提升');
    expect(cell).toMatchObject({
      state: 'read',
      reading: { qualitative: true, directionHint: 'higher', value: null },
    });
  });

  it.each(['/', '—', '－', '无'])('reads %s as no figure', (text) => {
    expect(readFigureCell(text).state).toBe('none');
  });

  it('keeps the marks of a figure apart', () => {
    expect(readFigureCell('57*')).toMatchObject({ state: 'read', text: '57', marks: ['*'] });
    expect(readFigureCell('〔300〕').marks).toEqual(['〔〕']);
  });

  it('does not take a date or a sentence for a number with a unit', () => {
    expect(readFigureCell('2025年底前全面完成').state).toBe('unreadable');
    expect(readFigureCell('5G基站数').state).toBe('unreadable');
  });

  it('reads an empty cell as empty', () => {
    expect(readFigureCell('  ').state).toBe('empty');
  });
});

describe('baselineCellValue and targetCellValue', () => {
  it('writes a bare figure as its number in the indicator unit and worded targets as text', () => {
    expect(targetCellValue(readFigureCell('57*'), '万户')).toBe(57);
    expect(targetCellValue(readFigureCell('57万'), '万户')).toBe(57);
    expect(targetCellValue(readFigureCell('57万'), '户')).toBe(570000);
    expect(targetCellValue(readFigureCell('98.5%以上*'), '%')).toBe('98.5%以上');
    expect(targetCellValue(readFigureCell('/'), '%')).toBe('/');
    expect(targetCellValue(readFigureCell(''), '%')).toBeNull();
  });

  it('writes a baseline as a number, `/` as printed, and nothing for an empty cell', () => {
    expect(baselineCellValue(readFigureCell('3个工作日'), '个工作日')).toBe(3);
    expect(baselineCellValue(readFigureCell('89.2'), '%')).toBe(89.2);
    expect(baselineCellValue(readFigureCell('/'), '%')).toBe('/');
    expect(baselineCellValue(readFigureCell(''), '%')).toBeNull();
  });
});
