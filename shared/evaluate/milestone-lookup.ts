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
  const byKey = new Map<string, number>();
  const key = (id: string, region: string, period: string): string =>
    JSON.stringify([id, region, period]);
  for (const m of milestones) {
    const period = parsePeriod(m.period);
    if (period === null || !Number.isFinite(m.target)) continue;
    byKey.set(key(m.id, regionName(m.region, planRegion), period.text), m.target);
  }
  return (id, region, period) => byKey.get(key(id, region, period)) ?? null;
}
