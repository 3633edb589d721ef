/**
 * 缺报: periods of the indicator's frequency after the baseline year, up to the target
 * year, whose due date (period end + due days) is on or before the as-of date and for
 * which nothing was reported. Only the latest due period raises `no_data`.
 */
import type { Frequency, Indicator } from '../model/indicator.ts';
import type { Settings } from '../model/settings.ts';
import {
  addDays,
  periodEndDate,
  periodEndPosition,
  periodsOfYear,
  type Period,
  type PeriodKind,
} from '../parse/period.ts';
import type { PlanFigures } from './plan-figures.ts';
import type { SeriesPoint } from './series.ts';

/** A period whose actual is overdue. */
export interface MissingPeriod {
  period: Period;
  /** Due date, YYYY-MM-DD. */
  due: string;
}

const KIND_OF: Record<Frequency, PeriodKind> = {
  annual: 'year',
  quarterly: 'quarter',
  monthly: 'month',
};

/** Days after period end an actual is due: the indicator's, else the Settings default for its frequency. */
export function dueDaysFor(indicator: Indicator, settings: Settings): number {
  return indicator.dueDays ?? settings.dueDays[indicator.frequency];
}

/**
 * Every overdue period, oldest first. A period counts as reported when some point ends
 * where it ends (a `2023` figure covers `2023-Q4` and `2023-12`, and the other way round).
 */
export function missingPeriods(
  indicator: Indicator,
  years: Pick<PlanFigures, 'baselineYear' | 'targetYear'>,
  points: readonly SeriesPoint[],
  settings: Settings,
  asOf: string,
): MissingPeriod[] {
  const reported = new Set(points.map((p) => periodEndPosition(p.period)));
  const days = dueDaysFor(indicator, settings);
  const missing: MissingPeriod[] = [];
  for (let year = years.baselineYear + 1; year <= years.targetYear; year += 1) {
    for (const period of periodsOfYear(year, KIND_OF[indicator.frequency])) {
      const due = addDays(periodEndDate(period), days);
      if (due > asOf) return missing;
      if (!reported.has(periodEndPosition(period))) missing.push({ period, due });
    }
  }
  return missing;
}

/**
 * The latest period whose due date has passed, when it has no figure; null when it was
 * reported or nothing is due yet. Older gaps are not alerts (see {@link reportingGaps}).
 */
export function latestMissing(
  indicator: Indicator,
  years: Pick<PlanFigures, 'baselineYear' | 'targetYear'>,
  points: readonly SeriesPoint[],
  settings: Settings,
  asOf: string,
): MissingPeriod | null {
  const due = missingPeriods(indicator, years, [], settings, asOf).at(-1);
  if (due === undefined) return null;
  const reported = points.some(
    (p) => periodEndPosition(p.period) === periodEndPosition(due.period),
  );
  return reported ? null : due;
}

/**
 * Overdue periods without a figure before the latest one reported: a data-completeness
 * notice (the Status table's 缺报期间 column, the add-in's Validate screen), not an alert.
 */
export function reportingGaps(
  indicator: Indicator,
  years: Pick<PlanFigures, 'baselineYear' | 'targetYear'>,
  points: readonly SeriesPoint[],
  settings: Settings,
  asOf: string,
): Period[] {
  const last = points.at(-1);
  if (last === undefined) return [];
  const end = periodEndPosition(last.period);
  return missingPeriods(indicator, years, points, settings, asOf)
    .filter((m) => periodEndPosition(m.period) < end)
    .map((m) => m.period);
}
