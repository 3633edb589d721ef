import { describe, expect, it } from 'vitest';
import {
  inUnit,
  isNoneText,
  parseNumberText,
  readNumberLiteral,
  splitMarkers,
  tidy,
  unitMultiplier,
} from '../../../shared/parse/number-text.ts';

describe('parseNumberText', () => {
  it.each([
    // [input, value, raw, multiplier, percent, unit, markers]
    ['600', 600, 600, 1, false, '', []],
    ['１２３．５', 123.5, 123.5, 1, false, '', []],
    ['1,899', 1899, 1899, 1, false, '', []],
    ['1，899', 1899, 1899, 1, false, '', []],
    ['20 755', 20755, 20755, 1, false, '', []],
    ['1,234,567.5', 1234567.5, 1234567.5, 1, false, '', []],
    ['98.5%', 98.5, 98.5, 1, true, '%', []],
    ['98.5％', 98.5, 98.5, 1, true, '%', []],
    ['98.5 %', 98.5, 98.5, 1, true, '%', []],
    ['57万', 570000, 57, 10000, false, '万', []],
    ['4.5亿', 450000000, 4.5, 100000000, false, '亿', []],
    ['1.1万', 11000, 1.1, 10000, false, '万', []],
    ['-5', -5, -5, 1, false, '', []],
    ['−5', -5, -5, 1, false, '', []],
    ['－5', -5, -5, 1, false, '', []],
    ['+5', 5, 5, 1, false, '', []],
    ['约300', 300, 300, 1, false, '', []],
    ['44*', 44, 44, 1, false, '', ['*']],
    ['44＊', 44, 44, 1, false, '', ['*']],
    ['12△', 12, 12, 1, false, '', ['△']],
    ['  7  ', 7, 7, 1, false, '', []],
    ['\u00a07\u3000', 7, 7, 1, false, '', []],
    ['.5', 0.5, 0.5, 1, false, '', []],
    ['1.2E+05', 120000, 120000, 1, false, '', []],
  ])('reads %j as %d', (input, value, raw, multiplier, percent, unit, markers) => {
    expect(parseNumberText(input)).toEqual({
      ok: true,
      value,
      raw,
      multiplier,
      percent,
      unit,
      markers,
    });
  });

  it.each(['/', '—', '——', '-', '–', '无', '暂无', 'N/A', 'n/a', '／'])(
    'reads %j as no value',
    (input) => {
      const r = parseNumberText(input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason).toBe('none');
        expect(r.message.zh).toContain(input.trim());
      }
    },
  );

  it.each([null, '', '   '])('reads %j as empty', (input) => {
    expect(parseNumberText(input)).toMatchObject({ ok: false, reason: 'empty' });
  });

  it.each([
    'abc',
    '12.3.4',
    '1e999',
    'NaN',
    'Infinity',
    '1,89',
    '1 2',
    '57万户',
    '5-3',
    '12abc',
    '%',
  ])('rejects %j with a message naming the value', (input) => {
    const r = parseNumberText(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('invalid');
      expect(r.message.zh).toContain(`“${input}”`);
      expect(r.message.en).toContain(`"${input}"`);
    }
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'rejects the numeric cell %d',
    (n) => {
      expect(parseNumberText(n)).toMatchObject({ ok: false, reason: 'invalid' });
    },
  );

  it('rejects a boolean cell, naming it', () => {
    const r = parseNumberText(true);
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    if (!r.ok) expect(r.message.en).toContain('TRUE');
  });

  it('reads a numeric cell as itself', () => {
    expect(parseNumberText(0.36)).toEqual({
      ok: true,
      value: 0.36,
      raw: 0.36,
      multiplier: 1,
      percent: false,
      unit: '',
      markers: [],
    });
  });

  it('reads a percent-formatted numeric cell as a percentage number', () => {
    expect(parseNumberText(0.985, { percentCell: true })).toMatchObject({
      ok: true,
      value: 98.5,
      percent: true,
      unit: '%',
    });
    expect(parseNumberText(0.07, { percentCell: true })).toMatchObject({ ok: true, value: 7 });
  });

  it('does not scale percent text twice in a percent-formatted cell', () => {
    expect(parseNumberText('98.5%', { percentCell: true })).toMatchObject({
      ok: true,
      value: 98.5,
    });
  });

  it('never returns NaN or Infinity for any short text', () => {
    const samples = ['9'.repeat(400), `${'9'.repeat(400)}亿`, '1e308万', '-1e400'];
    for (const s of samples) {
      const r = parseNumberText(s);
      if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      else expect(r.reason).toBe('invalid');
    }
  });
});

describe('inUnit', () => {
  it.each([
    [570000, 10000, '万户', 57],
    [570000, 10000, '户', 570000],
    [570000, 10000, '', 570000],
    [450000000, 100000000, '亿元', 4.5],
    [450000000, 100000000, '万元', 450000000],
    [0.36, 1, '次/万台', 0.36],
    [110000, 10000, '万件', 11],
  ])('expresses %d (×%d) in unit %j as %d', (value, multiplier, unit, expected) => {
    expect(inUnit(value, multiplier, unit)).toBe(expected);
  });
});

describe('number-text helpers', () => {
  it('reads the multiplier only from the first character of a unit', () => {
    expect(unitMultiplier('万户')).toBe(10000);
    expect(unitMultiplier('亿元')).toBe(100000000);
    expect(unitMultiplier('次/万台')).toBe(1);
    expect(unitMultiplier('')).toBe(1);
  });

  it('splits trailing footnote marks in order', () => {
    expect(splitMarkers('44*△')).toEqual({ text: '44', markers: ['*', '△'] });
    expect(splitMarkers('44')).toEqual({ text: '44', markers: [] });
  });

  it('reads a leading literal and returns the rest', () => {
    expect(readNumberLiteral('5批次/千人')).toEqual({ raw: 5, rest: '批次/千人' });
    expect(readNumberLiteral('批次')).toBeNull();
    expect(readNumberLiteral('1e999')).toBeNull();
  });

  it('rounds away binary noise', () => {
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    expect(tidy(1.1 * 10000)).toBe(11000);
  });

  it('knows the none texts case-insensitively', () => {
    expect(isNoneText('N/A')).toBe(true);
    expect(isNoneText('0')).toBe(false);
  });
});
