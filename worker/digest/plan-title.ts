import { t } from '../../shared/i18n/messages.ts';
import type { DigestContent } from '../../shared/model/digest.ts';
import { slash, type DigestLanguage } from './language-order.ts';

/** `湖州市市场监管规划（huzhou.xlsx）`: a plan named with its workbook's file name. */
export function planTitle(
  plan: { planName: string; workbook: string },
  lang: DigestLanguage,
  clean: (s: string) => string = (s) => s,
): string {
  const file = clean(plan.workbook).split(/[\\/]/).pop() ?? '';
  const text = t('digest.plan.title', { plan: clean(plan.planName), workbook: file });
  // The plan and file names stay as written, so one language's wording is enough here.
  return slash(lang === 'en' ? { zh: text.en, en: text.en } : { zh: text.zh, en: text.zh }, lang);
}

/** The workbooks a digest was built from, in run order. */
export function digestWorkbooks(content: DigestContent): string[] {
  return [...content.plans, ...content.quiet].map((p) => p.workbook);
}
