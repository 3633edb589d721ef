import { t } from '../../shared/i18n/messages.ts';
import type { Bilingual, MessageKey } from '../../shared/i18n/messages.ts';
import { readerTexts } from '../../shared/i18n/reader-language.ts';
import type {
  DigestContent,
  DigestCounts,
  DigestItem,
  DigestPlan,
  DigestSection,
  DigestStatusCount,
} from '../../shared/model/digest.ts';
import type { Severity, Status } from '../../shared/model/status.ts';
import { escapeHtml } from './html-escape.ts';
import { inline, slash } from './language-order.ts';
import { digestPlanCount, digestWorkbooks, planTitle, summarisedTexts } from './plan-title.ts';
import type { DigestLanguage } from './language-order.ts';
import { sectionsInOrder } from './section-order.ts';
import { overdueUnitText } from '../../shared/digest/overdue-units.ts';
import { omittedText } from '../../shared/digest/entry-cap.ts';
import { CHART_GEOMETRY, statusChartLayout } from './status-chart-png.ts';
import { STATUS_COLOURS, STATUS_DISPLAY_ORDER } from '../../shared/model/status-table.ts';
import { formatValue } from './value-format.ts';

/** How the HTML refers to the chart image; null renders no image. */
export interface DigestHtmlOptions {
  /** Content-ID of the chart attached inline (`<img src="cid:…">`). */
  chartCid: string | null;
}

// Outlook ignores <style> blocks and most CSS on <div>: everything is a table with inline
// styles, colours are repeated as bgcolor attributes, and fonts name the CJK faces
// Windows and Chinese webmail have.
const FONT =
  "font-family:'Microsoft YaHei','PingFang SC','Hiragino Sans GB','Noto Sans CJK SC',SimSun,Arial,sans-serif;";
const INK = '#1f2937';
const MUTED = '#6b7280';
const RULE = '#e5e7eb';
const TABLE = 'role="presentation" cellpadding="0" cellspacing="0" border="0"';

const SEVERITY_FILL: Record<Severity, string> = {
  critical: '#b71c1c',
  warning: '#f9a825',
  info: '#607d8b',
};
const SEVERITY_INK: Record<Severity, string> = {
  critical: '#ffffff',
  warning: INK,
  info: '#ffffff',
};

/** Rendering context: the recipient's language order. */
interface Ctx {
  lang: DigestLanguage;
}

/** The reader's language in full; with both, the English beneath in small grey: headings and notes. */
function stacked(ctx: Ctx, text: Bilingual, size: number, weight = 'normal'): string {
  const [first = '', second] = readerTexts(text, ctx.lang);
  return (
    `<div style="${FONT}font-size:${size}px;line-height:${size + 6}px;font-weight:${weight};color:${INK};">${escapeHtml(first)}</div>` +
    (second === undefined
      ? ''
      : `<div style="${FONT}font-size:${Math.max(11, size - 3)}px;line-height:${size + 2}px;color:${MUTED};">${escapeHtml(second)}</div>`)
  );
}

function chip(ctx: Ctx, text: Bilingual, fill: string, ink: string): string {
  const [first = '', second] = readerTexts(text, ctx.lang);
  return (
    `<table ${TABLE}><tr><td bgcolor="${fill}" style="${FONT}background-color:${fill};color:${ink};` +
    `padding:3px 7px;border-radius:3px;font-size:12px;line-height:16px;white-space:nowrap;">` +
    escapeHtml(first) +
    (second === undefined
      ? ''
      : `<br><span style="font-size:10px;line-height:12px;">${escapeHtml(second)}</span>`) +
    `</td></tr></table>`
  );
}

function statusChip(ctx: Ctx, status: Status): string {
  const colour = STATUS_COLOURS[status];
  return chip(ctx, t(`status.${status}`), colour.fill, colour.ink);
}

function kindTag(ctx: Ctx, kind: DigestItem['kind']): string {
  const colour = kind === 'binding' ? '#b71c1c' : MUTED;
  return (
    `<span style="${FONT}font-size:11px;color:${colour};border:1px solid ${colour};border-radius:2px;` +
    `padding:0 3px;white-space:nowrap;">${escapeHtml(inline(t(`kind.${kind}`), ctx.lang))}</span>`
  );
}

function field(ctx: Ctx, key: MessageKey, value: string): string {
  return `<span style="color:${MUTED};">${escapeHtml(inline(t(key), ctx.lang))}</span> ${escapeHtml(value)}`;
}

function countChips(ctx: Ctx, counts: DigestCounts): string {
  const severities: Severity[] = ['critical', 'warning', 'info'];
  const chips = severities
    .map((s) => {
      const label = t(`severity.${s}`);
      const text = {
        zh: t('digest.count', { label: label.zh, count: counts[s] }).zh,
        en: t('digest.count', { label: label.en, count: counts[s] }).en,
      };
      return `<td style="padding-right:8px;">${chip(ctx, text, SEVERITY_FILL[s], SEVERITY_INK[s])}</td>`;
    })
    .join('');
  return `<table ${TABLE}><tr>${chips}</tr></table>`;
}

