import type { DueCalendar, DueDaysSpec } from '../calendar/due-days-text.ts';
import type { ReaderLanguage } from './digest.ts';

/** Plan-level settings, every number of docs/architecture.md §4 included (Settings, key/value). */
export interface Settings {
  planName: string;
  /** The plan's own level, e.g. 湖州市; actuals with an empty region belong to it. */
  planRegion: string;
  timezone: string;
  /** The language of the alert messages written into the workbook (Alerts sheet). */
  language: ReaderLanguage;
  /** Gap (percentage points) up to which an indicator is `behind`; past it, `at_risk`. */
  behindMaxPp: number;
  /** Default due period per frequency; a bare number (calendar null) follows `dueCalendar`. */
  dueDays: { annual: DueDaysSpec; quarterly: DueDaysSpec; monthly: DueDaysSpec };
  /** How a due period written as a bare number is counted (`due.calendar`). */
  dueCalendar: DueCalendar;
  /** 催报: figures due within this many working days are reminded of. */
  remindBeforeDays: number;
  /** 催报: an overdue figure is reminded of again after this many working days. */
  remindRepeatDays: number;
  /** A rule must hold for this many consecutive reported periods before it fires. */
  consecutivePeriods: number;
  /** Resolved alerts older than this are dropped from the Alerts table. */
  retentionDays: number;
  digestMode: 'always' | 'on-change';
  /**
   * A check reading fewer indicators than this share of the last check's is treated as
   * unreadable (nothing written, alerts kept): a damaged table, not a plan that shrank.
   */
  minIndicatorShare: number;
  contractVersion: string;
}

export const DEFAULT_SETTINGS: Settings = {
  planName: '',
  planRegion: '',
  timezone: 'Asia/Shanghai',
  language: 'zh-CN',
  behindMaxPp: 10,
  dueDays: {
    annual: { days: 30, calendar: null },
    quarterly: { days: 15, calendar: null },
    monthly: { days: 10, calendar: null },
  },
  dueCalendar: 'natural',
  remindBeforeDays: 3,
  remindRepeatDays: 1,
  consecutivePeriods: 1,
  retentionDays: 90,
  digestMode: 'always',
  minIndicatorShare: 0.5,
  contractVersion: '1',
};
