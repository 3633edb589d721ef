import { t, type Bilingual } from '../i18n/messages.ts';
import type { OverdueUnit } from '../model/digest.ts';
import type { OwedFigure } from '../model/owed-figure.ts';
import type { Recipient } from '../model/recipient.ts';
import { severityFor } from '../evaluate/severity.ts';
import { daysBetween } from '../parse/period.ts';
import { inScope, meetsSeverity } from './recipient-scope.ts';

/**
 * The digest's missing-data section by responsible unit: how many figures each unit owes
 * past their due date and the longest overdue, most first — who to call, at a glance.
 * Only what the recipient's scope and minimum severity let them see (缺报 is a warning).
 */
export function overdueByUnit(
  owed: readonly OwedFigure[],
  date: string,
  recipient: Recipient,
): OverdueUnit[] {
  if (!meetsSeverity(recipient, severityFor('no_data', 'expected'))) return [];
  const units = new Map<string, OverdueUnit>();
  for (const f of owed) {
    if (!f.overdue || !inScope(recipient, f)) continue;
    const days = daysBetween(f.due, date);
    const unit = units.get(f.owner) ?? { owner: f.owner, count: 0, longestDays: 0 };
    unit.count += 1;
    unit.longestDays = Math.max(unit.longestDays, days);
    units.set(f.owner, unit);
  }
  return [...units.values()].sort(
    (a, b) => b.count - a.count || b.longestDays - a.longestDays || a.owner.localeCompare(b.owner),
  );
}

/** `食品抽检处：3 项逾期，最长 12 天`. */
export function overdueUnitText(unit: OverdueUnit): Bilingual {
  if (unit.owner === '')
    return t('digest.overdue_no_owner', { count: unit.count, days: unit.longestDays });
  return t('digest.overdue_unit', { owner: unit.owner, count: unit.count, days: unit.longestDays });
}
