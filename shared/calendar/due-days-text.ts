import { t, type Bilingual } from '../i18n/messages.ts';
import { normalizeText } from '../parse/text-normalize.ts';

/** How a due period is counted: calendar days or working days. */
export type DueCalendar = 'natural' | 'workdays';

export interface DueDays {
  days: number;
  calendar: DueCalendar;
}

export type DueDaysResult = { ok: true; value: DueDays } | { ok: false; message: Bilingual };

/** The longest due period accepted: beyond a year it is a typo, not a deadline. */
export const MAX_DUE_DAYS = 366;

const WORKDAY_WORDS = [
  '个工作日',
  '工作日',
  'workdays',
  'workday',
  'workingdays',
  'workingday',
  'businessdays',
  'businessday',
];
const NATURAL_WORDS = ['个自然日', '自然日', '天', '日', 'days', 'day', 'd', ''];

/**
 * A due period as planners write it: `10个工作日` / `10 workdays` (working days),
 * `10天` / `10个自然日` / `10 days` (calendar days), or a bare `10`, which takes the
 * default (Settings `due.calendar`). Full-width digits and spaces are accepted.
 */
export function parseDueDays(
  input: string | number,
  defaultCalendar: DueCalendar = 'natural',
): DueDaysResult {
  const text = String(input);
  const compact = normalizeText(text).toLowerCase().replace(/\s+/g, '');
  const invalid: DueDaysResult = {
    ok: false,
    message: t('parse.due_days.invalid', { value: text.trim(), max: MAX_DUE_DAYS }),
  };
  const m = /^(\d+)(.*)$/.exec(compact);
  if (!m) return invalid;
  const days = Number(m[1]);
  const word = m[2] ?? '';
  if (days > MAX_DUE_DAYS) return invalid;
  if (WORKDAY_WORDS.includes(word)) return { ok: true, value: { days, calendar: 'workdays' } };
  if (word === '') return { ok: true, value: { days, calendar: defaultCalendar } };
  if (NATURAL_WORDS.includes(word)) return { ok: true, value: { days, calendar: 'natural' } };
  return invalid;
}
