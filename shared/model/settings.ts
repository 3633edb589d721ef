import type { ReaderLanguage } from './digest.ts';

/** Plan-level settings, every number of DESIGN §4 included (Settings table, key/value). */
export interface Settings {
  planName: string;
  /** The plan's own level, e.g. 湖州市; actuals with an empty region belong to it. */
  planRegion: string;
  timezone: string;
  /** The language of the alert messages written into the workbook (Alerts sheet). */
  language: ReaderLanguage;
  /** Gap (percentage points) up to which an indicator is `behind`; past it, `at_risk`. */
  behindMaxPp: number;
  dueDays: { annual: number; quarterly: number; monthly: number };
  /** A rule must hold for this many consecutive reported periods before it fires. */
  consecutivePeriods: number;
  /** Resolved alerts older than this are dropped from the Alerts table. */
  retentionDays: number;
  digestMode: 'always' | 'on-change';
  /**
   * When this plan asks to be checked: a five-field cron pattern in the plan's time zone
   * (`0 2 * * *` is 02:00 every day). Planners edit it in the add-in's Settings screen.
   */
  schedule: string;
  contractVersion: string;
}

export const DEFAULT_SETTINGS: Settings = {
  planName: '',
  planRegion: '',
  timezone: 'Asia/Shanghai',
  language: 'zh-CN',
  behindMaxPp: 10,
  dueDays: { annual: 30, quarterly: 15, monthly: 10 },
  consecutivePeriods: 1,
  retentionDays: 90,
  digestMode: 'always',
  schedule: '0 2 * * *',
  contractVersion: '1',
};
