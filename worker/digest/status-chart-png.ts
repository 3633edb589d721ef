import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { t } from '../../shared/i18n/messages.ts';
import type { DigestStatusCount, ReaderLanguage } from '../../shared/model/digest.ts';
import type { Status } from '../../shared/model/status.ts';
import { CHART_FONT_FAMILY, ensureCjkFont } from './cjk-font.ts';
import { STATUS_COLOURS, STATUS_DISPLAY_ORDER } from '../../shared/model/status-table.ts';

/** Fixed geometry of the chart, in pixels; the HTML shows it at this size. */
export const CHART_GEOMETRY = {
  width: 560,
  padding: 12,
  /** Column left of the bars for the category names. */
  labelWidth: 96,
  /** Column right of the bars for each category's total. */
  totalWidth: 36,
  barHeight: 22,
  gap: 10,
  /** Legend: cells of a fixed width, so the layout needs no font to compute. */
  legendCellWidth: 134,
  legendRowHeight: 20,
  legendChip: 12,
  fontSize: 13,
  background: '#ffffff',
  /** The empty part of each bar, so a category with nothing to count still has a row. */
  track: '#eceff1',
  ink: '#1f2937',
} as const;

/** One status's stretch of a bar: pixels [x0, x1). */
export interface ChartSegment {
  status: Status;
  count: number;
  x0: number;
  x1: number;
}

/** One category's bar: rows [y0, y1). */
export interface ChartBar {
  /** The category, or the plan for a digest over several. */
  label: string;
  total: number;
  y0: number;
  y1: number;
  segments: ChartSegment[];
}

/** One legend entry: a status present in the chart, its total, where its chip goes. */
export interface LegendItem {
  status: Status;
  count: number;
  x: number;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Where the bars start and end horizontally: [barX0, barX1). */
  barX0: number;
  barX1: number;
  bars: ChartBar[];
  legend: LegendItem[];
}

function totalOf(counts: DigestStatusCount['counts']): number {
  return STATUS_DISPLAY_ORDER.reduce((sum, s) => sum + Math.max(0, counts[s] ?? 0), 0);
}

/**
 * Where everything goes, without a font: one bar per category, top to bottom in the
 * order given, category names at the left and totals at the right; segment widths are
 * proportional to counts on one scale for all bars (the longest category fills the
 * span), worst status at the left. Below the bars a legend of the statuses present.
 */
export function statusChartLayout(statusByCategory: readonly DigestStatusCount[]): ChartLayout {
  const g = CHART_GEOMETRY;
  const barX0 = g.padding + g.labelWidth;
  const barX1 = g.width - g.padding - g.totalWidth;
  const span = barX1 - barX0;
  const maxTotal = Math.max(0, ...statusByCategory.map((c) => totalOf(c.counts)));
  const scale = maxTotal > 0 ? span / maxTotal : 0;
  const bars = statusByCategory.map((entry, i): ChartBar => {
    const y0 = g.padding + i * (g.barHeight + g.gap);
    let before = 0;
    const segments: ChartSegment[] = [];
    for (const status of STATUS_DISPLAY_ORDER) {
      const count = Math.max(0, entry.counts[status] ?? 0);
      if (count === 0) continue;
      // Rounding the running sum (not each width) keeps the segments gap-free.
      const x0 = barX0 + Math.round(before * scale);
      const x1 = barX0 + Math.round((before + count) * scale);
      segments.push({ status, count, x0, x1 });
      before += count;
    }
    return { label: entry.label, total: before, y0, y1: y0 + g.barHeight, segments };
  });
  const n = statusByCategory.length;
  const barsBottom = g.padding + n * g.barHeight + Math.max(0, n - 1) * g.gap;
  const present = STATUS_DISPLAY_ORDER.map((status) => ({
    status,
    count: statusByCategory.reduce((sum, c) => sum + Math.max(0, c.counts[status] ?? 0), 0),
  })).filter((s) => s.count > 0);
  const perRow = Math.max(1, Math.floor((g.width - 2 * g.padding) / g.legendCellWidth));
  const legendTop = barsBottom + g.gap;
  const legend = present.map((s, i): LegendItem => ({
    ...s,
    x: g.padding + (i % perRow) * g.legendCellWidth,
    y: legendTop + Math.floor(i / perRow) * g.legendRowHeight,
  }));
  const rows = Math.ceil(present.length / perRow);
  const height =
    rows > 0
      ? legendTop + rows * g.legendRowHeight + g.padding - (g.legendRowHeight - g.legendChip)
      : barsBottom + g.padding;
  return { width: g.width, height, barX0, barX1, bars, legend };
}

/** `text`, cut with an ellipsis to fit `width` pixels. */
function fitted(ctx: SKRSContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  // By grapheme: an emoji sequence or a character with its combining marks is never cut in half.
  const chars = Array.from(new Intl.Segmenter().segment(text), (s) => s.segment);
  while (chars.length > 0 && ctx.measureText(`${chars.join('')}…`).width > width) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * The status counts as stacked horizontal bars, one per category, as a PNG (Outlook shows
 * no SVG): category names, counts inside segments wide enough for them, totals, and a
 * legend, all drawn with a registered CJK font so Chinese reads on every machine. Status
 * names in the recipient's language.
 */
export function renderStatusChartPng(
  statusByCategory: readonly DigestStatusCount[],
  language: ReaderLanguage = 'zh-CN',
): Buffer {
  ensureCjkFont();
  const g = CHART_GEOMETRY;
  const layout = statusChartLayout(statusByCategory);
  const canvas = createCanvas(layout.width, layout.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = g.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.font = `${g.fontSize}px ${CHART_FONT_FAMILY}`;
  ctx.textBaseline = 'middle';
  for (const bar of layout.bars) {
    const mid = (bar.y0 + bar.y1) / 2;
    ctx.fillStyle = g.track;
    ctx.fillRect(layout.barX0, bar.y0, layout.barX1 - layout.barX0, g.barHeight);
    for (const seg of bar.segments) {
      const colour = STATUS_COLOURS[seg.status];
      ctx.fillStyle = colour.fill;
      ctx.fillRect(seg.x0, bar.y0, seg.x1 - seg.x0, g.barHeight);
      const count = String(seg.count);
      if (ctx.measureText(count).width + 6 <= seg.x1 - seg.x0) {
        ctx.fillStyle = colour.ink;
        ctx.textAlign = 'center';
        ctx.fillText(count, (seg.x0 + seg.x1) / 2, mid);
      }
    }
    ctx.fillStyle = g.ink;
    ctx.textAlign = 'right';
    ctx.fillText(fitted(ctx, bar.label, g.labelWidth - 8), layout.barX0 - 8, mid);
    ctx.textAlign = 'left';
    ctx.fillText(String(bar.total), layout.barX1 + 6, mid);
  }
  ctx.textAlign = 'left';
  for (const item of layout.legend) {
    ctx.fillStyle = STATUS_COLOURS[item.status].fill;
    ctx.fillRect(item.x, item.y, g.legendChip, g.legendChip);
    const name = t(`status.${item.status}`);
    ctx.fillStyle = g.ink;
    const text = `${language === 'en' ? name.en : name.zh} ${item.count}`;
    ctx.fillText(
      fitted(ctx, text, g.legendCellWidth - g.legendChip - 12),
      item.x + g.legendChip + 5,
      item.y + g.legendChip / 2,
    );
  }
  return canvas.toBuffer('image/png');
}
