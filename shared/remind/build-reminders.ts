import { workingDaysUntil } from '../calendar/due-date.ts';
import { isWorkingDay } from '../calendar/working-days.ts';
import { inScope } from '../digest/recipient-scope.ts';
import type { OwedFigure } from '../model/owed-figure.ts';
import { receives, recipientAddress, type Recipient } from '../model/recipient.ts';
import { daysBetween } from '../parse/period.ts';
import type { Reminder, ReminderItem } from './reminder.ts';

/** What the reminders need of one checked workbook. */
export interface ReminderPlan {
  workbook: string;
  planName: string;
  asOf: string;
  recipients: readonly Recipient[];
  owed: readonly OwedFigure[];
  /** Settings `remind.beforeDays`: figures due within this many working days are listed. */
  beforeDays: number;
  /** Settings `remind.repeatDays`. */
  repeatDays: number;
}

/**
 * 催报: for each reminder recipient, the figures of their scope (usually 责任单位:<unit>,
 * matched against Indicators.owner; region and category scopes work too) that are overdue
 * or due within `remind.beforeDays` working days, over every plan that lists them — one
 * reminder per recipient (address, or robot and name) per run. Nobody is reminded on a day
 * off (the run's date is not a working day), and a recipient who owes nothing gets nothing.
 */
export function buildReminders(plans: readonly ReminderPlan[]): Reminder[] {
  const byAddress = new Map<string, Reminder>();
  for (const plan of plans) {
    if (!isWorkingDay(plan.asOf).working) continue;
    for (const recipient of plan.recipients) {
      if (!receives(recipient, 'reminder')) continue;
      const items = plan.owed
        .filter((f) => inScope(recipient, f))
        .map((f) => itemOf(plan, f))
        .filter((i): i is ReminderItem => i !== null);
      if (items.length === 0) continue;
      const address = recipientAddress(recipient);
      const reminder = byAddress.get(address) ?? {
        recipient: {
          name: recipient.name,
          email: recipient.email,
          address,
          channel: recipient.channel,
          mobiles: recipient.mobiles,
          language: recipient.language,
        },
        date: plan.asOf,
        items: [],
      };
      reminder.items.push(...items);
      byAddress.set(address, reminder);
    }
  }
  return [...byAddress.values()].map((r) => ({ ...r, items: sortItems(r.items) }));
}

function itemOf(plan: ReminderPlan, f: OwedFigure): ReminderItem | null {
  const base = {
    workbook: plan.workbook,
    plan: plan.planName,
    id: f.id,
    name: f.name,
    region: f.region,
    period: f.period,
    due: f.due,
    estimated: f.estimated,
    repeatDays: plan.repeatDays,
  };
  if (f.overdue)
    return { ...base, daysOverdue: daysBetween(f.due, plan.asOf), workingDaysLeft: null };
  const left = workingDaysUntil(plan.asOf, f.due);
  if (left > plan.beforeDays) return null;
  return { ...base, daysOverdue: null, workingDaysLeft: left };
}

function sortItems(items: ReminderItem[]): ReminderItem[] {
  return [...items].sort(
    (a, b) =>
      (b.daysOverdue ?? -1) - (a.daysOverdue ?? -1) ||
      a.due.localeCompare(b.due) ||
      a.workbook.localeCompare(b.workbook) ||
      a.id.localeCompare(b.id) ||
      a.region.localeCompare(b.region),
  );
}
