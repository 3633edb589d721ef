/**
 * Today's calendar date in the plan's time zone (docs/architecture.md §2.3: never silently UTC).
 * 01:30 UTC on 2025-03-31 is already 09:30 in Asia/Shanghai, and a check at 02:00
 * Shanghai time on the 1st belongs to the 1st even though UTC still says the 31st.
 * Shared by the worker's nightly check and the add-in's live one.
 */
/** True for an IANA time zone this runtime knows (`Asia/Shanghai`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function dateInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
