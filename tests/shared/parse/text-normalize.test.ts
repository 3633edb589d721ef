import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactText, normalizeText } from '../../../shared/parse/text-normalize.ts';

describe('normalizeText', () => {
  it.each([
    ['１２３．５％', '123.5%'],
    ['（万户）', '(万户)'],
    ['−5', '-5'],
    ['‐5', '-5'],
    ['3〜5', '3~5'],
    ['3～5', '3~5'],
    ['  低于0.36\u3000', '低于0.36'],
    ['—', '—'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('only trims ASCII text, which is its own NFKC form', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 20 }), (s) => {
        expect(normalizeText(s)).toBe(s.normalize('NFKC').trim());
      }),
    );
    expect(normalizeText(' K01\t')).toBe('K01');
  });
});

describe('compactText', () => {
  it.each([
    ['98.5 % 以上', '98.5%以上'],
    ['20 755', '20 755'],
    ['20\u00a0755', '20 755'],
    ['1   2', '1 2'],
    ['≥ 7', '≥7'],
    [' 约 300 家 ', '约300家'],
  ])('turns %j into %j, keeping one space only between digits', (input, expected) => {
    expect(compactText(input)).toBe(expected);
  });
});
