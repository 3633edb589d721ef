import type { Actual } from '../model/actual.ts';
import type { Milestone } from '../model/milestone.ts';

/** The region a row belongs to: an empty region is the plan's own level (Settings). */
export function regionName(raw: string, planRegion: string): string {
  const r = raw.trim();
  return r === '' ? planRegion : r;
}

/**
 * The regions an indicator is evaluated for: the plan region first, then every other
 * region named in its Actuals or Milestones, in order of first appearance.
 */
export function regionsOf(
  id: string,
  actuals: readonly Actual[],
  milestones: readonly Milestone[],
  planRegion: string,
): string[] {
  const regions = [planRegion];
  for (const row of [...actuals, ...milestones]) {
    if (row.id !== id) continue;
    const region = regionName(row.region, planRegion);
    if (!regions.includes(region)) regions.push(region);
  }
  return regions;
}
