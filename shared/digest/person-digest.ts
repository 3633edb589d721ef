import { t } from '../i18n/messages.ts';
import type {
  DigestContent,
  DigestCounts,
  DigestPlan,
  DigestStatusCount,
  ReaderLanguage,
} from '../model/digest.ts';
import type { Status } from '../model/status.ts';
import { inLanguage } from '../i18n/reader-language.ts';

/** Who a person's digest goes to: as the first workbook listing them wrote it. */
export interface DigestReader {
  name: string;
  email: string;
  language: ReaderLanguage;
}

function hasNews(plan: DigestPlan): boolean {
  return plan.sections.some((s) => s.count > 0);
}

/** One bar per plan; a plan name two workbooks share gets its file name too. */
function barsByPlan(plans: readonly DigestPlan[]): DigestStatusCount[] {
  return plans.map((plan) => {
    const counts: Partial<Record<Status, number>> = {};
    for (const bar of plan.statusByCategory)
      for (const [status, n] of Object.entries(bar.counts) as [Status, number][])
        counts[status] = (counts[status] ?? 0) + n;
    const shared = plans.filter((p) => p.planName === plan.planName).length > 1;
    return { label: shared ? `${plan.planName}（${plan.workbook}）` : plan.planName, counts };
  });
}

/**
 * One person's digest of a run: a section per plan that lists them (each already filtered
 * by that workbook's scope for them), the plans with nothing for them on one line at the
 * end, the counts summed, and a subject saying how many plans.
 */
export function buildPersonDigest(
  reader: DigestReader,
  plans: readonly DigestPlan[],
  failures: DigestContent['failures'],
): DigestContent {
  const counts: DigestCounts = { critical: 0, warning: 0, info: 0 };
  for (const p of plans) {
    counts.critical += p.counts.critical;
    counts.warning += p.counts.warning;
    counts.info += p.counts.info;
  }
  const date = plans.map((p) => p.date).reduce((a, b) => (b > a ? b : a), '');
  const only = plans.length === 1 ? plans[0] : undefined;
  const subject = only
    ? t('digest.subject', {
        plan: only.planName,
        date,
        critical: counts.critical,
        warning: counts.warning,
      })
    : t('digest.subject_plans', {
        date,
        count: plans.length,
        critical: counts.critical,
        warning: counts.warning,
      });
  return {
    date,
    recipient: reader,
    counts,
    // A subject line is one language: Chinese unless the reader asked for English only.
    subject: inLanguage(subject, reader.language === 'en' ? 'en' : 'zh-CN'),
    plans: plans.filter(hasNews),
    quiet: plans
      .filter((p) => !hasNews(p))
      .map((p) => ({ planName: p.planName, workbook: p.workbook })),
    chart: only
      ? { by: 'category', bars: only.statusByCategory }
      : { by: 'plan', bars: barsByPlan(plans) },
    unchanged: plans.every((p) => p.unchanged),
    failures,
  };
}
