import { t } from '../../shared/i18n/messages.ts';
import type { Bilingual, MessageKey } from '../../shared/i18n/messages.ts';
import type { DigestContent, DigestItem, DigestSection } from '../../shared/model/digest.ts';
import type { Severity } from '../../shared/model/status.ts';
import { inline, ordered } from './language-order.ts';
import type { DigestLanguage } from './language-order.ts';
import { sectionsInOrder } from './section-order.ts';
import { statusChartLayout } from './status-chart-png.ts';
import { formatValue } from './value-format.ts';

/** A workbook value on one line: a newline typed into a cell would break the layout. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n\t]+\s*/g, ' ').trim();
}

function both(text: Bilingual, lang: DigestLanguage): string[] {
  const { first, second } = ordered(text, lang);
  return [first, second];
}

function slash(text: Bilingual, lang: DigestLanguage): string {
  const { first, second } = ordered(text, lang);
  return `${first} / ${second}`;
}

function field(key: MessageKey, value: string, lang: DigestLanguage): string {
  return `${inline(t(key), lang)} ${value}`;
}

function itemLines(item: DigestItem, showAge: boolean, lang: DigestLanguage): string[] {
  const where = [item.region, item.period].map(oneLine).filter((s) => s !== '');
  if (showAge) where.push(inline(t('digest.age', { days: item.ageDays }), lang));
  const lines = [
    `  * [${inline(t(`status.${item.status}`), lang)}] ${oneLine(item.indicator)} (${inline(t(`kind.${item.kind}`), lang)})`,
    `    ${where.join(' · ')}`,
    '    ' +
      [
        field('digest.field.actual', formatValue(item.actual, oneLine(item.unit)), lang),
        field('digest.field.expected', formatValue(item.expected, oneLine(item.unit)), lang),
        field('digest.field.target', formatValue(item.target, oneLine(item.unit)), lang),
      ].join(' · '),
  ];
  const message = oneLine(item.message);
  if (message !== '') lines.push(`    ${message}`);
  return lines;
}

function sectionLines(section: DigestSection, lang: DigestLanguage): string[] {
  const title = t(`digest.section.${section.key}`);
  const heading = slash(
    { zh: `${title.zh}（${section.count}）`, en: `${title.en} (${section.count})` },
    lang,
  );
  const lines = ['', `==== ${heading} ====`];
  if (section.groups.length === 0) lines.push(`  ${inline(t('digest.sectionEmpty'), lang)}`);
  for (const group of section.groups) {
    lines.push('', `【${oneLine(group.category)}】`);
    for (const item of group.items) lines.push(...itemLines(item, section.key === 'firing', lang));
  }
  return lines;
}

function countLines(content: DigestContent, lang: DigestLanguage): string[] {
  const severities: Severity[] = ['critical', 'warning', 'info'];
  const zh = severities.map(
    (s) => t('digest.count', { label: t(`severity.${s}`).zh, count: content.counts[s] }).zh,
  );
  const en = severities.map(
    (s) => t('digest.count', { label: t(`severity.${s}`).en, count: content.counts[s] }).en,
  );
  return both({ zh: zh.join(' · '), en: en.join(' · ') }, lang);
}

function statusLines(content: DigestContent, lang: DigestLanguage): string[] {
  if (content.statusByCategory.length === 0) return [];
  const lines = ['', slash(t('digest.chart.title'), lang)];
  for (const bar of statusChartLayout(content.statusByCategory).bars) {
    const parts = bar.segments.map(
      (s) => `${ordered(t(`status.${s.status}`), lang).first} ${s.count}`,
    );
    lines.push(
      `  ${oneLine(bar.category)}: ${inline(t('digest.chart.total'), lang)} ${bar.total}  ${parts.join(' · ')}`,
    );
  }
  return lines;
}

/**
 * The plain-text alternative of the digest: the same information as the HTML, readable
 * in a terminal or a mail client that shows no HTML, the recipient's language first.
 */
export function renderDigestText(content: DigestContent): string {
  const lang = content.recipient.language;
  const lines: string[] = [
    oneLine(content.subject),
    '',
    ...both(t('digest.title', { plan: oneLine(content.planName) }), lang),
    slash(t('digest.asOf', { date: content.date }), lang),
    ...countLines(content, lang),
  ];
  if (content.failures.length > 0) {
    lines.push('', `!! ${slash(t('digest.failures.title'), lang)}`);
    for (const f of content.failures)
      lines.push(`   - ${oneLine(f.workbook)}: ${oneLine(f.message)}`);
  }
  if (content.unchanged) lines.push('', slash(t('digest.unchanged'), lang));
  lines.push(...statusLines(content, lang));
  for (const section of sectionsInOrder(content.sections))
    lines.push(...sectionLines(section, lang));
  lines.push(
    '',
    '--',
    ...both(t('digest.footer', { workbook: oneLine(content.workbook), date: content.date }), lang),
  );
  return `${lines.join('\n')}\n`;
}
