import { t, type Bilingual } from '../i18n/messages.ts';
import {
  DIGEST_SECTIONS,
  type DigestCounts,
  type DigestItem,
  type DigestPlan,
  type DigestSection,
} from '../model/digest.ts';
import { severityRank } from '../model/status.ts';
import { statusWorstFirst } from '../model/status-table.ts';

/**
 * Entries (indicator × region) one digest lists, over all its plans. A plan of 500
 * indicators × 20 regions has thousands of alerts: listed in full, each digest was a 14 MB
 * email that many mail servers refuse and no leader reads, and a chat robot splits it into
 * hundreds of messages. A hundred is more than a leader reads in one sitting; the rest are
 * counted per section and listed in the workbook's Alerts sheet.
 */
export const MAX_DIGEST_ENTRIES = 100;

/** One listed entry and where it stands in the digest. */
interface Ranked {
  item: DigestItem;
  resolved: boolean;
  section: number;
  plan: number;
  group: number;
  /** Its place in its category group (binding first, then the worst, then plan order). */
  place: number;
}

/**
 * Worst first: live before resolved (a recovery is good news), then by severity, then by
 * status (breached before at risk), then in section reading order (new before still
 * firing), binding before expected. Equally bad entries are taken in turn from each
 * category and plan, so the first category does not crowd out the others.
 */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    Number(a.resolved) - Number(b.resolved) ||
    severityRank(b.item.severity) - severityRank(a.item.severity) ||
    statusWorstFirst(a.item.status) - statusWorstFirst(b.item.status) ||
    a.section - b.section ||
    (a.item.kind === 'binding' ? 0 : 1) - (b.item.kind === 'binding' ? 0 : 1) ||
    a.place - b.place ||
    a.plan - b.plan ||
    a.group - b.group
  );
}

function rankedEntries(plans: readonly DigestPlan[]): Ranked[] {
  const entries: Ranked[] = [];
  plans.forEach((plan, p) => {
    for (const section of plan.sections) {
      const resolved = section.key === 'resolved';
      const order = DIGEST_SECTIONS.indexOf(section.key);
      section.groups.forEach((group, g) =>
        group.items.forEach((item, place) =>
          entries.push({ item, resolved, section: order, plan: p, group: g, place }),
        ),
      );
    }
  });
  return entries;
}

function withOmitted(section: DigestSection, listed: ReadonlySet<DigestItem>): DigestSection {
  const omitted: DigestCounts = { critical: 0, warning: 0, info: 0, ...section.omitted };
  let dropped = 0;
  const groups = section.groups.flatMap((group) => {
    const items = group.items.filter((item) => listed.has(item));
    for (const item of group.items)
      if (!listed.has(item)) {
        omitted[item.severity] += 1;
        dropped += 1;
      }
    return items.length === 0 ? [] : [{ ...group, items }];
  });
  return dropped === 0 ? section : { ...section, groups, omitted };
}

/**
 * The plans of one digest listing at most `limit` entries in all, the worst ones (see
 * compareRanked), each where it stood; every section counts by severity the entries it no
 * longer lists. Capping capped plans again keeps their earlier counts, so a plan may be
 * capped alone as it arrives and all of a digest's plans together at the end.
 */
export function capDigestEntries(
  plans: readonly DigestPlan[],
  limit: number = MAX_DIGEST_ENTRIES,
): DigestPlan[] {
  const entries = rankedEntries(plans);
  if (entries.length <= limit) return [...plans];
  const listed = new Set(
    entries
      .sort(compareRanked)
      .slice(0, limit)
      .map((e) => e.item),
  );
  return plans.map((plan) => ({
    ...plan,
    sections: plan.sections.map((section) => withOmitted(section, listed)),
  }));
}

/** `另有 12 项（红 1 黄 10 提示 1）未列出，见工作簿“预警 Alerts”表`; null when every entry is listed. */
export function omittedText(section: DigestSection): Bilingual | null {
  const omitted = section.omitted;
  if (!omitted) return null;
  const count = omitted.critical + omitted.warning + omitted.info;
  if (count === 0) return null;
  return t('digest.omitted', { count, limit: MAX_DIGEST_ENTRIES, ...omitted });
}
