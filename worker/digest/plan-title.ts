import { MAX_PLAN_SECTIONS } from '../../shared/digest/person-digest.ts';
import { t, type Bilingual } from '../../shared/i18n/messages.ts';
import type { DigestContent, DigestPlanLine } from '../../shared/model/digest.ts';
import { slash, type DigestLanguage } from './language-order.ts';

/** `湖州市市场监管规划（huzhou.xlsx）`: a plan named with its workbook's file name. */
export function planTitle(
  plan: { planName: string; workbook: string },
  lang: DigestLanguage,
  clean: (s: string) => string = (s) => s,
): string {
  const text = t('digest.plan.title', {
    plan: clean(plan.planName),
    workbook: fileName(plan, clean),
  });
  // The plan and file names stay as written, so one language's wording is enough here.
  return slash(lang === 'en' ? { zh: text.en, en: text.en } : { zh: text.zh, en: text.zh }, lang);
}

function fileName(plan: { workbook: string }, clean: (s: string) => string): string {
  return clean(plan.workbook).split(/[\\/]/).pop() ?? '';
}

/** The workbooks a digest was built from, in run order. */
export function digestWorkbooks(content: DigestContent): string[] {
  return [...content.plans, ...content.summarised, ...content.quiet].map((p) => p.workbook);
}

/** How many plans a digest covers: in sections, on lines of their own, and quiet. */
export function digestPlanCount(content: DigestContent): number {
  return content.plans.length + content.summarised.length + content.quiet.length;
}

/** The heading of the plans past MAX_PLAN_SECTIONS, then one line per plan (null: none). */
export function summarisedTexts(
  content: DigestContent,
  clean: (s: string) => string = (s) => s,
): { title: Bilingual; lines: Bilingual[] } | null {
  if (content.summarised.length === 0) return null;
  return {
    title: t('digest.summarised.title', {
      count: content.summarised.length,
      limit: MAX_PLAN_SECTIONS,
    }),
    lines: content.summarised.map((p: DigestPlanLine) =>
      t('digest.summarised.line', {
        plan: clean(p.planName),
        workbook: fileName(p, clean),
        critical: p.counts.critical,
        warning: p.counts.warning,
      }),
    ),
  };
}
