/**
 * Five-field cron patterns as planners type a schedule into Settings (`0 2 * * *`):
 * minute, hour, day of month, month, day of week; each field `*`, a number, a range
 * `1-5`, a list `1,15` or a step `*\/15`. Names (`MON`) and seconds are not accepted, so
 * the text means the same to every scheduler that reads it.
 */

/** Inclusive bounds of each field, in order. */
const FIELD_BOUNDS: readonly [number, number][] = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 7],
];

/** True when the text is a five-field cron pattern whose numbers are within range. */
export function isCronPattern(text: string): boolean {
  const fields = text.trim().split(/\s+/);
  if (fields.length !== FIELD_BOUNDS.length) return false;
  return fields.every((field, i) => {
    const bounds = FIELD_BOUNDS[i];
    return bounds !== undefined && field.split(',').every((part) => isPart(part, bounds));
  });
}

function isPart(part: string, [min, max]: [number, number]): boolean {
  const m = /^(\*|(\d{1,2})(?:-(\d{1,2}))?)(?:\/(\d{1,2}))?$/.exec(part);
  if (!m) return false;
  const inRange = (s: string | undefined): boolean =>
    s === undefined || (Number(s) >= min && Number(s) <= max);
  const step = m[4];
  if (step !== undefined && Number(step) === 0) return false;
  if (m[3] !== undefined && Number(m[3]) < Number(m[2])) return false;
  return inRange(m[2]) && inRange(m[3]);
}
