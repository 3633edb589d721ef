/**
 * Periods as the contract writes them: `2023`, `2023-Q3`, `2023-09`. Planners also type
 * `2023年`, `2023Q3`, `2023年第三季度`, `2023年9月`, `2023/9`; all read to the canonical text.
 */
export type PeriodKind = 'year' | 'quarter' | 'month';

export interface Period {
  /** Canonical text: `2023`, `2023-Q3`, `2023-09`. */
  text: string;
  year: number;
  kind: PeriodKind;
  /** Quarter 1–4 or month 1–12; 0 for a year. */
  index: number;
}

const CN_QUARTER: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

function toHalfWidth(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

function yearOk(y: number): boolean {
  return y >= 1900 && y <= 2200;
}

/** Excel's day 0 (serial dates count days from 1899-12-30 once past its 1900 leap-year quirk). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial dates read as periods: 1927-05-18 (10000, past any four-digit year) to 2199-12-31. */
const SERIAL_MIN = 10_000;
const SERIAL_MAX = 109_574;

function monthPeriod(year: number, month: number): Period | null {
  if (!yearOk(year) || month < 1 || month > 12) return null;
  return { text: `${year}-${String(month).padStart(2, '0')}`, year, kind: 'month', index: month };
}

/**
 * A date read as the month it falls in. Excel turns a typed `2023-09` (or `2023/9`,
 * `2023年9月`) into the date 2023-09-01, which comes back as `2023-09-01` text or, when
 * the cell lost its date format, as the serial number 45170.
 */
function dateAsMonth(input: string | number): Period | null {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < SERIAL_MIN || input > SERIAL_MAX) return null;
    const d = new Date(EXCEL_EPOCH_MS + Math.floor(input) * 86_400_000);
    return monthPeriod(d.getUTCFullYear(), d.getUTCMonth() + 1);
  }
  const m =
    /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?(?:[T ]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(
      input,
    );
  if (!m) return null;
  const day = Number(m[3]);
  return day >= 1 && day <= 31 ? monthPeriod(Number(m[1]), Number(m[2])) : null;
}

/**
 * Reads a period; null when the text is not one. A number like 2023 is a year; a date
 * (`2023-09-01`, or an Excel serial date such as 45170) is the month it falls in.
 */
export function parsePeriod(input: string | number): Period | null {
  if (typeof input === 'number' && input >= SERIAL_MIN) return dateAsMonth(input);
  const s = toHalfWidth(String(input)).toUpperCase();
  let m = /^(\d{4})(?:年|\.0+)?$/.exec(s);
  if (m) {
    const year = Number(m[1]);
    return yearOk(year) ? { text: String(year), year, kind: 'year', index: 0 } : null;
  }
  m = /^(\d{4})(?:年)?[-/]?(?:Q|第)([1-4一二三四])(?:季度|季)?$/.exec(s);
  if (m) {
    const year = Number(m[1]);
    const q = CN_QUARTER[m[2] ?? ''] ?? 0;
    return yearOk(year) && q ? { text: `${year}-Q${q}`, year, kind: 'quarter', index: q } : null;
  }
  m = /^(\d{4})(?:年|[-/.])(\d{1,2})月?$/.exec(s);
  if (m) return monthPeriod(Number(m[1]), Number(m[2]));
  return dateAsMonth(s);
}

/** Reads a year (`2020`, `2020年`, `２０２０`); null when the text is not a plain year. */
export function parseYear(input: string | number): number | null {
  const p = parsePeriod(input);
  return p && p.kind === 'year' ? p.year : null;
}

/** Months from the start of the period's year to the end of the period (12, 3/6/9/12, 1–12). */
export function monthsIntoYear(p: Period): number {
  if (p.kind === 'year') return 12;
  if (p.kind === 'quarter') return p.index * 3;
  return p.index;
}

/** The period's position on a continuous year axis at its end: 2023 → 2024.0, 2023-Q3 → 2023.75. */
export function periodEndPosition(p: Period): number {
  return p.year + monthsIntoYear(p) / 12;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Last calendar day of the period, `YYYY-MM-DD`. */
export function periodEndDate(p: Period): string {
  const month = monthsIntoYear(p);
  return `${p.year}-${String(month).padStart(2, '0')}-${String(daysInMonth(p.year, month)).padStart(2, '0')}`;
}

/** Adds days to a `YYYY-MM-DD` calendar date (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from a to b (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  const ms = (s: string): number => {
    const [y, m, d] = s.split('-').map(Number);
    return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((ms(b) - ms(a)) / 86_400_000);
}

/** Chronological order; on equal end position a year sorts after its quarters and months. */
export function comparePeriods(a: Period, b: Period): number {
  return periodEndPosition(a) - periodEndPosition(b) || kindRank(a) - kindRank(b);
}

function kindRank(p: Period): number {
  return p.kind === 'month' ? 0 : p.kind === 'quarter' ? 1 : 2;
}

/** The periods of a frequency in one year: [2023] or [2023-Q1..Q4] or [2023-01..12]. */
export function periodsOfYear(year: number, kind: PeriodKind): Period[] {
  if (kind === 'year') return [{ text: String(year), year, kind, index: 0 }];
  const n = kind === 'quarter' ? 4 : 12;
  return Array.from({ length: n }, (_, i) => {
    const index = i + 1;
    const text =
      kind === 'quarter' ? `${year}-Q${index}` : `${year}-${String(index).padStart(2, '0')}`;
    return { text, year, kind, index };
  });
}

/** `YYYY-MM-DD` check (a real calendar date). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}
