import type { DigestStatusCount } from '../../shared/model/digest.ts';
import type { Status } from '../../shared/model/status.ts';
import { encodePng } from './png-encode.ts';
import { createRgbImage, fillRect, hexToRgb } from './rgb-raster.ts';
import { STATUS_COLOURS, STATUS_DISPLAY_ORDER } from './status-colours.ts';

/** Fixed geometry of the chart, in pixels; the HTML shows it at this size. */
export const CHART_GEOMETRY = {
  width: 560,
  padding: 12,
  barHeight: 22,
  gap: 10,
  background: '#ffffff',
  /** The empty part of each bar, so a category with nothing to count still has a row. */
  track: '#eceff1',
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
  category: string;
  total: number;
  y0: number;
  y1: number;
  segments: ChartSegment[];
}

export interface ChartLayout {
  width: number;
  height: number;
  bars: ChartBar[];
}

function totalOf(counts: DigestStatusCount['counts']): number {
  return STATUS_DISPLAY_ORDER.reduce((sum, s) => sum + Math.max(0, counts[s] ?? 0), 0);
}

/**
 * Where each bar and segment goes: one bar per category, top to bottom in the order
 * given; segment widths are proportional to counts on one scale for all bars (the
 * longest category fills the width), worst status at the left.
 */
export function statusChartLayout(statusByCategory: readonly DigestStatusCount[]): ChartLayout {
  const { width, padding, barHeight, gap } = CHART_GEOMETRY;
  const span = width - 2 * padding;
  const maxTotal = Math.max(0, ...statusByCategory.map((c) => totalOf(c.counts)));
  const scale = maxTotal > 0 ? span / maxTotal : 0;
  const bars = statusByCategory.map((entry, i): ChartBar => {
    const y0 = padding + i * (barHeight + gap);
    let before = 0;
    const segments: ChartSegment[] = [];
    for (const status of STATUS_DISPLAY_ORDER) {
      const count = Math.max(0, entry.counts[status] ?? 0);
      if (count === 0) continue;
      // Rounding the running sum (not each width) keeps the segments gap-free.
      const x0 = padding + Math.round(before * scale);
      const x1 = padding + Math.round((before + count) * scale);
      segments.push({ status, count, x0, x1 });
      before += count;
    }
    return { category: entry.category, total: before, y0, y1: y0 + barHeight, segments };
  });
  const n = statusByCategory.length;
  const height = 2 * padding + n * barHeight + Math.max(0, n - 1) * gap;
  return { width, height, bars };
}

/** The status counts as stacked horizontal bars, one per category, as a PNG file. */
export function renderStatusChartPng(statusByCategory: readonly DigestStatusCount[]): Buffer {
  const layout = statusChartLayout(statusByCategory);
  const { padding } = CHART_GEOMETRY;
  const image = createRgbImage(layout.width, layout.height, hexToRgb(CHART_GEOMETRY.background));
  const track = hexToRgb(CHART_GEOMETRY.track);
  for (const bar of layout.bars) {
    fillRect(image, padding, bar.y0, layout.width - padding, bar.y1, track);
    for (const seg of bar.segments) {
      fillRect(image, seg.x0, bar.y0, seg.x1, bar.y1, hexToRgb(STATUS_COLOURS[seg.status].fill));
    }
  }
  return encodePng(image);
}
