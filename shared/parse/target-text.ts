import { t, type Bilingual } from '../i18n/messages.ts';
import type { Aggregation, Direction } from '../model/indicator.ts';
import type { Comparator, Line } from '../model/line.ts';
import {
  isNoneText,
  readNumberLiteral,
  splitMarkers,
  tidy,
  unitMultiplier,
} from './number-text.ts';
import { compactText } from './text-normalize.ts';

/**
 * A target as written in a plan (`98.5%以上`, `低于0.36`, `每年新增300家`, `3~5`, `持续提升`).
 *
 * `value` is the number times the multiplier its unit starts with (`突破57万户` → 570000,
 * multiplier 10000, unit `万户`); the line's value is scaled the same way. Use `inUnit`
 * (number-text.ts) to express it in an indicator's unit. `value` is null for a band
 * (both bounds are on the line) and for qualitative targets.
 */
export type TargetResult =
  | {
      ok: true;
      value: number | null;
      multiplier: number;
      /** The target as a condition; null for a plain number or a qualitative target. */
      line: Line | null;
      /** Unit written with the number (`%`, `分`, `批次/千人`, `万户`), '' when none. */
      unit: string;
      /** `growth` for 年均增长, `annual` for 每年新增, `cumulative` for 累计. */
      aggregationHint: Aggregation | null;
      directionHint: Direction | null;
      /** Words only (`持续提升`): no number to check against. */
      qualitative: boolean;
      markers: string[];
    }
  | { ok: false; reason: 'empty' | 'none' | 'invalid'; message: Bilingual };

type Ok = Extract<TargetResult, { ok: true }>;

interface Prefix {
  comparator?: Comparator;
  aggregation?: Aggregation;
  direction?: Direction;
}

/**
 * Words before the number. Strictness per docs/architecture.md §4.6: 低于/高于/超过/突破/</> strict;
 * 不低于/不高于/控制在/≥/≤ inclusive. Tried longest first.
 */
const PREFIXES: Readonly<Record<string, Prefix>> = {
  '>=': { comparator: 'gte' },
  '≥': { comparator: 'gte' },
  '≧': { comparator: 'gte' },
  '⩾': { comparator: 'gte' },
  '<=': { comparator: 'lte' },
  '≤': { comparator: 'lte' },
  '≦': { comparator: 'lte' },
  '⩽': { comparator: 'lte' },
  '>': { comparator: 'gt' },
  '<': { comparator: 'lt' },
  '=': { comparator: 'eq' },
  不低于: { comparator: 'gte' },
  不少于: { comparator: 'gte' },
  不小于: { comparator: 'gte' },
  不高于: { comparator: 'lte' },
  不超过: { comparator: 'lte' },
  不大于: { comparator: 'lte' },
  不多于: { comparator: 'lte' },
  控制在: { comparator: 'lte' },
  低于: { comparator: 'lt' },
  少于: { comparator: 'lt' },
  小于: { comparator: 'lt' },
  高于: { comparator: 'gt' },
  超过: { comparator: 'gt' },
  大于: { comparator: 'gt' },
  多于: { comparator: 'gt' },
  突破: { comparator: 'gt' },
  年均增长率: { aggregation: 'growth' },
  年均增长: { aggregation: 'growth' },
  年均增速: { aggregation: 'growth' },
  年均增幅: { aggregation: 'growth' },
  年平均增长: { aggregation: 'growth' },
  每年新增: { aggregation: 'annual' },
  每年增加: { aggregation: 'annual' },
  年均新增: { aggregation: 'annual' },
  每年: { aggregation: 'annual' },
  五年累计: { aggregation: 'cumulative' },
  期间累计: { aggregation: 'cumulative' },
  累计新增: { aggregation: 'cumulative' },
  累计达到: { aggregation: 'cumulative' },
  累计: { aggregation: 'cumulative' },
  提高到: { direction: 'higher' },
  提高至: { direction: 'higher' },
  提升到: { direction: 'higher' },
  提升至: { direction: 'higher' },
  增长到: { direction: 'higher' },
  增加到: { direction: 'higher' },
  增至: { direction: 'higher' },
  降低到: { direction: 'lower' },
  降低至: { direction: 'lower' },
  下降到: { direction: 'lower' },
  下降至: { direction: 'lower' },
  减少到: { direction: 'lower' },
  减少至: { direction: 'lower' },
  降至: { direction: 'lower' },
  保持在: {},
  维持在: {},
  稳定在: {},
  保持: {},
  稳定: {},
  达到: {},
  力争: {},
  确保: {},
  新增: {},
  大约: {},
  约: {},
  达: {},
};
const PREFIX_WORDS = Object.keys(PREFIXES).sort((a, b) => b.length - a.length);

