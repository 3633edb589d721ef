import type { DigestSection, DigestSectionKey } from '../../shared/model/digest.ts';

/** The order a leader reads the sections in (docs/architecture.md §6). */
export const SECTION_ORDER: readonly DigestSectionKey[] = [
  'new',
  'firing',
  'resolved',
  'missing',
  'forecast',
];

/**
 * Every section once, in reading order; a section the content lacks is shown empty so
 * each digest has the same shape. Groups and items keep the order the core gave them
 * (category order, binding first).
 */
export function sectionsInOrder(sections: readonly DigestSection[]): DigestSection[] {
  return SECTION_ORDER.map(
    (key) => sections.find((s) => s.key === key) ?? { key, groups: [], count: 0 },
  );
}
