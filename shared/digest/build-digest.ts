import { inScope, meetsSeverity } from './recipient-scope.ts';
import type { AlertChange } from '../alerts/transitions.ts';
import { t } from '../i18n/messages.ts';
import type { Alert } from '../model/alert.ts';
import type {
  DigestContent,
  DigestGroup,
  DigestItem,
  DigestSection,
  DigestSectionKey,
  DigestStatusCount,
} from '../model/digest.ts';
import type { StatusRow } from '../model/finding.ts';
import type { Indicator } from '../model/indicator.ts';
import type { Recipient } from '../model/recipient.ts';
import { daysBetween } from '../parse/period.ts';
import { severityRank } from '../model/status.ts';
import { compareIds } from '../model/id-order.ts';

export interface DigestInput {
  planName: string;
  /** YYYY-MM-DD in the plan's time zone. */
  date: string;
  workbook: string;
  recipient: Recipient;
  alerts: Alert[];
  changes: AlertChange[];
  statuses: StatusRow[];
  indicators: Indicator[];
  failures: { workbook: string; message: string }[];
}

const SECTION_ORDER: DigestSectionKey[] = ['new', 'firing', 'resolved', 'missing', 'forecast'];

/**
 * The section an alert belongs in. Missing reports and forecasts have sections of their
 * own whatever their age; everything else is new (or back) or still firing.
 */
function sectionOf(
  alert: Alert,
  change: AlertChange['kind'] | undefined,
  date: string,
): DigestSectionKey | null {
  if (alert.state === 'silenced') return null;
  if (alert.state === 'resolved') return change === 'resolved' ? 'resolved' : null;
  if (alert.rule === 'missing') return 'missing';
  if (alert.rule === 'forecast') return 'forecast';
  // First seen today is new even when a retried check already wrote it once.
  return change === 'new' || change === 'reopened' || alert.firstSeen === date ? 'new' : 'firing';
}

function groupByCategory(items: DigestItem[], categoryOrder: string[]): DigestGroup[] {
  const groups = new Map<string, DigestItem[]>();
  for (const item of items) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  const rank = (c: string): number => {
    const i = categoryOrder.indexOf(c);
    return i === -1 ? categoryOrder.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([category, list]) => ({
      category,
      // Binding first (docs/architecture.md §6), then the worst, then plan order.
      items: [...list].sort(
        (a, b) =>
          (a.kind === 'binding' ? 0 : 1) - (b.kind === 'binding' ? 0 : 1) ||
          severityRank(b.severity) - severityRank(a.severity) ||
          compareIds(a.id, b.id) ||
          a.region.localeCompare(b.region),
      ),
    }));
}

/** One recipient's digest as data (docs/architecture.md §6); the worker renders HTML and text. */
export function buildDigest(input: DigestInput): DigestContent {
  const { recipient } = input;
  const indicators = new Map(input.indicators.map((i) => [i.id, i]));
  const changeOf = new Map(input.changes.map((c) => [c.alertId, c.kind]));
  const categoryOrder = [...new Set(input.indicators.map((i) => i.category))];

  const buckets = new Map<DigestSectionKey, DigestItem[]>(SECTION_ORDER.map((k) => [k, []]));
  const counts = { critical: 0, warning: 0, info: 0 };
  // On-change mode must hear a warning that turned critical, not only new and resolved alerts.
  let worsened = false;
  for (const alert of input.alerts) {
    const indicator = indicators.get(alert.id);
    const owner = indicator?.owner ?? '';
    if (!inScope(recipient, { category: alert.category, region: alert.region, owner })) continue;
    if (!meetsSeverity(recipient, alert.severity)) continue;
    const section = sectionOf(alert, changeOf.get(alert.alertId), input.date);
    if (section === null) continue;
    if (changeOf.get(alert.alertId) === 'worsened') worsened = true;
    if (section !== 'resolved') counts[alert.severity] += 1;
    buckets.get(section)?.push({
      alertId: alert.alertId,
      id: alert.id,
      indicator: alert.indicator,
      category: alert.category,
      kind: indicator?.kind ?? 'expected',
      region: alert.region,
      period: alert.period,
      rule: alert.rule,
      status: alert.status,
      severity: alert.severity,
      state: alert.state,
      actual: alert.actual,
      expected: alert.expected,
      target: alert.target,
      unit: indicator?.unit ?? '',
      ageDays: Math.max(0, daysBetween(alert.firstSeen || input.date, input.date)),
      message: alert.message,
    });
  }

  const sections: DigestSection[] = SECTION_ORDER.map((key) => {
    const items = buckets.get(key) ?? [];
    return { key, groups: groupByCategory(items, categoryOrder), count: items.length };
  });

  const statusByCategory: DigestStatusCount[] = [];
  for (const row of input.statuses) {
    if (!inScope(recipient, { category: row.category, region: row.region, owner: row.owner }))
      continue;
    let entry = statusByCategory.find((s) => s.category === row.category);
    if (!entry) {
      entry = { category: row.category, counts: {} };
      statusByCategory.push(entry);
    }
    entry.counts[row.status] = (entry.counts[row.status] ?? 0) + 1;
  }

  const newCount = sections.find((s) => s.key === 'new')?.count ?? 0;
  const resolvedCount = sections.find((s) => s.key === 'resolved')?.count ?? 0;
  const subjectText = t('digest.subject', {
    plan: input.planName,
    date: input.date,
    critical: counts.critical,
    warning: counts.warning,
  });
  return {
    planName: input.planName,
    date: input.date,
    workbook: input.workbook,
    recipient: { name: recipient.name, email: recipient.email, language: recipient.language },
    counts,
    subject: recipient.language === 'en' ? subjectText.en : subjectText.zh,
    sections,
    statusByCategory,
    unchanged: newCount === 0 && resolvedCount === 0 && !worsened && input.failures.length === 0,
    failures: input.failures,
  };
}
