import type { AlertState } from './alert.ts';
import type { Rule, Severity, Status } from './status.ts';

/** One line of a digest section: an alert as a leader reads it. */
export interface DigestItem {
  alertId: string;
  id: string;
  indicator: string;
  category: string;
  kind: 'binding' | 'expected';
  region: string;
  period: string;
  rule: Rule;
  status: Status;
  severity: Severity;
  state: AlertState;
  actual: number | null;
  expected: number | null;
  target: number | null;
  unit: string;
  /** Days since first seen (for "still firing"). */
  ageDays: number;
  message: string;
}

/** Items grouped by category; binding indicators first inside each group. */
export interface DigestGroup {
  category: string;
  items: DigestItem[];
}

export type DigestSectionKey = 'new' | 'firing' | 'resolved' | 'missing' | 'forecast';

export interface DigestSection {
  key: DigestSectionKey;
  groups: DigestGroup[];
  count: number;
}

/** Status counts for the chart: per category, how many indicator × region are in each status. */
export interface DigestStatusCount {
  category: string;
  counts: Partial<Record<Status, number>>;
}

/** Everything one recipient's email says, as data: renderers turn it into HTML/text. */
export interface DigestContent {
  planName: string;
  /** As-of date, YYYY-MM-DD in the plan's time zone. */
  date: string;
  workbook: string;
  recipient: { name: string; email: string; language: 'zh-CN' | 'en' };
  /** 红 (critical) and 黄 (warning) counts of firing alerts in scope. */
  counts: { critical: number; warning: number; info: number };
  subject: string;
  sections: DigestSection[];
  statusByCategory: DigestStatusCount[];
  /**
   * True when nothing is new, reopened, worse or resolved since the last digest and every
   * workbook of the run was checked (for `on-change`).
   */
  unchanged: boolean;
  /** Workbooks of this run that could not be checked, with why. */
  failures: { workbook: string; message: string }[];
}
