/**
 * 缺报: periods of the indicator's frequency after the baseline year, up to the target
 * year, whose due date (shared/calendar/due-date.ts) is on or before the as-of date and
 * for which nothing was reported. Only the latest due period raises `no_data`.
 */
import { dueDateOf, dueDaysOf } from '../calendar/due-date.ts';
import type { Frequency, Indicator } from '../model/indicator.ts';
import type { Settings } from '../model/settings.ts';
import {
  periodEndDate,
  periodEndPosition,
  periodsOfYear,
  type Period,
  type PeriodKind,
} from '../parse/period.ts';
import type { PlanFigures } from './plan-figures.ts';
import type { SeriesPoint } from './series.ts';

/** A period and when its figure is due. */
export interface MissingPeriod {
  period: Period;
  /** Due date, YYYY-MM-DD. */
  due: string;
  /** The due date was counted Monday–Friday: its year is not in the holiday calendar yet. */
  estimated: boolean;
}

/** The periods due by the as-of date, and the first one that is not due yet. */
export interface DueSchedule {
  /** Periods due on or before the as-of date, oldest first. */
  due: MissingPeriod[];
  /** The first period due after the as-of date, when it has ended (its figure can be sent now). */
  next: MissingPeriod | null;
  /** The first period due after the as-of date, ended or not (what the Status screen waits for). */
  upcoming: MissingPeriod | null;
  /** Years whose working days were counted Monday–Friday. */
  estimatedYears: number[];
}

type PlanYears = Pick<PlanFigures, 'baselineYear' | 'targetYear'>;

/** What a schedule depends on besides the run's Settings and as-of date. */
type ScheduledIndicator = Pick<Indicator, 'dueDays' | 'frequency'>;

/** The due schedule of an indicator with these plan years, in one run. */
export type ScheduleOf = (indicator: ScheduledIndicator, years: PlanYears) => DueSchedule;

const KIND_OF: Record<Frequency, PeriodKind> = {
  annual: 'year',
  quarterly: 'quarter',
  monthly: 'month',
};

/** Every period of the plan up to the first not yet due, each with its due date. */
export function dueSchedule(
  indicator: ScheduledIndicator,
  years: PlanYears,
  settings: Settings,
  asOf: string,
): DueSchedule {
  const schedule: DueSchedule = { due: [], next: null, upcoming: null, estimatedYears: [] };
  for (let year = years.baselineYear + 1; year <= years.targetYear; year += 1) {
    for (const period of periodsOfYear(year, KIND_OF[indicator.frequency])) {
      const due = dueDateOf(indicator, period, settings);
      for (const y of due.estimatedYears)
        if (!schedule.estimatedYears.includes(y)) schedule.estimatedYears.push(y);
      const entry = { period, due: due.date, estimated: due.estimated };
      if (due.date > asOf) {
        schedule.upcoming = entry;
        if (periodEndDate(period) <= asOf) schedule.next = entry;
        return schedule;
      }
      schedule.due.push(entry);
    }
  }
  return schedule;
}

/** Whether some point ends where the period ends (`2023` covers `2023-Q4` and `2023-12`). */
export function isReported(period: Period, points: readonly SeriesPoint[]): boolean {
  const end = periodEndPosition(period);
  return points.some((p) => periodEndPosition(p.period) === end);
}

/**
 * The schedules of one run (one Settings, one as-of date), each computed once: it depends
 * only on frequency, due period and plan years, which thousands of indicator × region
 * pairs share. Treat the schedules it gives as read-only.
 */
export function dueSchedules(settings: Settings, asOf: string): ScheduleOf {
  const known = new Map<string, DueSchedule>();
  return (indicator, years) => {
    const { days, calendar } = dueDaysOf(indicator, settings);
    const key = `${indicator.frequency} ${days} ${calendar} ${years.baselineYear} ${years.targetYear}`;
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    const schedule = dueSchedule(indicator, years, settings, asOf);
    known.set(key, schedule);
    return schedule;
  };
}

/** Every overdue period of the schedule without a figure, oldest first. */
export function missingPeriods(
  schedule: DueSchedule,
  points: readonly SeriesPoint[],
): MissingPeriod[] {
  // One set of end positions, not a scan of the points per due period.
  const reported = new Set(points.map((p) => periodEndPosition(p.period)));
  return schedule.due.filter((m) => !reported.has(periodEndPosition(m.period)));
}

/**
 * The latest period whose due date has passed, when it has no figure; null when it was
 * reported or nothing is due yet. Older gaps are not alerts (see {@link reportingGaps}).
 */
export function latestMissing(
  schedule: DueSchedule,
  points: readonly SeriesPoint[],
): MissingPeriod | null {
  const due = schedule.due.at(-1);
  if (due === undefined) return null;
  return isReported(due.period, points) ? null : due;
}

/**
 * Overdue periods without a figure before the latest one reported: a data-completeness
 * notice (the Status table's 缺报期间 column, the add-in's Validate screen), not an alert.
 */
export function reportingGaps(schedule: DueSchedule, points: readonly SeriesPoint[]): Period[] {
  const last = points.at(-1);
  if (last === undefined) return [];
  const end = periodEndPosition(last.period);
  return missingPeriods(schedule, points)
    .filter((m) => periodEndPosition(m.period) < end)
    .map((m) => m.period);
}