/** Words after the number and unit: 以上/以下 inclusive, 以内/内 inclusive upper bound. */
const SUFFIXES: ReadonlyArray<[string, Comparator | null]> = [
  ['及以上', 'gte'],
  ['或以上', 'gte'],
  ['以上', 'gte'],
  ['及以下', 'lte'],
  ['或以下', 'lte'],
  ['以下', 'lte'],
  ['以内', 'lte'],
  ['之内', 'lte'],
  ['内', 'lte'],
  ['左右', null],
];

/** Range separators between two numbers: `3~5`, `3-5`, `3至5`, `3到5`, `3—5`. */
const BAND = /^(.*?)(?:~|至|到|——|—|–|-)([+-]?[\d.].*)$/;

const HIGHER_WORDS = /提升|提高|增长|增加|上升|扩大|改善|优化|增强|加强|加快/;
const LOWER_WORDS = /下降|降低|减少|压降|缩小|减轻|遏制/;
const STEADY_WORDS = /稳定|保持|巩固|维持/;

/** Anything else in a unit means the text was not a target (`12.3.4`, `5>3`). */
const NOT_UNIT = /[\d.~<>=≤≥]/;

/**
 * Reads target text into a number, a line, a unit and hints for aggregation and
 * direction. A numeric cell is a plain target (shown as a percentage when `percentCell`).
 * The raw text is kept in `line.text`.
 */
export function parseTargetText(
  input: string | number | boolean | null,
  opts: { percentCell?: boolean } = {},
): TargetResult {
  if (input === null) return { ok: false, reason: 'empty', message: t('parse.value.empty') };
  if (typeof input === 'boolean') return invalid(String(input).toUpperCase());
  if (typeof input === 'number') {
    const percent = opts.percentCell === true;
    const value = percent ? tidy(input * 100) : input;
    // Not finite as given, or a percent cell near the largest double scaled past it.
    if (!Number.isFinite(value)) return invalid(String(input));
    return success({ value, unit: percent ? '%' : '' });
  }
  const original = input.trim();
  const compact = compactText(original);
  if (compact === '') return { ok: false, reason: 'empty', message: t('parse.value.empty') };
  if (isNoneText(compact))
    return { ok: false, reason: 'none', message: t('parse.value.none', { value: original }) };
  if (!/\d/.test(compact)) return qualitative(compact, original);

  const { text: unmarked, markers } = splitMarkers(compact);
  const words = stripPrefixes(unmarked);
  const suffix = stripSuffix(words.rest);
  const comparator = combine(words.prefix.comparator, suffix.comparator);
  if (comparator === 'conflict') {
    return {
      ok: false,
      reason: 'invalid',
      message: t('parse.target.conflict', { value: original }),
    };
  }
  const band = readBand(suffix.rest, original);
  if (band) {
    if (!band.ok) return band;
    // A band is a line of its own; a comparison word on top of it (`3~5以内`) says two things.
    return comparator ? invalid(original) : { ...band, markers };
  }
  const literal = readNumberLiteral(suffix.rest);
  if (!literal || NOT_UNIT.test(literal.rest)) return invalid(original);
  const unit = literal.rest;
  const multiplier = unitMultiplier(unit);
  const value = tidy(literal.raw * multiplier);
  // `1e308万` scales past the largest double.
  if (!Number.isFinite(value)) return invalid(original);
  const aggregationHint = words.prefix.aggregation ?? null;
  const line: Line | null = comparator ? { comparator, value, unit, text: original } : null;
  const impliedHigher =
    aggregationHint !== null && aggregationHint !== 'level' && aggregationHint !== 'threshold';
  const directionHint =
    directionOfComparator(comparator) ??
    words.prefix.direction ??
    (impliedHigher ? 'higher' : null);
  return success({ value, multiplier, line, unit, aggregationHint, directionHint, markers });
}