/** The whole digest's title: the plan's name for one plan, how many plans for several. */
function digestTitle(content: DigestContent): Bilingual {
  const all = [...content.plans, ...content.quiet];
  const only = all.length === 1 ? all[0] : undefined;
  return only
    ? t('digest.title', { plan: only.planName })
    : t('digest.title_plans', { count: all.length });
}

function headline(ctx: Ctx, content: DigestContent): string {
  return (
    `<tr><td style="padding:20px 24px 12px 24px;border-bottom:3px solid #b71c1c;">` +
    stacked(ctx, digestTitle(content), 20, 'bold') +
    `<div style="height:6px;line-height:6px;font-size:6px;">&nbsp;</div>` +
    stacked(ctx, t('digest.asOf', { date: content.date }), 13) +
    `<div style="height:10px;line-height:10px;font-size:10px;">&nbsp;</div>` +
    countChips(ctx, content.counts) +
    `</td></tr>`
  );
}

/** A red box of things a person must look at: what (bold) and why, one row each. */
function attentionBox(
  ctx: Ctx,
  block: string,
  title: Bilingual,
  items: readonly { head: string; message: string }[],
): string {
  if (items.length === 0) return '';
  const rows = items
    .map(
      (f) =>
        `<tr><td style="${FONT}font-size:13px;line-height:19px;color:${INK};padding:4px 0;">` +
        `<strong>${escapeHtml(f.head)}</strong><br>${escapeHtml(f.message)}</td></tr>`,
    )
    .join('');
  return (
    `<tr><td style="padding:12px 24px 0 24px;"><table ${TABLE} width="100%" data-block="${block}">` +
    `<tr><td bgcolor="#fdecea" style="background-color:#fdecea;border:1px solid #b71c1c;padding:10px 12px;">` +
    stacked(ctx, title, 14, 'bold') +
    `<table ${TABLE} width="100%">${rows}</table></td></tr></table></td></tr>`
  );
}

function statusCountsTable(ctx: Ctx, chart: DigestContent['chart']): string {
  const layout = statusChartLayout(chart.bars);
  const head =
    `<tr><td style="${FONT}font-size:12px;color:${MUTED};padding:4px 8px 4px 0;border-bottom:1px solid ${RULE};">` +
    `${escapeHtml(inline(t(chart.by === 'plan' ? 'digest.chart.plan' : 'digest.chart.category'), ctx.lang))}</td>` +
    `<td style="${FONT}font-size:12px;color:${MUTED};padding:4px 8px;border-bottom:1px solid ${RULE};">` +
    `${escapeHtml(inline(t('digest.chart.total'), ctx.lang))}</td>` +
    `<td style="border-bottom:1px solid ${RULE};">&nbsp;</td></tr>`;
  const rows = layout.bars
    .map((bar) => {
      const cells = bar.segments
        .map((seg) => {
          const colour = STATUS_COLOURS[seg.status];
          // The bar is narrow: the status in the first language read.
          const name = readerTexts(t(`status.${seg.status}`), ctx.lang)[0] ?? '';
          return (
            `<td bgcolor="${colour.fill}" style="${FONT}background-color:${colour.fill};color:${colour.ink};` +
            `font-size:11px;padding:1px 5px;white-space:nowrap;">${escapeHtml(name)} ${seg.count}</td>` +
            `<td style="width:3px;font-size:1px;">&nbsp;</td>`
          );
        })
        .join('');
      return (
        `<tr><td style="${FONT}font-size:13px;color:${INK};padding:4px 8px 4px 0;">${escapeHtml(bar.label)}</td>` +
        `<td style="${FONT}font-size:13px;color:${INK};padding:4px 8px;">${bar.total}</td>` +
        `<td style="padding:4px 0;"><table ${TABLE}><tr>${cells}</tr></table></td></tr>`
      );
    })
    .join('');
  return `<table ${TABLE} width="100%" data-block="status-counts">${head}${rows}</table>`;
}

function legend(ctx: Ctx, statusByCategory: readonly DigestStatusCount[]): string {
  const present = STATUS_DISPLAY_ORDER.filter((s) =>
    statusByCategory.some((c) => (c.counts[s] ?? 0) > 0),
  );
  const cells = present
    .map((s) => {
      const colour = STATUS_COLOURS[s];
      return (
        `<td bgcolor="${colour.fill}" style="background-color:${colour.fill};width:10px;font-size:1px;">&nbsp;</td>` +
        `<td style="${FONT}font-size:11px;color:${INK};padding:0 10px 0 4px;white-space:nowrap;">` +
        `${escapeHtml(inline(t(`status.${s}`), ctx.lang))}</td>`
      );
    })
    .join('');
  return `<table ${TABLE}><tr>${cells}</tr></table>`;
}

