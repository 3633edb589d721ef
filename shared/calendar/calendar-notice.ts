import { t, type Bilingual } from '../i18n/messages.ts';

/**
 * The one notice of a run whose due dates fell in years the holiday calendar does not
 * cover yet (counted Monday–Friday): said once per run, however many workbooks, indicators
 * and periods it touched. Null when every due date was counted on the official calendar.
 */
export function estimatedCalendarNotice(
  yearLists: readonly (readonly number[])[],
): Bilingual | null {
  const years = [...new Set(yearLists.flat())].sort((a, b) => a - b);
  if (years.length === 0) return null;
  return t('calendar.estimated', { years: years.join(', ') });
}
