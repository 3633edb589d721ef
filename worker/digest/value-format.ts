// Planners read "20,755 家", "98.5%", "0.36 次/万台": few decimals, grouping, the unit.
const LARGE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const MEDIUM = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const SMALL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** A number as a leader reads it, with its unit; `—` when there is none. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const magnitude = Math.abs(value);
  const format = magnitude >= 100 ? LARGE : magnitude >= 1 ? MEDIUM : SMALL;
  // `-0.00001` would print as `-0`.
  const number = format.format(value).replace(/^-0$/, '0');
  const u = unit.trim();
  if (u === '') return number;
  // Percent signs sit on the number; other units follow after a space.
  return u === '%' || u === '％' ? `${number}%` : `${number} ${u}`;
}
