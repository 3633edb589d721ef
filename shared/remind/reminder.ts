import type { ReaderLanguage } from '../model/digest.ts';

/** One figure a reminder asks for. */
export interface ReminderItem {
  /** Workbook file and plan it is entered in. */
  workbook: string;
  plan: string;
  id: string;
  name: string;
  region: string;
  period: string;
  /** Due date, YYYY-MM-DD. */
  due: string;
  /** Calendar days past the due date (0 on the due date itself); null when not due yet. */
  daysOverdue: number | null;
  /** Working days left until the due date; null once overdue. */
  workingDaysLeft: number | null;
  /** The due date was counted Monday–Friday (its year is not in the holiday calendar yet). */
  estimated: boolean;
  /** The plan's `remind.repeatDays`: working days before an overdue figure is asked for again. */
  repeatDays: number;
}

/** One reminder (催报) message to one recipient of a run. */
export interface Reminder {
  recipient: {
    name: string;
    email: string;
    /** The send log's address (see recipientAddress). */
    address: string;
    channel: string;
    mobiles: string[];
    language: ReaderLanguage;
  };
  /** The run's as-of date. */
  date: string;
  /** Overdue first (longest first), then due soonest first. */
  items: ReminderItem[];
}

/** What the repeat record keeps per (recipient, item): so an overdue figure is not asked for daily unless wished. */
export function reminderItemKey(item: ReminderItem): string {
  const state = item.daysOverdue === null ? 'due' : 'overdue';
  return [item.workbook, item.id, item.region, item.period, state].join('|');
}
