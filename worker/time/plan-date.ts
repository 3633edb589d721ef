/** Moved to shared/parse/zone-date.ts: the add-in dates its live check the same way. */
export { dateInZone } from '../../shared/parse/zone-date.ts';

/** True when the IANA zone name is known to this runtime. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
