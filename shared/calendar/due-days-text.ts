import { t, type Bilingual } from '../i18n/messages.ts';
import { normalizeText } from '../parse/text-normalize.ts';

/** How a due period is counted: calendar days or working days. */
export type DueCalendar = 'natural' | 'workdays';

export interface DueDays {
  days: number;
  calendar: DueCalendar;
}

export type DueDaysResult = { ok: true; value: DueDays } | { ok: false; message: Bilingual };

/** A due period as written: `calendar` is null for a bare number, which follows Settings `due.calendar`. */
export interface DueDaysSpec {
  days: number;
  calendar: DueCalendar | null;
}

export type DueDaysSpecResult =
  { ok: true; value: DueDaysSpec } | { ok: false; message: Bilingual };

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
export function parseDueDays(input: string | number, defaultCalendar?: DueCalendar): DueDaysResult;
/** With a null default a bare number keeps `calendar: null`, to be settled by Settings later. */
export function parseDueDays(input: string | number, defaultCalendar: null): DueDaysSpecResult;
export function parseDueDays(
  input: string | number,
  defaultCalendar: DueCalendar | null = 'natural',
): DueDaysSpecResult {
  const text = String(input);
  const compact = normalizeText(text).toLowerCase().replace(/\s+/g, '');
  const invalid: DueDaysSpecResult = {
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

/** A due period as a cell holds it: a bare number stays a number; otherwise `10个工作日` / `10天`. */
export function dueDaysCell(spec: DueDaysSpec): number | string {
  if (spec.calendar === null) return spec.days;
  return spec.calendar === 'workdays' ? `${spec.days}个工作日` : `${spec.days}天`;
}
