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
  const regions = planRegion.trim() === '' ? [] : [planRegion.trim()];
  for (const row of [...actuals, ...milestones]) {
    if (row.id !== id) continue;
    const region = regionName(row.region, planRegion);
    if (!regions.includes(region)) regions.push(region);
  }
  return regions;
}
