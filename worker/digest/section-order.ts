import { DIGEST_SECTIONS, type DigestSection } from '../../shared/model/digest.ts';

/**
 * Every section once, in reading order; a section the content lacks is shown empty so
 * each digest has the same shape. Groups and items keep the order the core gave them
 * (category order, binding first).
 */
export function sectionsInOrder(sections: readonly DigestSection[]): DigestSection[] {
  return DIGEST_SECTIONS.map(
    (key) => sections.find((s) => s.key === key) ?? { key, groups: [], count: 0 },
  );
}
