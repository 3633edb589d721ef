import { t } from '../i18n/messages.ts';
import type {
  DigestContent,
  DigestCounts,
  DigestPlan,
  DigestPlanLine,
  DigestStatusCount,
  ReaderLanguage,
} from '../model/digest.ts';
import type { Status } from '../model/status.ts';
import { inLanguage } from '../i18n/reader-language.ts';
import { capDigestEntries } from './entry-cap.ts';

/** Who a person's digest goes to: as the first workbook listing them wrote it. */
export interface DigestReader {
  name: string;
  email: string;
  language: ReaderLanguage;
}

/**
 * Plans of one digest shown as full sections (and as bars of the chart). A person listed in
 * a thousand workbooks would otherwise get a digest of tens of megabytes that no mail server
 * takes and nobody reads; past this the plans get one line each.
 */
export const MAX_PLAN_SECTIONS = 30;

/** Something of one plan, with the plan's place in the run (the order a digest lists them in). */
interface Placed<T> {
  index: number;
  value: T;
}

/**
 * One person's digest as the plans of a run come in, in any order: what it keeps is
 * bounded by {@link MAX_PLAN_SECTIONS} sections and bars, plus a line per further plan.
 */
export interface PersonDigestDraft {
  /** How many plans list this person. */
  total: number;
  counts: DigestCounts;
  date: string;
  unchanged: boolean;
  /** The first plan in run order: a digest of one plan charts its categories. */
  first: Placed<DigestPlan> | null;
  /** The first plans with news, in run order, at most MAX_PLAN_SECTIONS. */
  sections: Placed<DigestPlan>[];
  summarised: Placed<DigestPlanLine>[];
  quiet: Placed<{ planName: string; workbook: string }>[];
  /** The first plans in run order, at most MAX_PLAN_SECTIONS: the chart's bars. */
  bars: Placed<{ planName: string; workbook: string; counts: DigestStatusCount['counts'] }>[];
}

export function newPersonDigestDraft(): PersonDigestDraft {
  return {
    total: 0,
    counts: { critical: 0, warning: 0, info: 0 },
    date: '',
    unchanged: true,
    first: null,
    sections: [],
    summarised: [],
    quiet: [],
    bars: [],
  };
}

function hasNews(plan: DigestPlan): boolean {
  return plan.sections.some((s) => s.count > 0);
}

/** Inserts in run order and keeps the first `limit`: returns the one pushed out, if any. */
function keepFirst<T>(list: Placed<T>[], item: Placed<T>, limit: number): Placed<T> | undefined {
  const at = list.findIndex((p) => p.index > item.index);
  list.splice(at < 0 ? list.length : at, 0, item);
  return list.length > limit ? list.pop() : undefined;
}

function inOrder<T>(list: readonly Placed<T>[]): T[] {
  return [...list].sort((a, b) => a.index - b.index).map((p) => p.value);
}

/** Adds one plan (the `index`-th of the run) to a person's draft. */
export function addPlanToDigest(draft: PersonDigestDraft, index: number, plan: DigestPlan): void {
  draft.total += 1;
  draft.counts.critical += plan.counts.critical;
  draft.counts.warning += plan.counts.warning;
  draft.counts.info += plan.counts.info;
  if (plan.date > draft.date) draft.date = plan.date;
  draft.unchanged &&= plan.unchanged;
  // Capped alone already (keeps a draft small): a digest's worst entries are among each plan's worst.
  const [capped = plan] = capDigestEntries([plan]);
  if (!draft.first || index < draft.first.index) draft.first = { index, value: capped };
  const named = { planName: plan.planName, workbook: plan.workbook };
  if (hasNews(plan)) {
    const out = keepFirst(draft.sections, { index, value: capped }, MAX_PLAN_SECTIONS);
    if (out)
      draft.summarised.push({ index: out.index, value: { ...named, counts: out.value.counts } });
  } else draft.quiet.push({ index, value: named });
  const counts: Partial<Record<Status, number>> = {};
  for (const bar of plan.statusByCategory)
    for (const [status, n] of Object.entries(bar.counts) as [Status, number][])
      counts[status] = (counts[status] ?? 0) + n;
  keepFirst(draft.bars, { index, value: { ...named, counts } }, MAX_PLAN_SECTIONS);
}

/** One bar per plan; a plan name two workbooks share gets its file name too. */
function barsByPlan(bars: PersonDigestDraft['bars']): DigestStatusCount[] {
  const plans = inOrder(bars);
  return plans.map((plan) => {
    const shared = plans.filter((p) => p.planName === plan.planName).length > 1;
    const label = shared ? `${plan.planName}（${plan.workbook}）` : plan.planName;
    return { label, counts: plan.counts };
  });
}

/**
 * One person's digest of a run: a section per plan that lists them (each already filtered
 * by that workbook's scope for them) up to {@link MAX_PLAN_SECTIONS}, a line per further
 * plan with news, the plans with nothing for them on one line at the end, the counts summed,
 * and a subject saying how many plans. The sections list at most MAX_DIGEST_ENTRIES entries
 * in all, the worst; counts and subject still count every entry. Takes the plans as a list or as a draft built one by one.
 */
export function buildPersonDigest(
  reader: DigestReader,
  plans: readonly DigestPlan[] | PersonDigestDraft,
  failures: DigestContent['failures'],
): DigestContent {
  const draft = 'total' in plans ? plans : draftOf(plans);
  const { counts, date } = draft;
  const only = draft.total === 1 ? draft.first?.value : undefined;
  const subject = only
    ? t('digest.subject', {
        plan: only.planName,
        date,
        critical: counts.critical,
        warning: counts.warning,
      })
    : t('digest.subject_plans', {
        date,
        count: draft.total,
        critical: counts.critical,
        warning: counts.warning,
      });
  return {
    date,
    recipient: reader,
    counts: { ...counts },
    // A subject line is one language: Chinese unless the reader asked for English only.
    subject: inLanguage(subject, reader.language === 'en' ? 'en' : 'zh-CN'),
    plans: capDigestEntries(inOrder(draft.sections)),
    summarised: inOrder(draft.summarised),
    quiet: inOrder(draft.quiet),
    chart: only
      ? { by: 'category', bars: only.statusByCategory }
      : { by: 'plan', bars: barsByPlan(draft.bars) },
    unchanged: draft.unchanged,
    failures,
  };
}

function draftOf(plans: readonly DigestPlan[]): PersonDigestDraft {
  const draft = newPersonDigestDraft();
  plans.forEach((plan, index) => addPlanToDigest(draft, index, plan));
  return draft;
}