function chartBlock(ctx: Ctx, content: DigestContent, chartCid: string | null): string {
  const { chart } = content;
  if (chart.bars.length === 0) return '';
  const byPlan = chart.by === 'plan';
  const { width, height } = statusChartLayout(chart.bars);
  const alt = inline(t(byPlan ? 'digest.chart.alt_plans' : 'digest.chart.alt'), ctx.lang);
  const image =
    chartCid === null
      ? ''
      : `<img src="cid:${escapeHtml(chartCid)}" width="${width}" height="${height}" alt="${escapeHtml(alt)}" ` +
        `style="display:block;border:0;width:100%;max-width:${CHART_GEOMETRY.width}px;height:auto;">` +
        `<div style="height:6px;line-height:6px;font-size:6px;">&nbsp;</div>${legend(ctx, chart.bars)}`;
  return (
    `<tr><td style="padding:16px 24px 0 24px;" data-block="chart">` +
    stacked(ctx, t(byPlan ? 'digest.chart.title_plans' : 'digest.chart.title'), 16, 'bold') +
    `<div style="height:8px;line-height:8px;font-size:8px;">&nbsp;</div>${image}` +
    `<div style="height:8px;line-height:8px;font-size:8px;">&nbsp;</div>` +
    statusCountsTable(ctx, chart) +
    `</td></tr>`
  );
}

function itemRow(ctx: Ctx, item: DigestItem, showAge: boolean): string {
  const where = [item.region, item.period]
    .filter((s) => s !== '')
    .map(escapeHtml)
    .join(' · ');
  const age = showAge
    ? ` · ${escapeHtml(inline(t('digest.age', { days: item.ageDays }), ctx.lang))}`
    : '';
  const figures = [
    field(ctx, 'digest.field.actual', formatValue(item.actual, item.unit)),
    field(ctx, 'digest.field.expected', formatValue(item.expected, item.unit)),
    field(ctx, 'digest.field.target', formatValue(item.target, item.unit)),
  ].join(' &nbsp;·&nbsp; ');
  // Every rule of the indicator × region, worst first: its chip beside the name, its sentence below.
  const messages = item.rules
    .filter((r) => r.message !== '')
    .map(
      (r) =>
        `<div style="color:${MUTED};font-size:13px;line-height:19px;">${escapeHtml(r.message)}</div>`,
    )
    .join('');
  const chips = item.rules
    .map((r) => `<div style="padding-bottom:3px;">${statusChip(ctx, r.status)}</div>`)
    .join('');
  const alertIds = item.rules.map((r) => r.alertId).join(' ');
  return (
    `<tr data-alert="${escapeHtml(alertIds)}"><td style="padding:8px 0;border-top:1px solid ${RULE};">` +
    `<table ${TABLE} width="100%"><tr>` +
    `<td width="96" valign="top" style="width:96px;padding-right:10px;">${chips}</td>` +
    `<td valign="top" style="${FONT}font-size:14px;line-height:20px;color:${INK};">` +
    `<strong>${escapeHtml(item.indicator)}</strong> ${kindTag(ctx, item.kind)}` +
    `<div style="color:${MUTED};font-size:13px;line-height:19px;">${where}${age}</div>` +
    `<div style="font-size:13px;line-height:19px;">${figures}</div>${messages}` +
    `</td></tr></table></td></tr>`
  );
}

function sectionBlock(ctx: Ctx, section: DigestSection): string {
  const title = t(`digest.section.${section.key}`);
  const counted = { zh: `${title.zh}（${section.count}）`, en: `${title.en} (${section.count})` };
  const units = (section.units ?? [])
    .map(
      (unit) =>
        `<div style="${FONT}font-size:13px;color:${INK};padding:2px 0;" data-unit>${escapeHtml(slash(overdueUnitText(unit), ctx.lang))}</div>`,
    )
    .join('');
  const omitted = omittedText(section);
  const rest = omitted
    ? `<div style="${FONT}font-size:13px;color:${MUTED};padding:8px 0 2px 0;border-top:1px solid ${RULE};" data-omitted>` +
      `${escapeHtml(slash(omitted, ctx.lang))}</div>`
    : '';
  const body =
    units +
    (section.groups.length === 0 && !omitted
      ? `<div style="${FONT}font-size:13px;color:${MUTED};padding:6px 0;">${escapeHtml(inline(t('digest.sectionEmpty'), ctx.lang))}</div>`
      : section.groups
          .map(
            (group) =>
              `<div style="${FONT}font-size:14px;font-weight:bold;color:${INK};padding:10px 0 4px 0;">` +
              `${escapeHtml(group.category)}</div>` +
              `<table ${TABLE} width="100%">${group.items.map((item) => itemRow(ctx, item, section.key === 'firing')).join('')}</table>`,
          )
          .join('')) +
    rest;
  return (
    `<tr><td style="padding:18px 24px 0 24px;" data-section="${section.key}">` +
    `<table ${TABLE} width="100%"><tr><td style="border-left:4px solid #b71c1c;padding-left:8px;">` +
    stacked(ctx, counted, 16, 'bold') +
    `</td></tr></table>${body}</td></tr>`
  );
}

