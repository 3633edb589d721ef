/**
 * The evaluation engine (docs/architecture.md §4): every indicator × region at the as-of date — one
 * StatusRow each, one Finding per rule that fires, and the line findings held open by
 * hysteresis or by the consecutive-periods rule. Pure: the same input gives the same
 * Evaluation in the worker and the add-in.
 */
import type { Actual } from '../model/actual.ts';
import type { Evaluation } from '../model/finding.ts';
import type { Indicator } from '../model/indicator.ts';
import type { Milestone } from '../model/milestone.ts';
import type { Settings } from '../model/settings.ts';
import { parseFormula } from '../formula/formula-parser.ts';
import { evaluateRegion } from './evaluate-region.ts';
import { milestoneLookup } from './milestone-lookup.ts';
import { dueSchedules } from './missing.ts';
import { actualsByRegion } from './regions.ts';

export interface EvaluationInput {
  indicators: Indicator[];
  milestones: Milestone[];
  actuals: Actual[];
  settings: Settings;
  /** YYYY-MM-DD in the plan's time zone; periods ending after it are ignored. */
  asOf: string;
}

/** An evaluation with nothing in it yet: what {@link evaluate} fills. */
export function emptyEvaluation(asOf: string): Evaluation {
  return { asOf, statuses: [], findings: [], holding: [], owed: [], estimatedYears: [] };
}

/** Evaluates a workbook's indicators; output order follows the Indicators table, plan region first. */
export function evaluate(input: EvaluationInput): Evaluation {
  const { settings, asOf } = input;
  const planRegion = settings.planRegion;
  const milestone = milestoneLookup(input.milestones, planRegion);
  // Rows are grouped by indicator once: scanning whole tables per indicator is quadratic.
  const actualsById = groupById(input.actuals);
  const milestonesById = groupById(input.milestones);
  const scheduleOf = dueSchedules(settings, asOf);
  const result = emptyEvaluation(asOf);
  for (const indicator of input.indicators) {
    const actuals = actualsById.get(indicator.id) ?? [];
    const parsed =
      indicator.formula === null || indicator.formula.trim() === ''
        ? null
        : parseFormula(indicator.formula);
    // A formula that does not parse is reported when the Indicators table is read; here
    // the indicator falls back to its typed and published values.
    const formula = parsed !== null && parsed.ok ? parsed.value : null;
    const byRegion = actualsByRegion(
      indicator.id,
      actuals,
      milestonesById.get(indicator.id) ?? [],
      planRegion,
    );
    for (const [region, rows] of byRegion) {
      const r = evaluateRegion({
        indicator,
        formula,
        region,
        rows,
        milestone,
        settings,
        asOf,
        scheduleOf,
      });
      result.statuses.push(r.status);
      result.findings.push(...r.findings);
      result.holding.push(...r.holding);
      result.owed.push(...r.owed);
      for (const y of r.estimatedYears)
        if (!result.estimatedYears.includes(y)) result.estimatedYears.push(y);
    }
  }
  result.estimatedYears.sort((a, b) => a - b);
  return result;
}

/** Rows by indicator id, each list in table order. */
function groupById<T extends { id: string }>(rows: readonly T[]): Map<string, T[]> {
  const byId = new Map<string, T[]>();
  for (const row of rows) {
    const list = byId.get(row.id);
    if (list === undefined) byId.set(row.id, [row]);
    else list.push(row);
  }
  return byId;
}
