import type { Indicator } from '../model/indicator.ts';
import type { Settings } from '../model/settings.ts';
import { addDays, periodEndDate, type Period } from '../parse/period.ts';
import type { DueDays } from './due-days-text.ts';
import { addWorkingDays, isWorkingDay } from './working-days.ts';

/**
 * A figure's due date — the one rule every part uses (缺报 alerts, 催报 reminders, the
 * digest): period end + the indicator's due period (else the Settings default for its
 * frequency), counted in calendar days or in working days by the national holiday
 * arrangement.
 */
export interface DueDate {
  /** YYYY-MM-DD. */
  date: string;
  /** True when a year the holiday calendar does not cover was counted Monday–Friday. */
  estimated: boolean;
  estimatedYears: number[];
}

/** The due period of an indicator, a bare number taking Settings `due.calendar`. */
export function dueDaysOf(
  indicator: Pick<Indicator, 'dueDays' | 'frequency'>,
  settings: Settings,
): DueDays {
  const spec = indicator.dueDays ?? settings.dueDays[indicator.frequency];
  return { days: spec.days, calendar: spec.calendar ?? settings.dueCalendar };
}

/** When the figure of `period` is due. */
export function dueDateOf(
  indicator: Pick<Indicator, 'dueDays' | 'frequency'>,
  period: Period,
  settings: Settings,
): DueDate {
  const { days, calendar } = dueDaysOf(indicator, settings);
  const end = periodEndDate(period);
  if (calendar === 'natural')
    return { date: addDays(end, days), estimated: false, estimatedYears: [] };
  return addWorkingDays(end, days);
}

/**
 * Working days from `from` (exclusive) to `to` (inclusive): 1 when `to` is the next
 * working day; 0 when `to` is not after `from`.
 */
export function workingDaysUntil(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day).working) count += 1;
  }
  return count;
}
