import chineseDays from 'chinese-days';
import { addDays } from '../parse/period.ts';

/**
 * Working days by the State Council's holiday arrangement (节假日安排), 调休 make-up days
 * included, from the maintained `chinese-days` package — never a hand-typed list. A year
 * the package does not cover yet falls back to Monday–Friday, and every answer says
 * whether it did, so the caller can tell the planners once per run.
 */

/** A day's answer; `estimated` is true when its year is not in the calendar yet. */
export interface WorkingDayAnswer {
  working: boolean;
  estimated: boolean;
}

/** A date counted in working days; `estimatedYears` lists years counted on weekdays only. */
export interface WorkingDayCount {
  date: string;
  estimated: boolean;
  estimatedYears: number[];
}

const coverage = new Map<number, boolean>();

/**
 * Whether the package knows the year's arrangement. Every published year has holidays on
 * weekdays (元旦, 春节, 国庆), so a year without any is one it has no data for.
 */
export function calendarCoversYear(year: number): boolean {
  const known = coverage.get(year);
  if (known !== undefined) return known;
  const covered =
    chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
  coverage.set(year, covered);
  return covered;
}

function isWeekday(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

/** Is this `YYYY-MM-DD` a working day (a 调休 Saturday is; a holiday Thursday is not)? */
export function isWorkingDay(date: string): WorkingDayAnswer {
  if (!calendarCoversYear(Number(date.slice(0, 4)))) {
    return { working: isWeekday(date), estimated: true };
  }
  return { working: chineseDays.isWorkday(date), estimated: false };
}

/**
 * The `days`-th working day after `date` (the date itself does not count; 0 gives the
 * date back). `10个工作日` after 2025-09-30 skips the National Day week and counts the
 * make-up Saturday 2025-10-11.
 */
export function addWorkingDays(date: string, days: number): WorkingDayCount {
  const estimatedYears = new Set<number>();
  let current = date;
  for (let left = days; left > 0;) {
    current = addDays(current, 1);
    const answer = isWorkingDay(current);
    if (answer.estimated) estimatedYears.add(Number(current.slice(0, 4)));
    if (answer.working) left--;
  }
  const years = [...estimatedYears].sort((a, b) => a - b);
  return { date: current, estimated: years.length > 0, estimatedYears: years };
}
