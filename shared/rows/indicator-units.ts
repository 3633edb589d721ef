import type { Indicator } from '../model/indicator.ts';

/** What readers of figures need to know of the indicators: each one's unit. */
export type IndicatorUnits = ReadonlyArray<Pick<Indicator, 'id' | 'unit'>>;

/**
 * Looks up an indicator's unit by id ('' when unknown), so a figure written `57万` is
 * read as 57 for an indicator in `万户` and as 570000 otherwise.
 */
export function unitLookup(indicators: IndicatorUnits = []): (id: string) => string {
  const units = new Map(indicators.map((i) => [i.id, i.unit]));
  return (id) => units.get(id) ?? '';
}
