import { t } from '../../shared/i18n/messages.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import type { DigestContent, DigestItem, DigestSection } from '../../shared/model/digest.ts';
import type { Severity } from '../../shared/model/status.ts';
import { inline, ordered } from './language-order.ts';
import type { DigestLanguage } from './language-order.ts';
import { sectionsInOrder } from './section-order.ts';
import { formatValue } from './value-format.ts';

/**
 * A workbook value inside markdown: on one line, and with the characters robots read as
 * markup escaped, so an indicator named `*重点*` does not turn bold.
 */
function md(value: string): string {
  return value
    .replace(/\s*[\r\n\t]+\s*/g, ' ')
    .trim()
    .replace(/([\\`*_[\]#>|])/g, '\\$1');
}

function field(key: MessageKey, value: string, lang: DigestLanguage): string {
  return `${ordered(t(key), lang).first} ${value}`;
}

function itemLine(item: DigestItem, showAge: boolean, lang: DigestLanguage): string {
  const where = [item.region, item.period].map(md).filter((s) => s !== '');
  if (showAge) where.push(ordered(t('digest.age', { days: item.ageDays }), lang).first);
  const unit = md(item.unit);
  const figures = [
    field('digest.field.actual', formatValue(item.actual, unit), lang),
    field('digest.field.expected', formatValue(item.expected, unit), lang),
    field('digest.field.target', formatValue(item.target, unit), lang),
  ].join(' · ');
  const status = ordered(t(`status.${item.status}`), lang).first;
  const kind = ordered(t(`kind.${item.kind}`), lang).first;
  const head = `- **${status}** ${md(item.indicator)}（${kind}）${where.join(' · ')}：${figures}`;
  const message = md(item.message);
  return message === '' ? head : `${head}\n  ${message}`;
}

function sectionLines(section: DigestSection, lang: DigestLanguage): string[] {
  const title = t(`digest.section.${section.key}`);
  const heading = ordered(
    { zh: `${title.zh}（${section.count}）`, en: `${title.en} (${section.count})` },
    lang,
  ).first;
  const lines = ['', `#### ${heading}`];
  if (section.groups.length === 0) lines.push(ordered(t('digest.sectionEmpty'), lang).first);
  for (const group of section.groups) {
    lines.push('', `**${md(group.category)}**`, '');
    for (const item of group.items) lines.push(itemLine(item, section.key === 'firing', lang));
  }
  return lines;
}

function countLine(content: DigestContent, lang: DigestLanguage): string {
  const severities: Severity[] = ['critical', 'warning', 'info'];
  return severities
    .map((s) => {
      const label = ordered(t(`severity.${s}`), lang).first;
      return ordered(t('digest.count', { label, count: content.counts[s] }), lang).first;
    })
    .join(' · ');
}

/**
 * The digest as markdown for the DingTalk and WeCom robots: the same content as the
 * mail's text part, in the recipient's language only (a chat message is read on a phone,
 * so the second language is left to the mail), without the chart.
 */
export function renderDigestMarkdown(content: DigestContent): string {
  const lang = content.recipient.language;
  const lines: string[] = [
    `### ${md(ordered(t('digest.title', { plan: content.planName }), lang).first)}`,
    ordered(t('digest.asOf', { date: content.date }), lang).first,
    '',
    countLine(content, lang),
  ];
  if (content.failures.length > 0) {
    lines.push('', `**${inline(t('digest.failures.title'), lang)}**`, '');
    for (const f of content.failures) lines.push(`- ${md(f.workbook)}：${md(f.message)}`);
  }
  if (content.unchanged) lines.push('', ordered(t('digest.unchanged'), lang).first);
  for (const section of sectionsInOrder(content.sections))
    lines.push(...sectionLines(section, lang));
  lines.push(
    '',
    `> ${md(ordered(t('digest.footer', { workbook: content.workbook, date: content.date }), lang).first)}`,
  );
  return `${lines.join('\n')}\n`;
}
