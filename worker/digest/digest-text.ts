import { t } from '../../shared/i18n/messages.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { readerTexts } from '../../shared/i18n/reader-language.ts';
import type {
  DigestContent,
  DigestItem,
  DigestPlan,
  DigestSection,
} from '../../shared/model/digest.ts';
import type { Severity } from '../../shared/model/status.ts';
import { inline, slash } from './language-order.ts';
import type { DigestLanguage } from './language-order.ts';
import { sectionsInOrder } from './section-order.ts';
import { overdueUnitText } from '../../shared/digest/overdue-units.ts';
import { omittedText } from '../../shared/digest/entry-cap.ts';
import { statusChartLayout } from './status-chart-png.ts';
import { formatValue } from './value-format.ts';
import { digestPlanCount, digestWorkbooks, planTitle, summarisedTexts } from './plan-title.ts';

/** A workbook value on one line: a newline typed into a cell would break the layout. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n\t]+\s*/g, ' ').trim();
}

function field(key: MessageKey, value: string, lang: DigestLanguage): string {
  return `${inline(t(key), lang)} ${value}`;
}

function itemLines(item: DigestItem, showAge: boolean, lang: DigestLanguage): string[] {
  const where = [item.region, item.period].map(oneLine).filter((s) => s !== '');
  if (showAge) where.push(inline(t('digest.age', { days: item.ageDays }), lang));
  const statuses = item.rules.map((r) => inline(t(`status.${r.status}`), lang)).join(' · ');
  const lines = [
    `  * [${statuses}] ${oneLine(item.indicator)} (${inline(t(`kind.${item.kind}`), lang)})`,
    `    ${where.join(' · ')}`,
    '    ' +
      [
        field('digest.field.actual', formatValue(item.actual, oneLine(item.unit)), lang),
        field('digest.field.expected', formatValue(item.expected, oneLine(item.unit)), lang),
        field('digest.field.target', formatValue(item.target, oneLine(item.unit)), lang),
      ].join(' · '),
  ];
  for (const rule of item.rules) {
    const message = oneLine(rule.message);
    if (message !== '') lines.push(`    - ${message}`);
  }
  return lines;
}

function sectionLines(section: DigestSection, lang: DigestLanguage): string[] {
  const title = t(`digest.section.${section.key}`);
  const heading = slash(
    { zh: `${title.zh}（${section.count}）`, en: `${title.en} (${section.count})` },
    lang,
  );
  const lines = ['', `==== ${heading} ====`];
  for (const unit of section.units ?? []) lines.push(`  ${slash(overdueUnitText(unit), lang)}`);
  const omitted = omittedText(section);
  if (section.groups.length === 0 && !omitted)
    lines.push(`  ${inline(t('digest.sectionEmpty'), lang)}`);
  for (const group of section.groups) {
    lines.push('', `【${oneLine(group.category)}】`);
    for (const item of group.items) lines.push(...itemLines(item, section.key === 'firing', lang));
  }
  if (omitted) lines.push('', `  ${slash(omitted, lang)}`);
  return lines;
}

function countLines(counts: DigestContent['counts'], lang: DigestLanguage): string[] {
  const severities: Severity[] = ['critical', 'warning', 'info'];
  const zh = severities.map(
    (s) => t('digest.count', { label: t(`severity.${s}`).zh, count: counts[s] }).zh,
  );
  const en = severities.map(
    (s) => t('digest.count', { label: t(`severity.${s}`).en, count: counts[s] }).en,
  );
  return readerTexts({ zh: zh.join(' · '), en: en.join(' · ') }, lang);
}

function chartLines(content: DigestContent, lang: DigestLanguage): string[] {
  if (content.chart.bars.length === 0) return [];
  const byPlan = content.chart.by === 'plan';
  const lines = ['', slash(t(byPlan ? 'digest.chart.title_plans' : 'digest.chart.title'), lang)];
  for (const bar of statusChartLayout(content.chart.bars).bars) {
    const parts = bar.segments.map(
      (s) => `${readerTexts(t(`status.${s.status}`), lang)[0] ?? ''} ${s.count}`,
    );
    lines.push(
      `  ${oneLine(bar.label)}: ${inline(t('digest.chart.total'), lang)} ${bar.total}  ${parts.join(' · ')}`,
    );
  }
  return lines;
}

function planLines(plan: DigestPlan, lang: DigestLanguage, several: boolean): string[] {
  const lines: string[] = [];
  if (several) {
    const title = planTitle(plan, lang, oneLine);
    lines.push(
      '',
      '#'.repeat(8),
      `# ${title}`,
      ...countLines(plan.counts, lang).map((l) => `# ${l}`),
    );
  }
  for (const section of sectionsInOrder(plan.sections)) lines.push(...sectionLines(section, lang));
  return lines;
}

/**
 * The plain-text alternative of the digest: the same information as the HTML — a part
 * per plan, the quiet plans on one line at the end — readable in a terminal or a mail
 * client that shows no HTML, in the recipient's language(s).
 */
export function renderDigestText(content: DigestContent): string {
  const lang = content.recipient.language;
  const single = digestPlanCount(content) === 1;
  const heading = single
    ? t('digest.title', {
        plan: oneLine(content.plans[0]?.planName ?? content.quiet[0]?.planName ?? ''),
      })
    : t('digest.title_plans', { count: digestPlanCount(content) });
  const lines: string[] = [
    oneLine(content.subject),
    '',
    ...readerTexts(heading, lang),
    slash(t('digest.asOf', { date: content.date }), lang),
    ...countLines(content.counts, lang),
  ];
  if (content.failures.length > 0) {
    lines.push('', `!! ${slash(t('digest.failures.title'), lang)}`);
    for (const f of content.failures)
      lines.push(`   - ${oneLine(f.workbook)}: ${oneLine(f.message)}`);
  }
  const inDoubt = content.inDoubt ?? [];
  if (inDoubt.length > 0) {
    lines.push('', `!! ${slash(t('digest.in_doubt.title'), lang)}`);
    for (const d of inDoubt) lines.push(`   - ${oneLine(d.to)}: ${oneLine(d.message)}`);
  }
  if (content.unchanged) lines.push('', slash(t('digest.unchanged'), lang));
  lines.push(...chartLines(content, lang));
  for (const plan of content.plans) lines.push(...planLines(plan, lang, !single));
  const summarised = summarisedTexts(content, oneLine);
  if (summarised) {
    lines.push('', slash(summarised.title, lang));
    for (const line of summarised.lines) lines.push(`   - ${slash(line, lang)}`);
  }
  if (content.quiet.length > 0) {
    const names = content.quiet.map((p) => planTitle(p, lang, oneLine)).join('、');
    lines.push('', slash(t('digest.quiet', { plans: names }), lang));
  }
  lines.push(
    '',
    '--',
    ...readerTexts(
      t('digest.footer', {
        workbooks: digestWorkbooks(content).map(oneLine).join('、'),
        date: content.date,
      }),
      lang,
    ),
  );
  return `${lines.join('\n')}\n`;
}
