import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseAggregation,
  parseAlertState,
  parseDirection,
  parseFrequency,
  parseKind,
  parseRule,
  parseSeverity,
  parseStatus,
  parseYesNo,
} from '../../../shared/parse/enum-values.ts';
import { parseNumberText } from '../../../shared/parse/number-text.ts';
import { parsePeriod } from '../../../shared/parse/period.ts';
import { parseTargetText } from '../../../shared/parse/target-text.ts';

/** Pieces planners (and broken exports) put into cells, to build cell text from. */
const WORDS = [
  '低于',
  '高于',
  '不低于',
  '控制在',
  '稳定在',
  '达到',
  '年均增长',
  '每年新增',
  '累计',
  '约',
  '≥',
  '≤',
  '>',
  '<',
  '=',
  '以上',
  '以下',
  '以内',
  '左右',
  '~',
  '至',
  '—',
  '-',
  '+',
  '%',
  '％',
  '万',
  '亿',
  '分',
  '家',
  '批次/千人',
  '个工作日内',
  '/',
  '—',
  '*',
  '△',
  ',',
  '.',
  ' ',
  '　',
  '年',
  '第',
  '季度',
  '月',
  'Q',
  '日',
  ':',
];
const NUMBERS = [
  '0',
  '98.5',
  '0.36',
  '1,899',
  '１２３',
  '2023',
  '09',
  '1e308',
  '1e-320',
  '9'.repeat(400),
  '-0',
  '.5',
  '5.',
  '00001',
  '4.5',
];

const plannerText = fc
  .array(
    fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...NUMBERS), fc.string({ maxLength: 4 })),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** Anything a shell may hand the core for one cell. */
const cellInput: fc.Arbitrary<string | number | boolean | null> = fc.oneof(
  plannerText,
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    -0,
    45170,
    1e21,
  ),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const RUNS = { numRuns: 2000, seed: 20250331 };

function finiteOrNull(n: number | null | undefined): boolean {
  return n === null || n === undefined || Number.isFinite(n);
}

describe('the value parser on any cell', () => {
  it('reads numbers without throwing, never to NaN or Infinity, the same way every time', () => {
    fc.assert(
      fc.property(cellInput, fc.boolean(), (input, percentCell) => {
        const r = parseNumberText(input, { percentCell });
        if (r.ok) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(Number.isFinite(r.raw)).toBe(true);
          expect(Number.isFinite(r.multiplier)).toBe(true);
        } else {
          expect(r.message.zh.length).toBeGreaterThan(0);
          expect(r.message.en.length).toBeGreaterThan(0);
        }
        expect(parseNumberText(input, { percentCell })).toEqual(r);
      }),
      {
        ...RUNS,
        examples: [
          [1.797693134862315e306, true],
          ['1e308万', false],
        ],
      },
    );
  });

  it('reads target text without throwing, every number in it finite, the same way every time', () => {
    fc.assert(
      fc.property(cellInput, fc.boolean(), (input, percentCell) => {
        const r = parseTargetText(input, { percentCell });
        if (r.ok) {
          expect(finiteOrNull(r.value)).toBe(true);
          expect(Number.isFinite(r.multiplier)).toBe(true);
          expect(finiteOrNull(r.line?.value)).toBe(true);
          expect(finiteOrNull(r.line?.upper)).toBe(true);
          if (r.line?.upper !== undefined) expect(r.line.upper).toBeGreaterThan(r.line.value);
        }
        expect(parseTargetText(input, { percentCell })).toEqual(r);
      }),
      {
        ...RUNS,
        examples: [
          [1.797693134862315e306, true],
          ['1e308万以上', false],
          ['1~1e308亿', false],
        ],
      },
    );
  });

  it('reads periods without throwing, only to canonical periods that read back as themselves', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          cellInput.filter(
            (v): v is string | number => typeof v === 'string' || typeof v === 'number',
          ),
          fc.integer({ min: 1, max: 120_000 }),
        ),
        (input) => {
          const p = parsePeriod(input);
          if (p !== null) {
            expect(p.year).toBeGreaterThanOrEqual(1900);
            expect(p.year).toBeLessThanOrEqual(2200);
            expect(p.index).toBeGreaterThanOrEqual(p.kind === 'year' ? 0 : 1);
            expect(p.index).toBeLessThanOrEqual(p.kind === 'quarter' ? 4 : 12);
            expect(parsePeriod(p.text)).toEqual(p);
          }
          expect(parsePeriod(input)).toEqual(p);
        },
      ),
      RUNS,
    );
  });

  it('reads every choice column without throwing, the same way every time', () => {
    const parsers = [
      parseKind,
      parseDirection,
      parseAggregation,
      parseFrequency,
      parseSeverity,
      parseAlertState,
      parseStatus,
      parseRule,
      parseYesNo,
    ];
    fc.assert(
      fc.property(cellInput, (input) => {
        for (const parse of parsers) expect(parse(input)).toEqual(parse(input));
      }),
      { ...RUNS, numRuns: 500 },
    );
  });
});
