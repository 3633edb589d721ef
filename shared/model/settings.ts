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
  dueDays: { annual: number; quarterly: number; monthly: number };
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
  dueDays: { annual: 30, quarterly: 15, monthly: 10 },
  consecutivePeriods: 1,
  retentionDays: 90,
  digestMode: 'always',
  minIndicatorShare: 0.5,
  contractVersion: '1',
};