/** One plan's part: with several plans, a heading naming plan and file and its own counts. */
function planBlock(ctx: Ctx, plan: DigestPlan, several: boolean): string {
  const heading = several
    ? `<tr><td style="padding:24px 24px 0 24px;" data-plan="${escapeHtml(plan.workbook)}">` +
      `<table ${TABLE} width="100%"><tr><td bgcolor="#f3f4f6" style="background-color:#f3f4f6;padding:8px 10px;">` +
      `<div style="${FONT}font-size:17px;line-height:23px;font-weight:bold;color:${INK};">` +
      `${escapeHtml(planTitle(plan, ctx.lang))}</div>` +
      `<div style="height:6px;line-height:6px;font-size:6px;">&nbsp;</div>${countChips(ctx, plan.counts)}` +
      `</td></tr></table></td></tr>`
    : '';
  return [heading, ...sectionsInOrder(plan.sections).map((s) => sectionBlock(ctx, s))].join('\n');
}

/** The plans past MAX_PLAN_SECTIONS: a heading, then one line each. */
function summarisedBlock(ctx: Ctx, content: DigestContent): string {
  const summarised = summarisedTexts(content);
  if (!summarised) return '';
  return (
    `<tr><td style="padding:18px 24px 0 24px;" data-block="summarised">` +
    stacked(ctx, summarised.title, 13, 'bold') +
    summarised.lines.map((line) => stacked(ctx, line, 13)).join('') +
    `</td></tr>`
  );
}

/** The plans with nothing for this reader, on one line. */
function quietLine(ctx: Ctx, content: DigestContent): string {
  if (content.quiet.length === 0) return '';
  const names = content.quiet.map((p) => planTitle(p, ctx.lang)).join('、');
  return (
    `<tr><td style="padding:18px 24px 0 24px;" data-block="quiet">` +
    stacked(ctx, t('digest.quiet', { plans: names }), 13) +
    `</td></tr>`
  );
}

function footer(ctx: Ctx, content: DigestContent): string {
  return (
    `<tr><td style="padding:20px 24px 20px 24px;border-top:1px solid ${RULE};">` +
    stacked(
      ctx,
      t('digest.footer', { workbooks: digestWorkbooks(content).join('、'), date: content.date }),
      12,
    ) +
    `</td></tr>`
  );
}

/**
 * The digest as a self-contained HTML email (docs/architecture.md §6): tables and inline styles
 * only, no scripts, no SVG, no external assets; the chart is an inline image by Content-ID. Every
 * value from a workbook is HTML-escaped.
 */
export function renderDigestHtml(content: DigestContent, opts: DigestHtmlOptions): string {
  const ctx: Ctx = { lang: content.recipient.language };
  const several = digestPlanCount(content) > 1;
  const unchanged = content.unchanged
    ? `<tr><td style="padding:12px 24px 0 24px;">${stacked(ctx, t('digest.unchanged'), 13)}</td></tr>`
    : '';
  const body = [
    headline(ctx, content),
    attentionBox(
      ctx,
      'failures',
      t('digest.failures.title'),
      content.failures.map((f) => ({ head: f.workbook, message: f.message })),
    ),
    attentionBox(
      ctx,
      'in-doubt',
      t('digest.in_doubt.title'),
      (content.inDoubt ?? []).map((d) => ({ head: d.to, message: d.message })),
    ),
    unchanged,
    chartBlock(ctx, content, opts.chartCid),
    ...content.plans.map((plan) => planBlock(ctx, plan, several)),
    summarisedBlock(ctx, content),
    quietLine(ctx, content),
    footer(ctx, content),
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${ctx.lang === 'en' ? 'en' : 'zh-CN'}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background-color:#f3f4f6;">`,
    `<table ${TABLE} width="100%" bgcolor="#f3f4f6" style="background-color:#f3f4f6;"><tr><td align="center" style="padding:16px 8px;">`,
    `<table ${TABLE} width="640" bgcolor="#ffffff" style="width:640px;max-width:100%;background-color:#ffffff;border:1px solid ${RULE};">`,
    body,
    '</table></td></tr></table>',
    '</body></html>',
    '',
  ].join('\n');
}