/** A successful result: a plain number unless the fields say more. */
function success(fields: Partial<Omit<Ok, 'ok'>>): Ok {
  return {
    ok: true,
    value: null,
    multiplier: 1,
    line: null,
    unit: '',
    aggregationHint: null,
    directionHint: null,
    qualitative: false,
    markers: [],
    ...fields,
  };
}

function invalid(value: string): TargetResult {
  return { ok: false, reason: 'invalid', message: t('parse.target.invalid', { value }) };
}

/** Words only: a direction word makes it a qualitative target, anything else is not a target. */
function qualitative(compact: string, original: string): TargetResult {
  const higher = HIGHER_WORDS.test(compact);
  const lower = LOWER_WORDS.test(compact);
  if (!higher && !lower && !STEADY_WORDS.test(compact)) return invalid(original);
  const directionHint: Direction | null = higher === lower ? null : higher ? 'higher' : 'lower';
  return success({ directionHint, qualitative: true });
}

/** Strips leading words (`力争达到`, `年均增长`, `不低于` …), merging what they say. */
function stripPrefixes(s: string): { prefix: Prefix; rest: string } {
  const prefix: Prefix = {};
  let rest = s;
  for (let found = true; found;) {
    found = false;
    for (const word of PREFIX_WORDS) {
      if (!rest.startsWith(word)) continue;
      const p = PREFIXES[word] ?? {};
      prefix.comparator ??= p.comparator;
      prefix.aggregation ??= p.aggregation;
      prefix.direction ??= p.direction;
      rest = rest.slice(word.length);
      found = true;
      break;
    }
  }
  return { prefix, rest };
}

function stripSuffix(s: string): { comparator: Comparator | null; rest: string } {
  let rest = s;
  let comparator: Comparator | null = null;
  for (const [word, c] of SUFFIXES) {
    if (!rest.endsWith(word)) continue;
    rest = rest.slice(0, -word.length);
    comparator = c;
    if (c === null) return stripSuffix(rest);
    break;
  }
  return { comparator, rest };
}

/** A prefix and a suffix must agree in direction (`不低于90以上`); the prefix sets strictness. */
function combine(
  prefix: Comparator | undefined,
  suffix: Comparator | null,
): Comparator | null | 'conflict' {
  if (!prefix) return suffix;
  if (!suffix || directionOfComparator(prefix) === directionOfComparator(suffix)) return prefix;
  return 'conflict';
}

/** The direction a comparator implies: ≥/> higher is better, ≤/< lower is better, between a band. */
export function directionOfComparator(c: Comparator | null | undefined): Direction | null {
  if (c === 'gt' || c === 'gte') return 'higher';
  if (c === 'lt' || c === 'lte') return 'lower';
  if (c === 'between') return 'band';
  return null;
}

/** `3~5`, `3%~5%`, `3-5家`: a band, or null when the text is not a range at all. */
function readBand(s: string, original: string): TargetResult | null {
  const low = readNumberLiteral(s);
  if (!low) return null;
  const m = BAND.exec(low.rest);
  if (!m) return null;
  const high = readNumberLiteral(m[2] ?? '');
  const lowUnit = m[1] ?? '';
  if (!high || NOT_UNIT.test(lowUnit) || NOT_UNIT.test(high.rest)) return invalid(original);
  if (lowUnit !== '' && high.rest !== '' && lowUnit !== high.rest) {
    return {
      ok: false,
      reason: 'invalid',
      message: t('parse.target.band_unit', { value: original }),
    };
  }
  const unit = high.rest || lowUnit;
  const multiplier = unitMultiplier(unit);
  const value = tidy(low.raw * multiplier);
  const upper = tidy(high.raw * multiplier);
  if (!Number.isFinite(value) || !Number.isFinite(upper)) return invalid(original);
  if (value >= upper) {
    return {
      ok: false,
      reason: 'invalid',
      message: t('parse.target.band_order', { value: original }),
    };
  }
  const line: Line = { comparator: 'between', value, upper, unit, text: original };
  return success({ multiplier, line, unit, directionHint: 'band' });
}
