import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  comparePeriods,
  daysBetween,
  isIsoDate,
  monthsIntoYear,
  parsePeriod,
  parseYear,
  periodEndDate,
  periodEndPosition,
  periodsOfYear,
  type Period,
} from '../../../shared/parse/period.ts';

function p(text: string): Period {
  const r = parsePeriod(text);
  if (!r) throw new Error(`test setup: ${text} is not a period`);
  return r;
}

describe('parsePeriod', () => {
  it.each([
    ['2023', '2023', 'year', 0],
    [2023, '2023', 'year', 0],
    ['2023年', '2023', 'year', 0],
    ['２０２３', '2023', 'year', 0],
    ['2023.0', '2023', 'year', 0],
    ['2023-Q3', '2023-Q3', 'quarter', 3],
    ['2023Q3', '2023-Q3', 'quarter', 3],
    ['2023q1', '2023-Q1', 'quarter', 1],
    ['2023年第三季度', '2023-Q3', 'quarter', 3],
    ['2023年第4季度', '2023-Q4', 'quarter', 4],
    ['2023-09', '2023-09', 'month', 9],
    ['2023-9', '2023-09', 'month', 9],
    ['2023年9月', '2023-09', 'month', 9],
    ['2023/9', '2023-09', 'month', 9],
    ['2023.12', '2023-12', 'month', 12],
    ['2023.5', '2023-05', 'month', 5],
    [' 2023 - 09 ', '2023-09', 'month', 9],
  ])('reads %j as %s', (input, text, kind, index) => {
    expect(parsePeriod(input)).toMatchObject({ text, kind, index, year: 2023 });
  });

  it.each([
    '',
    'abc',
    '2023-13',
    '2023-Q5',
    '2023-00',
    '1800',
    '23',
    '2023-09-32',
    '2023-13-01',
    202309,
    9999,
  ])('rejects %j', (input) => {
    expect(parsePeriod(input)).toBeNull();
  });

  // Excel turns a typed 2023-09 into the date 2023-09-01: as text (the cell keeps its
  // date format) or as the serial number 45170 (it lost it). Either reads as the month.
  it.each([
    ['2023-09-01', '2023-09'],
    ['2023/9/1', '2023-09'],
    ['2023年9月1日', '2023-09'],
    ['2023-09-01 00:00', '2023-09'],
    ['２０２３-０９-３０', '2023-09'],
    [45170, '2023-09'],
    [45199.75, '2023-09'],
    [45292, '2024-01'],
  ])('reads the date %j as the month %s', (input, text) => {
    expect(parsePeriod(input)).toMatchObject({ text, kind: 'month' });
  });
});

describe('parseYear', () => {
  it.each([
    ['2020', 2020],
    [2025, 2025],
    ['2020年', 2020],
    ['２０２０', 2020],
  ])('reads %j as %d', (input, year) => {
    expect(parseYear(input)).toBe(year);
  });

  it.each(['2023-Q3', '2023-09', 'abc', 2020.5, ''])(
    'rejects %j, which is not a plain year',
    (input) => {
      expect(parseYear(input)).toBeNull();
    },
  );
});

describe('period arithmetic', () => {
  it.each([
    ['2023', 12, 2024, '2023-12-31'],
    ['2023-Q1', 3, 2023.25, '2023-03-31'],
    ['2023-Q3', 9, 2023.75, '2023-09-30'],
    ['2024-02', 2, 2024 + 2 / 12, '2024-02-29'],
    ['2023-02', 2, 2023 + 2 / 12, '2023-02-28'],
  ])('%s ends after %d months, at %d, on %s', (text, months, position, end) => {
    const period = p(text);
    expect(monthsIntoYear(period)).toBe(months);
    expect(periodEndPosition(period)).toBeCloseTo(position, 10);
    expect(periodEndDate(period)).toBe(end);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2023-12-31', 30)).toBe('2024-01-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2023-12-31', '2024-01-30')).toBe(30);
    expect(daysBetween('2024-01-30', '2023-12-31')).toBe(-30);
  });

  it('sorts a year after its own quarters and months', () => {
    const sorted = ['2023', '2023-Q4', '2023-12', '2023-Q1', '2022']
      .map(p)
      .sort(comparePeriods)
      .map((x) => x.text);
    expect(sorted).toEqual(['2022', '2023-Q1', '2023-12', '2023-Q4', '2023']);
  });

  it('lists the periods of a year by frequency', () => {
    expect(periodsOfYear(2023, 'year').map((x) => x.text)).toEqual(['2023']);
    expect(periodsOfYear(2023, 'quarter').map((x) => x.text)).toEqual([
      '2023-Q1',
      '2023-Q2',
      '2023-Q3',
      '2023-Q4',
    ]);
    expect(periodsOfYear(2023, 'month')).toHaveLength(12);
    expect(periodsOfYear(2023, 'month')[8]?.text).toBe('2023-09');
  });

  it.each([
    ['2023-02-28', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['2023-9-1', false],
  ])('isIsoDate(%j) is %s', (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
  });
});

/** A date the way the calendar of a Date reads it: what addDays and isIsoDate must agree with. */
function dateCalendar(y: number, m: number, d: number, days: number): string {
  return new Date(Date.UTC(y, m - 1, d) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('period and date shortcuts agree with the general rules', () => {
  const digits = (n: number): fc.Arbitrary<string> =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
  const periodLike = fc.oneof(
    digits(4),
    fc
      .tuple(digits(4), fc.constantFrom('-Q', '-q', '-', 'Q', '/'), digits(1))
      .map((a) => a.join('')),
    fc.tuple(digits(4), fc.constantFrom('-', '.', '/', '年'), digits(2)).map((a) => a.join('')),
    fc.string({ maxLength: 8 }),
  );

  it('reads a period written the canonical way as the same text padded would read', () => {
    // A leading space takes the general path (the text is normalised first).
    fc.assert(
      fc.property(periodLike, (s) => {
        expect(parsePeriod(s)).toEqual(parsePeriod(` ${s}`));
      }),
      { numRuns: 3000 },
    );
  });

  it('adds and counts days as a Date does, across centuries and leap years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        // Within ±820 years: every answer is past year 100, which Date.UTC would read as 19xx.
        fc.integer({ min: -300_000, max: 300_000 }),
        (y, m, d, days) => {
          const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const expected = dateCalendar(y, m, d, days);
          expect(addDays(date, days)).toBe(expected);
          // Past year 9999 a Date writes `+010000-01`, no date to count to.
          if (d <= 28 && isIsoDate(expected)) expect(daysBetween(date, expected)).toBe(days);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('knows the length of every month as a Date does', () => {
    for (const y of [1900, 1999, 2000, 2023, 2024, 2100, 2400]) {
      for (let m = 1; m <= 12; m += 1) {
        const last = Number(dateCalendar(y, m + 1, 1, -1).slice(8));
        const mm = String(m).padStart(2, '0');
        expect(isIsoDate(`${y}-${mm}-${last}`)).toBe(true);
        expect(isIsoDate(`${y}-${mm}-${last + 1}`)).toBe(false);
        if (y <= 2200 && (m === 2 || m === 12))
          expect(periodEndDate(p(`${y}-${mm}`))).toBe(`${y}-${mm}-${last}`);
      }
    }
  });
});
