import { t, type Bilingual } from '../i18n/messages.ts';
import { compactText } from './text-normalize.ts';

/**
 * A number read from a cell. `value` is `raw × multiplier`: `57万` gives raw 57,
 * multiplier 10000, value 570000, unit `万`. An indicator whose unit already carries the
 * multiplier (`万户`) stores 57, not 570000: {@link inUnit} picks the right one.
 * Percentages stay percentage numbers: `98.5%` gives 98.5 with `percent` true.
 */
export type NumberResult =
  | {
      ok: true;
      value: number;
      /** The number as written, before the multiplier. */
      raw: number;
      /** 1, or 10000 for `万`, 100000000 for `亿`. */
      multiplier: number;
      percent: boolean;
      /** `%`, `万`, `亿` or ''. */
      unit: string;
      /** Footnote marks written after the number (`*` = cumulative in plan tables, `△`). */
      markers: string[];
    }
  | { ok: false; reason: 'empty' | 'none' | 'invalid'; message: Bilingual };

/** Chinese multipliers written straight after a number. */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/** Footnote marks planners put after figures. */
const MARKERS = new Set(['*', '△', '▲', '※']);

/** Texts that mean "no figure" (compared after normalizing and lower-casing). */
const NONE_TEXTS = new Set([
  '/',
  '\\',
  '-',
  '--',
  '—',
  '——',
  '–',
  '––',
  '无',
  '暂无',
  '不适用',
  'n/a',
  'na',
]);

/**
 * A number literal at the start of normalized text: sign, digits with optional
 * thousands groups (`1,899`, `20 755`), decimals, exponent. Groups must be exactly three
 * digits so `1,89` is not mistaken for 189.
 */
const LITERAL =
  /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?/i;

/** True for the texts that mean "no figure": `/`, `—`, `-`, `无`, `N/A` … */
export function isNoneText(normalized: string): boolean {
  return NONE_TEXTS.has(normalized.toLowerCase());
}

/** Rounds away binary noise (`0.985 × 100` → 98.5, `1.1 × 10000` → 11000). */
export function tidy(n: number): number {
  return Number(n.toPrecision(15));
}

/**
 * The number literal at the start of already compacted text, and what follows it.
 * null when the text does not start with a finite number.
 */
export function readNumberLiteral(s: string): { raw: number; rest: string } | null {
  const m = LITERAL.exec(s);
  if (!m) return null;
  const raw = Number(m[0].replace(/[, ]/g, ''));
  return Number.isFinite(raw) ? { raw, rest: s.slice(m[0].length) } : null;
}

/** Splits trailing footnote marks off: `44*` → [`44`, [`*`]]. */
export function splitMarkers(s: string): { text: string; markers: string[] } {
  let text = s;
  const markers: string[] = [];
  for (let last = text.slice(-1); last !== '' && MARKERS.has(last); last = text.slice(-1)) {
    markers.unshift(last);
    text = text.slice(0, -1).trimEnd();
  }
  return { text, markers };
}

/**
 * The multiplier a unit starts with: `万户` → 10000, `亿元` → 100000000, `户` → 1.
 * `万台` in `次/万台` does not count: only a leading character does.
 */
export function unitMultiplier(unit: string): number {
  return MULTIPLIERS[unit.charAt(0)] ?? 1;
}

/**
 * A parsed value expressed in an indicator's unit: `57万` is 57 for unit `万户` but 570000
 * for unit `户` or no unit.
 */
export function inUnit(value: number, multiplier: number, indicatorUnit: string): number {
  if (multiplier === 1) return value;
  return unitMultiplier(indicatorUnit.trim().normalize('NFKC')) === multiplier
    ? tidy(value / multiplier)
    : value;
}

/**
 * Reads a number the way planners write it: full-width digits, thousands separators,
 * `%`, `万`/`亿`, sign, `约`, trailing `*`/`△`. A numeric cell shown as a percentage
 * (`percentCell`) reads as a percentage number: 0.985 → 98.5.
 * Never returns NaN or Infinity.
 */
export function parseNumberText(
  input: string | number | boolean | null,
  opts: { percentCell?: boolean } = {},
): NumberResult {
  if (input === null) return empty();
  if (typeof input === 'boolean') return invalid(String(input).toUpperCase());
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return invalid(String(input));
    const value = opts.percentCell ? tidy(input * 100) : input;
    // A percent cell near the largest double would scale past it.
    if (!Number.isFinite(value)) return invalid(String(input));
    const percent = opts.percentCell === true;
    return {
      ok: true,
      value,
      raw: value,
      multiplier: 1,
      percent,
      unit: percent ? '%' : '',
      markers: [],
    };
  }
  const s = compactText(input);
  if (s === '') return empty();
  if (isNoneText(s))
    return { ok: false, reason: 'none', message: t('parse.value.none', { value: input.trim() }) };
  const { text, markers } = splitMarkers(s.replace(/^(?:大约|约)/, ''));
  const literal = readNumberLiteral(text);
  if (!literal) return invalid(input.trim());
  const { raw, rest } = literal;
  if (rest === '' || rest === '%') {
    return { ok: true, value: raw, raw, multiplier: 1, percent: rest === '%', unit: rest, markers };
  }
  const multiplier = MULTIPLIERS[rest];
  if (multiplier === undefined) return invalid(input.trim());
  const value = tidy(raw * multiplier);
  if (!Number.isFinite(value)) return invalid(input.trim());
  return { ok: true, value, raw, multiplier, percent: false, unit: rest, markers };
}

function empty(): NumberResult {
  return { ok: false, reason: 'empty', message: t('parse.value.empty') };
}

function invalid(value: string): NumberResult {
  return { ok: false, reason: 'invalid', message: t('parse.number.invalid', { value }) };
}
