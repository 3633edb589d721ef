import type { Milestone } from '../model/milestone.ts';
import { parsePeriod } from '../parse/period.ts';
import { regionName } from './regions.ts';

/** The milestone target for (indicator id, region, canonical period), or null when none. */
export type MilestoneLookup = (id: string, region: string, period: string) => number | null;

/** Indexes the Milestones table; periods are read to canonical text, '' regions to the plan region. */
export function milestoneLookup(
  milestones: readonly Milestone[],
  planRegion: string,
): MilestoneLookup {
  // id → region → period: looked up per indicator × region × year, so no key is built per call.
  const byId = new Map<string, Map<string, Map<string, number>>>();
  for (const m of milestones) {
    const period = parsePeriod(m.period);
    if (period === null || !Number.isFinite(m.target)) continue;
    const region = regionName(m.region, planRegion);
    let byRegion = byId.get(m.id);
    if (byRegion === undefined) byId.set(m.id, (byRegion = new Map<string, Map<string, number>>()));
    let byPeriod = byRegion.get(region);
    if (byPeriod === undefined) byRegion.set(region, (byPeriod = new Map<string, number>()));
    byPeriod.set(period.text, m.target);
  }
  return (id, region, period) => byId.get(id)?.get(region)?.get(period) ?? null;
}
