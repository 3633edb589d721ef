/**
 * One indicator × region: its series, the status at the latest reported period, and a
 * finding for every rule that fires (pace, line, missing, forecast, consistency, baseline).
 */
import type { Bilingual } from '../i18n/messages.ts';
import type { Actual } from '../model/actual.ts';
import type { FigureDue, Finding, StatusRow } from '../model/finding.ts';
import type { Indicator } from '../model/indicator.ts';
import type { Settings } from '../model/settings.ts';
import type { Rule, Status } from '../model/status.ts';
import type { Formula } from '../formula/formula-ast.ts';
import type { Period } from '../parse/period.ts';
import { forecastFor } from './forecast.ts';
import * as text from './finding-text.ts';
import { isPastRecovery, lineFor } from './line.ts';
import {
  isReported,
  latestMissing,
  reportingGaps,
  type MissingPeriod,
  type ScheduleOf,
} from './missing.ts';
import type { OwedFigure } from '../model/owed-figure.ts';
import type { MilestoneLookup } from './milestone-lookup.ts';
import { figureOut, finiteOrNull, percentOut, round1 } from './output-number.ts';
import { planFigures } from './plan-figures.ts';
import { pointStatus, type PointContext, type PointStatus } from './point-status.ts';
import { buildSeries, type SeriesPoint } from './series.ts';
import { severityFor } from './severity.ts';

export interface RegionInput {
  indicator: Indicator;
  /** The indicator's parsed formula; null without one. */
  formula: Formula | null;
  region: string;
  /** Actuals rows of this indicator and region. */
  rows: readonly Actual[];
  milestone: MilestoneLookup;
  settings: Settings;
  asOf: string;
  /** The run's due schedules (dueSchedules of the same Settings and as-of date). */
  scheduleOf: ScheduleOf;
}

export interface RegionEvaluation {
  status: StatusRow;
  findings: Finding[];
  holding: Finding[];
  owed: OwedFigure[];
  estimatedYears: number[];
}

interface Figures {
  actual: number | null;
  expected: number | null;
  target: number | null;
  gap: number | null;
}

/** True when the condition held at each of the last n assessed periods (and there are n). */
function heldFor(
  assessed: readonly PointStatus[],
  n: number,
  condition: (s: PointStatus) => boolean,
): boolean {
  return assessed.length >= n && assessed.slice(-n).every(condition);
}

const isPaceProblem = (s: PointStatus): boolean =>
  s.paceStatus === 'behind' || s.paceStatus === 'at_risk';
const isLineProblem = (s: PointStatus): boolean =>
  s.lineState === 'breached' || s.lineState === 'near_limit';

function latestInconsistent(points: readonly SeriesPoint[]): SeriesPoint | null {
  for (let i = points.length - 1; i >= 0; i -= 1) {
    const p = points[i];
    if (p !== undefined && p.inconsistent) return p;
  }
  return null;
}

/** What a Status row waits for: the overdue figure, else the next one due unless sent early. */
function figureDue(
  missing: MissingPeriod | null,
  upcoming: MissingPeriod | null,
  points: readonly SeriesPoint[],
): FigureDue | null {
  const waited = missing ?? (upcoming && !isReported(upcoming.period, points) ? upcoming : null);
  if (waited === null) return null;
  return {
    period: waited.period.text,
    date: waited.due,
    overdue: waited === missing,
    estimated: waited.estimated,
  };
}

