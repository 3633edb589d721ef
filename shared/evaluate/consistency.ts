/**
 * A formula-computed rate against the published (official) figure: they agree when they
 * differ by no more than rounding, i.e. half a unit in the last decimal place written in
 * the official value (0.36 → ±0.005; 98 → ±0.5).
 */
import { compareFigures } from './figure-compare.ts';

/** Decimal places of a number as JavaScript writes it (0.36 → 2, 1e-7 → 7, 98 → 0). */
function decimalPlaces(x: number): number {
  const [mantissa = '', exponent = '0'] = String(Math.abs(x)).split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

/** Half a unit in the last decimal place of the official value. */
export function roundingHalfUnit(official: number): number {
  return 0.5 * 10 ** -decimalPlaces(official);
}

/** True when computed and official differ by more than the official value's rounding. */
export function differsBeyondRounding(computed: number, official: number): boolean {
  return compareFigures(Math.abs(computed - official), roundingHalfUnit(official)) > 0;
}
