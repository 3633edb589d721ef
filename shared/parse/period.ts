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

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * `2023`, `2023-Q3`, `2023-09` read as {@link parsePeriod} reads them, without normalising
 * first: how the contract writes periods and every row keeps them (a 50,000-row Actuals
 * table reads its periods again per indicator × region). Undefined for any other text.
 */
function canonicalPeriod(s: string): Period | null | undefined {
  if (s.length !== 4 && s.length !== 7) return undefined;
  for (let i = 0; i < 4; i += 1) if (!isDigitCode(s.charCodeAt(i))) return undefined;
  const year = Number(s.slice(0, 4));
  if (s.length === 4) return yearOk(year) ? { text: s, year, kind: 'year', index: 0 } : null;
  if (s[4] !== '-') return undefined;
  const c5 = s.charCodeAt(5);
  const c6 = s.charCodeAt(6);
  if (s[5] === 'Q' && c6 >= 49 && c6 <= 52) {
    return yearOk(year) ? { text: s, year, kind: 'quarter', index: c6 - 48 } : null;
  }
  if (isDigitCode(c5) && isDigitCode(c6)) return monthPeriod(year, (c5 - 48) * 10 + (c6 - 48));
  return undefined;
}

/** How many texts the two memories below hold at most; no plan comes near it. */
const REMEMBERED = 4096;

/** Remembers `value` under `key`, forgetting everything first when full. */
function remember<T>(memory: Map<string, T>, key: string, value: T): T {
  if (memory.size >= REMEMBERED) memory.clear();
  memory.set(key, value);
  return value;
}

/**
 * Canonical periods already read, by their text: a plan's Actuals repeat a few dozen
 * periods down tens of thousands of rows, and each is read again per indicator × region.
 * Frozen, since every reader of the same text gets the same one.
 */
const CANONICAL_READ = new Map<string, Period | null>();

function rememberedCanonicalPeriod(s: string): Period | null | undefined {
  const known = CANONICAL_READ.get(s);
  if (known !== undefined) return known;
  const read = canonicalPeriod(s);
  if (read === undefined) return undefined;
  return remember(CANONICAL_READ, s, read && Object.freeze(read));
}

/**
 * Reads a period; null when the text is not one. A number like 2023 is a year; a date
 * (`2023-09-01`, or an Excel serial date such as 45170) is the month it falls in.
 */
export function parsePeriod(input: string | number): Period | null {
  if (typeof input === 'number' && input >= SERIAL_MIN) return dateAsMonth(input);
  const canonical = rememberedCanonicalPeriod(String(input));
  if (canonical !== undefined) return canonical;
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

const DAY_MS = 86_400_000;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const days = Number.isInteger(year) ? MONTH_DAYS[month - 1] : undefined;
  if (days === undefined) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month !== 2) return days;
  // Date.UTC reads years 0–99 as 1900–1999; so does this.
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/** End dates already worked out, by canonical period text (asked for once per Actuals row). */
const END_DATES = new Map<string, string>();

/** Last calendar day of the period, `YYYY-MM-DD`. */
export function periodEndDate(p: Period): string {
  const known = END_DATES.get(p.text);
  if (known !== undefined) return known;
  const month = monthsIntoYear(p);
  return remember(
    END_DATES,
    p.text,
    `${p.year}-${String(month).padStart(2, '0')}-${String(daysInMonth(p.year, month)).padStart(2, '0')}`,
  );
}

/** Where a `YYYY-MM-DD` date has its digits. */
const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/** Shaped `DDDD-DD-DD` (digits only), so its parts can be sliced rather than split. */
function isDigitDate(date: string): boolean {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return false;
  for (const i of DATE_DIGITS) if (!isDigitCode(date.charCodeAt(i))) return false;
  return true;
}

/** Milliseconds since 1970 at the start of a `YYYY-MM-DD` day (UTC; no time zone involved). */
function dayStart(date: string): number {
  if (isDigitDate(date)) {
    const y = Number(date.slice(0, 4));
    return Date.UTC(y, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  }
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/**
 * The `YYYY-MM-DD` of the day holding a time value, by day-number arithmetic (Hinnant's
 * civil-from-days): what `toISOString` gives, without a Date and its formatting per call.
 */
function isoDay(ms: number): string {
  // What a Date keeps of a time value: whole milliseconds, within ±8.64e15.
  const kept = Math.trunc(ms);
  const z = Math.floor(kept / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // Past four digits (or not a date at all) toISOString has its own form, or throws.
  if (!(year >= 0 && year <= 9999)) return new Date(ms).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Adds days to a `YYYY-MM-DD` calendar date (no time zone involved). */
export function addDays(date: string, days: number): string {
  return isoDay(dayStart(date) + days * DAY_MS);
}

/** Whole days from a to b (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayStart(b) - dayStart(a)) / DAY_MS);
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
