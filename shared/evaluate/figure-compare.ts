/**
 * Compares two figures with a relative tolerance, so float noise (9 / 250000 * 10000 is
 * 0.36000000000000004) does not decide a boundary case such as `低于0.36`.
 */
const RELATIVE_TOLERANCE = 1e-9;

/** -1, 0 or 1 as a is below, equal to (within tolerance) or above b. */
export function compareFigures(a: number, b: number): -1 | 0 | 1 {
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  if (Math.abs(a - b) <= RELATIVE_TOLERANCE * scale) return 0;
  return a < b ? -1 : 1;
}
