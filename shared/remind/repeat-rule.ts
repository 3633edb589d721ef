import { workingDaysUntil } from '../calendar/due-date.ts';
import { reminderItemKey, type Reminder } from './reminder.ts';

/**
 * When a figure is asked for again. A figure coming due is announced once; an overdue one
 * again once `remind.repeatDays` working days have passed since it was last asked for (1:
 * every working day). `lastSent` maps {@link reminderItemKey} to the date (YYYY-MM-DD) it
 * last went to this recipient. Gives the reminder cut to what is to be said today, or null
 * when nothing is — then no message goes out.
 */
export function dueForRepeat(
  reminder: Reminder,
  lastSent: ReadonlyMap<string, string>,
): Reminder | null {
  const items = reminder.items.filter((item) => {
    const last = lastSent.get(reminderItemKey(item));
    if (last === undefined) return true;
    if (item.daysOverdue === null) return false;
    return workingDaysUntil(last, reminder.date) >= Math.max(1, item.repeatDays);
  });
  return items.length === 0 ? null : { ...reminder, items };
}
