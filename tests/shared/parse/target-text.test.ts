import { describe, expect, it } from 'vitest';
import type { Comparator } from '../../../shared/model/line.ts';
import { directionOfComparator, parseTargetText } from '../../../shared/parse/target-text.ts';

type Row = [
  input: string,
  comparator: Comparator | null,
  value: number,
  unit: string,
  strict: boolean,
];

/** Every worded form of docs/architecture.md §3.3 and the plans: comparator, number, unit, strictness. */
const LINE_FORMS: Row[] = [
  ['98.5%以上', 'gte', 98.5, '%', false],
  ['低于0.36', 'lt', 0.36, '', true],
  ['高于5', 'gt', 5, '', true],
  ['控制在0.25以内', 'lte', 0.25, '', false],
  ['0.06以下', 'lte', 0.06, '', false],
  ['不低于90', 'gte', 90, '', false],
  ['不少于3家', 'gte', 3, '家', false],
  ['不高于2', 'lte', 2, '', false],
  ['不超过1.5', 'lte', 1.5, '', false],
  ['超过160', 'gt', 160, '', true],
  ['≥1', 'gte', 1, '', false],
  ['>=1', 'gte', 1, '', false],
  ['≤2', 'lte', 2, '', false],
  ['<=2', 'lte', 2, '', false],
  ['<3', 'lt', 3, '', true],
  ['>4', 'gt', 4, '', true],
  ['＞5', 'gt', 5, '', true],
  ['＜6', 'lt', 6, '', true],
  ['≥ 7', 'gte', 7, '', false],
  ['＞＝8', 'gte', 8, '', false],
  ['90分以上', 'gte', 90, '分', false],
  ['5批次/千人以上', 'gte', 5, '批次/千人', false],
  ['1个工作日内', 'lte', 1, '个工作日', false],
  ['保持在99%以上', 'gte', 99, '%', false],
  ['稳定在98.5%以上', 'gte', 98.5, '%', false],
  ['达到90以上', 'gte', 90, '', false],
  ['达到260件以上', 'gte', 260, '件', false],
  ['突破57万户', 'gt', 570000, '万户', true],
  ['９８．５％以上', 'gte', 98.5, '%', false],
  [' 98.5 % 以上 ', 'gte', 98.5, '%', false],
  ['力争达到95%及以上', 'gte', 95, '%', false],
  ['降至0.3以下', 'lte', 0.3, '', false],
];

const STRICT: Comparator[] = ['lt', 'gt'];

