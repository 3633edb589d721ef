import { label } from '../i18n/messages.ts';
import type { Actual } from '../model/actual.ts';
import type { Milestone } from '../model/milestone.ts';

/** The plan's own level: the region Settings names, else `本级 Plan level` — never ''. */
export function planLevelName(planRegion: string): string {
  return planRegion.trim() || label('region.plan_level');
}

/** The region a row belongs to: an empty region is the plan's own level (Settings). */
export function regionName(raw: string, planRegion: string): string {
  const r = raw.trim();
  return r === '' ? planLevelName(planRegion) : r;
}

/**
 * The regions an indicator is evaluated for: the plan region first when Settings names one,
 * then every region its Actuals or Milestones name (an empty one being the plan's own
 * level), in order of first appearance. A region nobody wrote is never evaluated.
 */
export function regionsOf(
  id: string,
  actuals: readonly Actual[],
  milestones: readonly Milestone[],
  planRegion: string,
): string[] {
  return [...actualsByRegion(id, actuals, milestones, planRegion).keys()];
}

/**
 * The indicator's Actuals rows by region, in table order, keyed in {@link regionsOf} order
 * (a region only milestones name has no rows). One pass: filtering the rows per region
 * is quadratic for an indicator reported by many regions.
 */
export function actualsByRegion(
  id: string,
  actuals: readonly Actual[],
  milestones: readonly Milestone[],
  planRegion: string,
): Map<string, Actual[]> {
  const byRegion = new Map<string, Actual[]>();
  if (planRegion.trim() !== '') byRegion.set(planRegion.trim(), []);
  for (const row of actuals) {
    if (row.id !== id) continue;
    const region = regionName(row.region, planRegion);
    const rows = byRegion.get(region);
    if (rows === undefined) byRegion.set(region, [row]);
    else rows.push(row);
  }
  for (const row of milestones) {
    if (row.id !== id) continue;
    const region = regionName(row.region, planRegion);
    if (!byRegion.has(region)) byRegion.set(region, []);
  }
  return byRegion;
}
