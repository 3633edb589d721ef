import { inScope, meetsSeverity } from './recipient-scope.ts';
import type { AlertChange } from '../alerts/transitions.ts';
import type { Alert } from '../model/alert.ts';
import {
  DIGEST_SECTIONS,
  type DigestCounts,
  type DigestGroup,
  type DigestItem,
  type DigestPlan,
  type DigestRule,
  type DigestSection,
  type DigestSectionKey,
  type DigestStatusCount,
} from '../model/digest.ts';
import type { Finding, StatusRow } from '../model/finding.ts';
import { alertFingerprint } from '../alerts/fingerprint.ts';
import { inLanguage } from '../i18n/reader-language.ts';
import type { Bilingual } from '../i18n/messages.ts';
import type { Indicator } from '../model/indicator.ts';
import type { OwedFigure } from '../model/owed-figure.ts';
import { overdueByUnit } from './overdue-units.ts';
import type { Recipient } from '../model/recipient.ts';
import { daysBetween } from '../parse/period.ts';
import { severityRank } from '../model/status.ts';
import { groupAlerts, type AlertGroup } from '../alerts/alert-groups.ts';
import { compareIds } from '../model/id-order.ts';

/** One checked workbook as the digest of one person sees it. */
export interface DigestInput {
  planName: string;
  /** YYYY-MM-DD in the plan's time zone. */
  date: string;
  workbook: string;
  recipient: Recipient;
  alerts: Alert[];
  changes: AlertChange[];
  statuses: StatusRow[];
  /** This check's findings: their messages are told in the reader's language. */
  findings: Finding[];
  indicators: Indicator[];
  /** Figures not reported (the evaluation's `owed`): the missing-data section sums them by unit. */
  owed?: readonly OwedFigure[];
}

type Placed = 'new' | 'firing' | 'resolved';

/** Whether an alert is live news, still firing, just resolved, or not for the digest. */
function placeOf(
  alert: Alert,
  change: AlertChange['kind'] | undefined,
  date: string,
): Placed | null {
  if (alert.state === 'silenced') return null;
  if (alert.state === 'resolved') return change === 'resolved' ? 'resolved' : null;
  // First seen today is new even when a retried check already wrote it once.
  return change === 'new' || change === 'reopened' || alert.firstSeen === date ? 'new' : 'firing';
}

/**
 * The section of an indicator × region: a missing report or a forecast alone keeps a
 * section of its own whatever its age; otherwise new when any of its rules is, else still
 * firing.
 */
function sectionOf(placed: Placed[], rules: DigestRule[]): DigestSectionKey {
  if (placed.includes('resolved')) return 'resolved';
  if (rules.every((r) => r.rule === 'missing')) return 'missing';
  if (rules.every((r) => r.rule === 'forecast')) return 'forecast';
  return placed.includes('new') ? 'new' : 'firing';
}

function groupByCategory(items: DigestItem[], categoryOrder: string[]): DigestGroup[] {
  const groups = new Map<string, DigestItem[]>();
  for (const item of items) {
    const list = groups.get(item.category);
    if (list) list.push(item);
    else groups.set(item.category, [item]);
  }
  const rank = (c: string): number => {
    const i = categoryOrder.indexOf(c);
    return i === -1 ? categoryOrder.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([category, list]) => ({
      category,
      // Binding first, then the worst, then plan order.
      items: [...list].sort(
        (a, b) =>
          (a.kind === 'binding' ? 0 : 1) - (b.kind === 'binding' ? 0 : 1) ||
          severityRank(b.severity) - severityRank(a.severity) ||
          compareIds(a.id, b.id) ||
          a.region.localeCompare(b.region),
      ),
    }));
}

/**
 * This check's finding messages by alert id. Every reader's digest of a workbook gets the
 * same findings: fingerprinting thousands of them once per check, not once per reader.
 */
const messagesOf = new WeakMap<readonly Finding[], ReadonlyMap<string, Bilingual>>();

function findingMessages(findings: readonly Finding[]): ReadonlyMap<string, Bilingual> {
  let messages = messagesOf.get(findings);
  if (!messages) {
    messages = new Map(findings.map((f) => [alertFingerprint(f.id, f.region, f.rule), f.message]));
    messagesOf.set(findings, messages);
  }
  return messages;
}