describe('parseTargetText', () => {
  it.each(LINE_FORMS)(
    'reads %j as %s %d %j (strict: %s)',
    (input, comparator, value, unit, strict) => {
      const r = parseTargetText(input);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value).toBe(value);
      expect(r.unit).toBe(unit);
      expect(r.qualitative).toBe(false);
      expect(r.line).toEqual({ comparator, value, unit, text: input.trim() });
      expect(comparator !== null && STRICT.includes(comparator)).toBe(strict);
      expect(r.directionHint).toBe(directionOfComparator(comparator));
    },
  );

  it('reads 每年新增300家 as an annual amount of 300 家, with no line', () => {
    expect(parseTargetText('每年新增300家')).toMatchObject({
      ok: true,
      value: 300,
      unit: '家',
      line: null,
      aggregationHint: 'annual',
      directionHint: 'higher',
    });
  });

  it('reads 年均增长8%以上 as a growth rate of at least 8 %', () => {
    expect(parseTargetText('年均增长8%以上')).toMatchObject({
      ok: true,
      value: 8,
      unit: '%',
      aggregationHint: 'growth',
      directionHint: 'higher',
      line: { comparator: 'gte', value: 8, unit: '%' },
    });
  });

  it('reads 五年累计300 and 期间累计新增20家 as cumulative hints', () => {
    expect(parseTargetText('五年累计300')).toMatchObject({
      ok: true,
      value: 300,
      aggregationHint: 'cumulative',
      directionHint: 'higher',
    });
    expect(parseTargetText('期间累计新增20家')).toMatchObject({
      ok: true,
      value: 20,
      unit: '家',
      aggregationHint: 'cumulative',
    });
  });

  it('reads 累计新增50项 as a cumulative hint', () => {
    expect(parseTargetText('累计新增50项')).toMatchObject({
      ok: true,
      value: 50,
      unit: '项',
      aggregationHint: 'cumulative',
    });
  });

  it('records the 万 multiplier so readers can express the target in the indicator unit', () => {
    expect(parseTargetText('突破57万户')).toMatchObject({
      ok: true,
      value: 570000,
      multiplier: 10000,
    });
    expect(parseTargetText('600')).toMatchObject({ ok: true, multiplier: 1 });
  });

  it.each([
    ['3~5', 3, 5, ''],
    ['3～5', 3, 5, ''],
    ['3〜5', 3, 5, ''],
    ['3-5', 3, 5, ''],
    ['3至5', 3, 5, ''],
    ['3到5', 3, 5, ''],
    ['3—5', 3, 5, ''],
    ['3–5', 3, 5, ''],
    ['3%~5%', 3, 5, '%'],
    ['3~5%', 3, 5, '%'],
    ['-5~-1', -5, -1, ''],
  ])('reads %j as the band %d to %d', (input, low, high, unit) => {
    const r = parseTargetText(input);
    expect(r).toMatchObject({ ok: true, value: null, unit, directionHint: 'band' });
    if (r.ok)
      expect(r.line).toEqual({ comparator: 'between', value: low, upper: high, unit, text: input });
  });

  it.each([
    ['600', 600, '', []],
    ['44*', 44, '', ['*']],
    ['57*', 57, '', ['*']],
    ['1,899', 1899, '', []],
    ['4.5', 4.5, '', []],
    ['300家', 300, '家', []],
  ])('reads the plain target %j as %d with no line', (input, value, unit, markers) => {
    expect(parseTargetText(input)).toEqual({
      ok: true,
      value,
      multiplier: 1,
      line: null,
      unit,
      aggregationHint: null,
      directionHint: null,
      qualitative: false,
      markers,
    });
  });

  it('reads a numeric cell, percent-formatted or not', () => {
    expect(parseTargetText(65)).toMatchObject({ ok: true, value: 65, unit: '', line: null });
    expect(parseTargetText(0.985, { percentCell: true })).toMatchObject({
      ok: true,
      value: 98.5,
      unit: '%',
    });
  });

  it.each([
    ['持续提升', 'higher'],
    ['稳步提高', 'higher'],
    ['逐步下降', 'lower'],
    ['持续减少', 'lower'],
    ['保持稳定', null],
  ])('reads %j as a qualitative target leaning %s', (input, direction) => {
    expect(parseTargetText(input)).toMatchObject({
      ok: true,
      value: null,
      line: null,
      qualitative: true,
      directionHint: direction,
    });
  });

  it.each(['/', '—', '-', '无', 'N/A'])('reads %j as no target', (input) => {
    expect(parseTargetText(input)).toMatchObject({ ok: false, reason: 'none' });
  });

  it.each([null, '', '  '])('reads %j as empty', (input) => {
    expect(parseTargetText(input)).toMatchObject({ ok: false, reason: 'empty' });
  });

  it.each(['abc', '12.3.4', '以上', '2025年达到90', '5>3', '1e999', '不知道'])(
    'rejects %j with a message naming it',
    (input) => {
      const r = parseTargetText(input);
      expect(r).toMatchObject({ ok: false, reason: 'invalid' });
      if (!r.ok) {
        expect(r.message.zh).toContain(`“${input}”`);
        expect(r.message.en).toContain(`"${input}"`);
      }
    },
  );

  it('rejects comparison words that contradict each other', () => {
    const r = parseTargetText('低于5以上');
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    if (!r.ok) expect(r.message.en).toContain('opposite');
  });

  it('takes strictness from the leading word when both ends agree', () => {
    expect(parseTargetText('不低于90以上')).toMatchObject({
      ok: true,
      line: { comparator: 'gte' },
    });
    expect(parseTargetText('低于0.36以下')).toMatchObject({ ok: true, line: { comparator: 'lt' } });
  });

  it('rejects a band whose lower bound is not below its upper bound', () => {
    const r = parseTargetText('5~3');
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    if (!r.ok) expect(r.message.zh).toContain('5~3');
  });

  it('rejects a band whose ends carry different units', () => {
    expect(parseTargetText('3%~5家')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('rejects a band with a comparison word', () => {
    expect(parseTargetText('3~5以内')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('rejects boolean and non-finite cells', () => {
    expect(parseTargetText(false)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseTargetText(Number.NaN)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('directionOfComparator', () => {
  it.each([
    ['gte', 'higher'],
    ['gt', 'higher'],
    ['lte', 'lower'],
    ['lt', 'lower'],
    ['between', 'band'],
    ['eq', null],
  ] as const)('%s leans %s', (c, d) => {
    expect(directionOfComparator(c)).toBe(d);
  });
});
