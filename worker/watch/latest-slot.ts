/** How far back a missed slot is looked for: a month covers daily and weekly schedules. */
export const MAX_LOOKBACK_DAYS = 31;

/** The slot unit: a second for six-field patterns (with a seconds field), else a minute. */
export function slotStepMs(pattern: string): number {
  return pattern.trim().split(/\s+/).length >= 6 ? 1_000 : 60_000;
}

/**
 * The latest instant at or before `now` that the schedule matches, but after `after`;
 * null when there is none in that window (or in the last {@link MAX_LOOKBACK_DAYS} days).
 * Steps back one slot unit at a time with the schedule's own matcher, so time zones and
 * day-of-week rules are node-cron's; a day of minutes is 1,440 steps.
 */
export function latestSlot(
  matches: (instant: Date) => boolean,
  pattern: string,
  now: Date,
  after: Date | null,
): Date | null {
  const step = slotStepMs(pattern);
  const floor = Math.max(
    after === null ? -Infinity : after.getTime(),
    now.getTime() - MAX_LOOKBACK_DAYS * 24 * 60 * 60 * 1000,
  );
  for (let t = Math.floor(now.getTime() / step) * step; t > floor; t -= step) {
    if (matches(new Date(t))) return new Date(t);
  }
  return null;
}