/** One entry per indicator × region: its rules together, worst first, its figures once. */
function itemOf(
  group: AlertGroup,
  indicator: Indicator | undefined,
  ageOf: (firstSeen: string) => number,
  messageOf: (alert: Alert) => string,
): DigestItem {
  const rules = group.alerts.map((a): DigestRule => ({
    alertId: a.alertId,
    rule: a.rule,
    status: a.status,
    severity: a.severity,
    state: a.state,
    message: messageOf(a),
  }));
  const [worst] = group.alerts;
  const { figures } = group;
  return {
    id: group.id,
    indicator: figures.indicator,
    category: figures.category,
    kind: indicator?.kind ?? 'expected',
    region: group.region,
    period: figures.period,
    status: worst?.status ?? 'no_data',
    severity: worst?.severity ?? 'info',
    rules,
    actual: figures.actual,
    expected: figures.expected,
    target: figures.target,
    unit: indicator?.unit ?? '',
    ageDays: Math.max(0, ...group.alerts.map((a) => ageOf(a.firstSeen))),
  };
}

/**
 * One plan's part of one person's digest: the workbook's alerts in that person's scope
 * and above their minimum severity, one entry per indicator × region.
 */
export function buildDigestPlan(input: DigestInput): DigestPlan {
  const { recipient } = input;
  const indicators = new Map(input.indicators.map((i) => [i.id, i]));
  const changeOf = new Map(input.changes.map((c) => [c.alertId, c.kind]));
  const categoryOrder = [...new Set(input.indicators.map((i) => i.category))];

  const placedOf = new Map<string, Placed>();
  // On-change mode must hear a warning that turned critical, not only new and resolved alerts.
  let worsened = false;
  for (const alert of input.alerts) {
    const owner = indicators.get(alert.id)?.owner ?? '';
    if (!inScope(recipient, { category: alert.category, region: alert.region, owner })) continue;
    if (!meetsSeverity(recipient, alert.severity)) continue;
    const placed = placeOf(alert, changeOf.get(alert.alertId), input.date);
    if (changeOf.get(alert.alertId) === 'worsened') worsened = true;
    if (placed !== null) placedOf.set(alert.alertId, placed);
  }
  // Resolved rules are grouped apart from live ones: a recovery is news of its own.
  const placed = (a: Alert): Placed => placedOf.get(a.alertId) ?? 'firing';
  const groups = groupAlerts(
    input.alerts.filter((a) => placedOf.has(a.alertId)),
    (a) => (placed(a) === 'resolved' ? 'resolved' : ''),
  );

  // A live rule is told in the reader's language from this check's finding; the sentence
  // stored in the workbook is in the plan's language, so a resolved rule shows none.
  const findings = findingMessages(input.findings);
  const messageOf = (alert: Alert): string => {
    const message = findings.get(alert.alertId);
    if (message) return inLanguage(message, recipient.language);
    return alert.state === 'resolved' ? '' : alert.message;
  };

  const buckets = new Map<DigestSectionKey, DigestItem[]>(DIGEST_SECTIONS.map((k) => [k, []]));
  const counts: DigestCounts = { critical: 0, warning: 0, info: 0 };
  // Thousands of alerts share a few first-seen dates.
  const ages = new Map<string, number>();
  const ageOf = (firstSeen: string): number => {
    let days = ages.get(firstSeen);
    if (days === undefined) {
      days = daysBetween(firstSeen || input.date, input.date);
      ages.set(firstSeen, days);
    }
    return days;
  };
  for (const group of groups) {
    const item = itemOf(group, indicators.get(group.id), ageOf, messageOf);
    const section = sectionOf(group.alerts.map(placed), item.rules);
    if (section !== 'resolved') counts[item.severity] += 1;
    buckets.get(section)?.push(item);
  }

  const sections: DigestSection[] = DIGEST_SECTIONS.map((key) => {
    const items = buckets.get(key) ?? [];
    const section = { key, groups: groupByCategory(items, categoryOrder), count: items.length };
    if (key !== 'missing') return section;
    return { ...section, units: overdueByUnit(input.owed ?? [], input.date, recipient) };
  });

  const statusByCategory: DigestStatusCount[] = [];
  for (const row of input.statuses) {
    if (!inScope(recipient, { category: row.category, region: row.region, owner: row.owner }))
      continue;
    let bar = statusByCategory.find((s) => s.label === row.category);
    if (!bar) {
      bar = { label: row.category, counts: {} };
      statusByCategory.push(bar);
    }
    bar.counts[row.status] = (bar.counts[row.status] ?? 0) + 1;
  }

  const count = (key: DigestSectionKey): number => sections.find((s) => s.key === key)?.count ?? 0;
  return {
    planName: input.planName,
    workbook: input.workbook,
    date: input.date,
    counts,
    sections,
    statusByCategory,
    unchanged: count('new') === 0 && count('resolved') === 0 && !worsened,
  };
}
