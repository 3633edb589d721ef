/**
 * Numbers as the engine hands them out: never NaN or Infinity (null instead), percentages
 * rounded to one decimal for output only, figures trimmed for messages.
 */

/** The number when finite, else null. */
export function finiteOrNull(x: number | null | undefined): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** Rounded to one decimal (41.176 → 41.2), null when not finite; never -0. */
export function round1(x: number | null): number | null {
  const v = finiteOrNull(x);
  if (v === null) return null;
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r;
}

/**
 * A computed figure (expected, forecast) without binary noise: 162.799999999999 → 162.8.
 * Twelve significant digits keep every figure a plan writes exactly.
 */
export function figureOut(x: number | null | undefined): number | null {
  const v = finiteOrNull(x);
  return v === null ? null : Number(v.toPrecision(12));
}

/** A share as a percentage with one decimal (0.41176 → 41.2). */
export function percentOut(share: number | null): number | null {
  return share === null ? null : round1(share * 100);
}

/**
 * A figure for a message: four significant digits below 10 000 (a leader reads 0.3929, not
 * 0.392857), two decimals above, trailing zeros dropped (0.36, 12.96, 20755); `—` when none.
 */
export function figureText(x: number | null): string {
  const v = finiteOrNull(x);
  if (v === null) return '—';
  const r = Number(Math.abs(v) >= 1e4 ? v.toFixed(2) : v.toPrecision(4));
  return String(r === 0 ? 0 : r);
}
