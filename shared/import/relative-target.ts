/**
 * Targets a plan states against its baseline or as a word rather than a figure:
 * `全覆盖` (full coverage: 100% of a coverage indicator), `下降10%` (10% below the
 * baseline), `降低10个百分点` (10 percentage points below it), and the rising forms
 * (`提高5%`, `提升2个百分点`). They become the figure they mean, and the importer says how
 * it read them.
 */
import type { Direction } from '../model/indicator.ts';
import { normalizeText } from '../parse/text-normalize.ts';

/** A worded target read as a figure, and how. */
export interface TargetReading {
  /** The target as the contract reads it (`100%`, `5.4`). */
  text: string;
  direction: Direction;
  /** How it was read: full coverage, a relative change, or a change in percentage points. */
  how: 'coverage' | 'relative' | 'points';
}

const FULL_COVERAGE = /^(?:实现|达到)?全覆盖$/;
const CHANGE = /^(下降|降低|减少|压降|提高|提升|增长|增加)(\d+(?:\.\d+)?)(%|个百分点)$/;
const FALLS = /下降|降低|减少|压降/;

/** Reads a worded target against the baseline (a number, or null when the table has none). */
export function readWordedTarget(
  raw: string,
  baseline: number | null,
  unit: string,
): TargetReading | null {
  const text = normalizeText(raw).replace(/\s+/g, '');
  if (FULL_COVERAGE.test(text)) {
    return unit === '%' || unit === ''
      ? { text: '100%', direction: 'higher', how: 'coverage' }
      : null;
  }
  const m = CHANGE.exec(text);
  if (!m || baseline === null) return null;
  const falls = FALLS.test(m[1] ?? '');
  const by = Number(m[2]);
  const how = m[3] === '%' ? 'relative' : 'points';
  const change = how === 'relative' ? (baseline * by) / 100 : by;
  const value = Math.round((baseline + (falls ? -change : change)) * 1e6) / 1e6;
  return { text: String(value), direction: falls ? 'lower' : 'higher', how };
}
