import type { AlertState } from './alert.ts';
import type { Rule, Severity, Status } from './status.ts';

/** One rule that fires (or was resolved) for an indicator × region. */
export interface DigestRule {
  alertId: string;
  rule: Rule;
  status: Status;
  severity: Severity;
  state: AlertState;
  message: string;
}

/**
 * One line of a digest section: an indicator × region as a leader reads it, with every
 * rule that fires for it together (worst first) and its figures once.
 */
export interface DigestItem {
  id: string;
  indicator: string;
  category: string;
  kind: 'binding' | 'expected';
  region: string;
  period: string;
  /** The worst rule's status and severity. */
  status: Status;
  severity: Severity;
  rules: DigestRule[];
  actual: number | null;
  expected: number | null;
  target: number | null;
  unit: string;
  /** Days since first seen (for "still firing"): the oldest of its rules. */
  ageDays: number;
}

/** Items grouped by category; binding indicators first inside each group. */
export interface DigestGroup {
  category: string;
  items: DigestItem[];
}

export type DigestSectionKey = 'new' | 'firing' | 'resolved' | 'missing' | 'forecast';

/** The order a leader reads the sections in (docs/architecture.md §6). */
export const DIGEST_SECTIONS: readonly DigestSectionKey[] = [
  'new',
  'firing',
  'resolved',
  'missing',
  'forecast',
];

/** One responsible unit's overdue figures (the missing-data section's summary). */
export interface OverdueUnit {
  /** Indicators.owner ('' when none is given). */
  owner: string;
  count: number;
  /** Days past the due date of the longest overdue. */
  longestDays: number;
}

export interface DigestSection {
  key: DigestSectionKey;
  /** The entries listed: past MAX_DIGEST_ENTRIES a digest lists only its worst. */
  groups: DigestGroup[];
  /** Every entry of the section, listed or not. */
  count: number;
  /** Entries of the section not listed (past MAX_DIGEST_ENTRIES), by severity. */
  omitted?: DigestCounts;
  /** The missing-data section only: overdue figures by responsible unit, most first. */
  units?: OverdueUnit[];
}

/** Status counts for one bar of the chart: a category (one plan) or a plan (several). */
export interface DigestStatusCount {
  label: string;
  counts: Partial<Record<Status, number>>;
}

/** The red / yellow / grey counts of firing entries in scope. */
export interface DigestCounts {
  critical: number;
  warning: number;
  info: number;
}

/** A reader's language: one of the two, or both with Chinese first. */
export type ReaderLanguage = 'zh-CN' | 'en' | 'zh-CN+en';

/** One plan's part of a person's digest, filtered by that workbook's scope for them. */
export interface DigestPlan {
  planName: string;
  /** The workbook's file name: two plans may share a name. */
  workbook: string;
  /** As-of date, YYYY-MM-DD in the plan's time zone. */
  date: string;
  counts: DigestCounts;
  sections: DigestSection[];
  statusByCategory: DigestStatusCount[];
  /**
   * True when nothing is new, reopened, worse or resolved since the last digest and every
   * workbook of the run was checked (for `on-change`).
   */
  unchanged: boolean;
}

/** A plan named on one line of a digest with its red / yellow / grey counts. */
export interface DigestPlanLine {
  planName: string;
  workbook: string;
  counts: DigestCounts;
}

/** Everything one person's email of a run says, as data: renderers turn it into HTML/text. */
export interface DigestContent {
  /** The latest as-of date of its plans. */
  date: string;
  recipient: { name: string; email: string; language: ReaderLanguage };
  /** Summed over its plans. */
  counts: DigestCounts;
  subject: string;
  /** Plans with something to report, in run order, listing at most MAX_DIGEST_ENTRIES entries in all. */
  plans: DigestPlan[];
  /**
   * Plans with something to report past the first MAX_PLAN_SECTIONS: one line each (plan,
   * file, red/yellow counts) instead of a section, so the digest stays a readable size.
   */
  summarised: DigestPlanLine[];
  /** Plans with nothing to report for this person: listed on one line at the end. */
  quiet: { planName: string; workbook: string }[];
  /** The chart: by category for one plan, by plan (the first MAX_PLAN_SECTIONS) for several. */
  chart: { by: 'category' | 'plan'; bars: DigestStatusCount[] };
  /** True when every plan is unchanged (for `on-change`, decided per person). */
  unchanged: boolean;
  /** Workbooks of this run that could not be checked, with why. */
  failures: { workbook: string; message: string }[];
  /**
   * Digests of earlier runs whose send was interrupted (may or may not have arrived): to
   * whom, and a line with run, time and channel, for a person to decide on.
   */
  inDoubt?: { to: string; message: string }[];
}