/** Evaluates one indicator × region. */
export function evaluateRegion(input: RegionInput): RegionEvaluation {
  const { indicator, region, settings, asOf } = input;
  const figures = planFigures(indicator, region, input.milestone, Number(asOf.slice(0, 4)));
  const points = buildSeries({
    indicator,
    formula: input.formula,
    rows: input.rows,
    start: figures.baseline ?? 0,
    asOf,
  });
  const line = lineFor(indicator);
  const ctx: PointContext = {
    indicator,
    region,
    figures,
    milestone: input.milestone,
    line,
    behindMaxPp: settings.behindMaxPp,
  };
  const subject: text.TextSubject = { name: indicator.name, region, unit: indicator.unit };
  const findings: Finding[] = [];
  const holding: Finding[] = [];

  const finding = (
    rule: Rule,
    status: Status,
    period: Period,
    f: Figures,
    message: Bilingual,
  ): Finding => ({
    id: indicator.id,
    region,
    rule,
    status,
    severity: severityFor(status, indicator.kind),
    period: period.text,
    actual: finiteOrNull(f.actual),
    expected: figureOut(f.expected),
    target: finiteOrNull(f.target),
    gap: round1(f.gap),
    message,
  });
  const schedule = input.scheduleOf(indicator, figures);
  const missing = latestMissing(schedule, points);
  const owedOf = (m: MissingPeriod, overdue: boolean): OwedFigure => ({
    id: indicator.id,
    name: indicator.name,
    category: indicator.category,
    owner: indicator.owner,
    region,
    period: m.period.text,
    due: m.due,
    overdue,
    estimated: m.estimated,
  });
  const owed: OwedFigure[] = [];
  if (missing !== null) owed.push(owedOf(missing, true));
  if (schedule.next !== null && !isReported(schedule.next.period, points))
    owed.push(owedOf(schedule.next, false));
  // A copy: the schedule is shared with every region of the same frequency and years.
  const due = { owed, estimatedYears: [...schedule.estimatedYears] };
  const missingFinding = (): Finding | null => {
    if (missing === null) return null;
    const f = { actual: null, expected: null, target: figures.target, gap: null };
    return finding(
      'missing',
      'no_data',
      missing.period,
      f,
      text.noDataText(subject, missing.period, missing.due, points.at(-1)?.period ?? null),
    );
  };

  const row: StatusRow = {
    id: indicator.id,
    name: indicator.name,
    category: indicator.category,
    kind: indicator.kind,
    owner: indicator.owner,
    unit: indicator.unit,
    region,
    period: '',
    gaps: reportingGaps(schedule, points).map((p) => p.text),
    due: figureDue(missing, schedule.upcoming, points),
    status: 'no_data',
    severity: severityFor('no_data', indicator.kind),
    completion: null,
    elapsed: null,
    gap: null,
    expected: null,
    actual: null,
    forecast: null,
    target: finiteOrNull(
      indicator.aggregation === 'threshold' ? (line?.value ?? figures.target) : figures.target,
    ),
  };

  const assessed = points.map((_, i) => pointStatus(ctx, points, i));
  const point = points.at(-1);
  const now = assessed.at(-1);
  if (point === undefined || now === undefined) {
    const m = missingFinding();
    return { status: row, findings: m === null ? [] : [m], holding, ...due };
  }
  const n = Math.max(1, settings.consecutivePeriods);
  const { pace } = now;
  const actual = pace?.actual ?? point.value;

  // pace: behind / at_risk, once it has held for n reported periods.
  if (pace !== null && (now.paceStatus === 'behind' || now.paceStatus === 'at_risk')) {
    const f = finding(
      'pace',
      now.paceStatus,
      point.period,
      pace,
      text.paceText(subject, point.period, now.paceStatus, pace),
    );
    (heldFor(assessed, n, isPaceProblem) ? findings : holding).push(f);
  }

  // line: breached / near_limit, once held for n periods; hysteresis until past the recovery line.
  if (line !== null) {
    const lineFigures = { actual: point.value, expected: null, target: line.value, gap: null };
    const recovery = indicator.recovery;
    const past = recovery === null ? undefined : isPastRecovery(line, recovery, point.value);
    const withRecovery = (f: Finding): Finding =>
      past === undefined ? f : { ...f, pastRecovery: past };
    if (now.lineState === 'breached' || now.lineState === 'near_limit') {
      const message =
        now.lineState === 'breached' || indicator.warning === null
          ? text.breachedText(subject, point.period, point.value, line)
          : text.nearLimitText(subject, point.period, point.value, line, indicator.warning);
      const f = withRecovery(finding('line', now.lineState, point.period, lineFigures, message));
      (heldFor(assessed, n, isLineProblem) ? findings : holding).push(f);
    } else if (recovery !== null && past === false) {
      const lastProblem = [...assessed].reverse().find(isLineProblem)?.lineState;
      const status: Status = lastProblem === 'breached' ? 'breached' : 'near_limit';
      const message = text.holdingText(subject, point.period, point.value, line, recovery);
      holding.push({
        ...finding('line', status, point.period, lineFigures, message),
        pastRecovery: false,
      });
    }
  }

  const m = missingFinding();
  if (m !== null) findings.push(m);

  const forecast = forecastFor(indicator, figures, points);
  if (forecast !== null && forecast.misses) {
    const f = { actual, expected: forecast.value, target: forecast.target, gap: null };
    const message = text.forecastText(subject, point.period, figures.targetYear, forecast);
    findings.push(finding('forecast', 'forecast_miss', point.period, f, message));
  }

  const odd = latestInconsistent(points);
  if (odd !== null && odd.computed !== null && odd.official !== null && input.formula !== null) {
    const f = { actual: odd.official, expected: odd.computed, target: figures.target, gap: null };
    const message = text.inconsistentText(
      subject,
      odd.period,
      input.formula.source,
      odd.computed,
      odd.official,
    );
    findings.push(finding('consistency', 'inconsistent', odd.period, f, message));
  }

  if (pace !== null && pace.unavailable !== null) {
    const f = { actual, expected: null, target: pace.target, gap: null };
    const message = text.noPaceText(subject, point.period, pace.unavailable, pace);
    findings.push(finding('baseline', 'no_baseline', point.period, f, message));
  }

  const status = now.status;
  return {
    status: {
      ...row,
      period: point.period.text,
      status,
      severity: severityFor(status, indicator.kind),
      completion: percentOut(pace?.completion ?? null),
      elapsed: percentOut(pace?.elapsed ?? null),
      gap: round1(pace?.gap ?? null),
      expected: figureOut(pace?.expected),
      actual: finiteOrNull(actual),
      forecast: figureOut(forecast?.value),
      target:
        indicator.aggregation === 'threshold'
          ? row.target
          : finiteOrNull(pace?.target ?? figures.target),
    },
    findings,
    holding,
    ...due,
  };
}
