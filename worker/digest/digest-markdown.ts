import { t } from '../../shared/i18n/messages.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import type { Bilingual } from '../../shared/i18n/messages.ts';
import { readerTexts } from '../../shared/i18n/reader-language.ts';
import type {
  DigestContent,
  DigestCounts,
  DigestItem,
  DigestPlan,
  DigestSection,
} from '../../shared/model/digest.ts';
import type { Severity } from '../../shared/model/status.ts';
import { inline } from './language-order.ts';
import type { DigestLanguage } from './language-order.ts';
import { digestPlanCount, planTitle, summarisedTexts } from './plan-title.ts';
import { sectionsInOrder } from './section-order.ts';
import { overdueUnitText } from '../../shared/digest/overdue-units.ts';
import { omittedText } from '../../shared/digest/entry-cap.ts';
import { formatValue } from './value-format.ts';

/** The reader's first language only: a chat message is read on a phone. */
function first(text: Bilingual, lang: DigestLanguage): string {
  return readerTexts(text, lang)[0] ?? '';
}

/**
 * A workbook value inside markdown: on one line, and with the characters robots read as
 * markup escaped, so an indicator named `*重点*` does not turn bold.
 */
export function md(value: string): string {
  return value
    .replace(/\s*[\r\n\t]+\s*/g, ' ')
    .trim()
    .replace(/([\\`*_[\]#>|])/g, '\\$1');
}

function field(key: MessageKey, value: string, lang: DigestLanguage): string {
  return `${first(t(key), lang)} ${value}`;
}

function itemLine(item: DigestItem, showAge: boolean, lang: DigestLanguage): string {
  const where = [item.region, item.period].map(md).filter((s) => s !== '');
  if (showAge) where.push(first(t('digest.age', { days: item.ageDays }), lang));
  const unit = md(item.unit);
  const figures = [
    field('digest.field.actual', formatValue(item.actual, unit), lang),
    field('digest.field.expected', formatValue(item.expected, unit), lang),
    field('digest.field.target', formatValue(item.target, unit), lang),
  ].join(' · ');
  const statuses = item.rules.map((r) => first(t(`status.${r.status}`), lang)).join(' · ');
  const kind = first(t(`kind.${item.kind}`), lang);
  const head = `- **${statuses}** ${md(item.indicator)}（${kind}）${where.join(' · ')}：${figures}`;
  const messages = item.rules.map((r) => md(r.message)).filter((m) => m !== '');
  return [head, ...messages.map((m) => `  ${m}`)].join('\n');
}

function sectionLines(section: DigestSection, lang: DigestLanguage): string[] {
  const title = t(`digest.section.${section.key}`);
  const heading = first(
    { zh: `${title.zh}（${section.count}）`, en: `${title.en} (${section.count})` },
    lang,
  );
  const lines = ['', `#### ${heading}`];
  for (const unit of section.units ?? []) lines.push(`- ${md(first(overdueUnitText(unit), lang))}`);
  const omitted = omittedText(section);
  if (section.groups.length === 0 && !omitted) lines.push(first(t('digest.sectionEmpty'), lang));
  for (const group of section.groups) {
    lines.push('', `**${md(group.category)}**`, '');
    for (const item of group.items) lines.push(itemLine(item, section.key === 'firing', lang));
  }
  if (omitted) lines.push('', md(first(omitted, lang)));
  return lines;
}

function countLine(counts: DigestCounts, lang: DigestLanguage): string {
  const severities: Severity[] = ['critical', 'warning', 'info'];
  return severities
    .map((s) => {
      const label = first(t(`severity.${s}`), lang);
      return first(t('digest.count', { label, count: counts[s] }), lang);
    })
    .join(' · ');
}

function planLines(plan: DigestPlan, lang: DigestLanguage, several: boolean): string[] {
  const lines: string[] = [];
  if (several) lines.push('', `### ${md(planTitle(plan, lang))}`, countLine(plan.counts, lang));
  for (const section of sectionsInOrder(plan.sections)) lines.push(...sectionLines(section, lang));
  return lines;
}

/**
 * The digest as markdown for the DingTalk and WeCom robots: the same content as the
 * mail's text part — a part per plan, the quiet plans on one line — in the reader's
 * first language only (a chat message is read on a phone), without the chart.
 */
export function renderDigestMarkdown(content: DigestContent): string {
  const lang = content.recipient.language;
  const single = digestPlanCount(content) === 1;
  const heading = single
    ? t('digest.title', { plan: content.plans[0]?.planName ?? content.quiet[0]?.planName ?? '' })
    : t('digest.title_plans', { count: digestPlanCount(content) });
  const lines: string[] = [
    `### ${md(first(heading, lang))}`,
    first(t('digest.asOf', { date: content.date }), lang),
    '',
    countLine(content.counts, lang),
  ];
  if (content.failures.length > 0) {
    lines.push('', `**${inline(t('digest.failures.title'), lang)}**`, '');
    for (const f of content.failures) lines.push(`- ${md(f.workbook)}：${md(f.message)}`);
  }
  const inDoubt = content.inDoubt ?? [];
  if (inDoubt.length > 0) {
    lines.push('', `**${inline(t('digest.in_doubt.title'), lang)}**`, '');
    for (const d of inDoubt) lines.push(`- ${md(d.to)}：${md(d.message)}`);
  }
  if (content.unchanged) lines.push('', first(t('digest.unchanged'), lang));
  for (const plan of content.plans) lines.push(...planLines(plan, lang, !single));
  const summarised = summarisedTexts(content);
  if (summarised) {
    lines.push('', first(summarised.title, lang), '');
    for (const line of summarised.lines) lines.push(`- ${md(first(line, lang))}`);
  }
  if (content.quiet.length > 0) {
    const names = content.quiet.map((p) => md(planTitle(p, lang))).join('、');
    lines.push('', first(t('digest.quiet', { plans: names }), lang));
  }
  return `${lines.join('\n')}\n`;
}
