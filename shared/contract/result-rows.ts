/**
 * What a check writes into the Alerts and Status tables, by column key — the worker's
 * write-back and the add-in's local `Check now` write the same rows.
 */
import { label } from '../i18n/messages.ts';
import type { Alert } from '../model/alert.ts';
import type { StatusRow } from '../model/finding.ts';
import type { TemplateRow } from './template.ts';

/**
 * One Alerts table row by column key: states, severities, statuses and rules as bilingual
 * labels (`越线 breached`), numbers as numbers, the planner's columns exactly as given.
 */
export function alertRow(a: Alert): TemplateRow {
  return {
    alertId: a.alertId,
    state: label(`state.${a.state}`),
    severity: label(`severity.${a.severity}`),
    status: label(`status.${a.status}`),
    id: a.id,
    indicator: a.indicator,
    category: a.category,
    region: a.region,
    period: a.period,
    rule: label(`rule.${a.rule}`),
    actual: a.actual,
    expected: a.expected,
    target: a.target,
    gap: a.gap,
    message: a.message,
    firstSeen: a.firstSeen,
    lastChanged: a.lastChanged,
    lastEvaluated: a.lastEvaluated,
    resolvedAt: a.resolvedAt,
    ackedStatus: a.ackedStatus === '' ? '' : label(`status.${a.ackedStatus}`),
    action: a.planner.action,
    ackBy: a.planner.ackBy,
    ackNote: a.planner.ackNote,
    until: a.planner.until,
  };
}

/** One Status table row by column key, stamped with the time of the check. */
export function statusRow(s: StatusRow, checkedAt: string): TemplateRow {
  return {
    id: s.id,
    category: s.category,
    indicator: s.name,
    kind: label(`kind.${s.kind}`),
    region: s.region,
    period: s.period,
    status: label(`status.${s.status}`),
    severity: label(`severity.${s.severity}`),
    completion: s.completion,
    elapsed: s.elapsed,
    gap: s.gap,
    expected: s.expected,
    actual: s.actual,
    forecast: s.forecast,
    target: s.target,
    unit: s.unit,
    checkedAt,
    // 2021、2022: earlier periods never reported — a completeness notice, not an alert.
    gaps: s.gaps.join('、'),
  };
}
