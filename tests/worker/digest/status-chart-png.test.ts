import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { DigestStatusCount } from '../../../shared/model/digest.ts';
import { STATUSES } from '../../../shared/model/status.ts';
import { hexToRgb } from '../../../worker/digest/rgb-raster.ts';
import { CHART_GEOMETRY, renderStatusChartPng, statusChartLayout } from '../../../worker/digest/status-chart-png.ts';
import { STATUS_COLOURS } from '../../../worker/digest/status-colours.ts';

const COUNTS: DigestStatusCount[] = [
  { category: '营商环境', counts: { on_track: 4, behind: 1, forecast_miss: 1 } },
  { category: '市场安全', counts: { breached: 1, near_limit: 1, on_track: 2 } },
  { category: '科技支撑', counts: { achieved: 3 } },
  { category: '质量提升', counts: {} },
];

function colourKey(rgb: readonly number[]): string {
  return rgb.join(',');
}

/** Pixels of each colour along one row of the decoded image. */
function colourRun(png: PNG, y: number): Map<string, number> {
  const seen = new Map<string, number>();
  for (let x = 0; x < png.width; x++) {
    const at = (y * png.width + x) * 4;
    const key = colourKey([png.data[at] ?? -1, png.data[at + 1] ?? -1, png.data[at + 2] ?? -1]);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return seen;
}

describe('renderStatusChartPng', () => {
  const png = PNG.sync.read(renderStatusChartPng(COUNTS));
  const layout = statusChartLayout(COUNTS);
  const span = CHART_GEOMETRY.width - 2 * CHART_GEOMETRY.padding;
  const pxPerCount = span / 6; // 营商环境 has the most: 6

  it('is a PNG a standard decoder reads, as wide as the layout and one bar high per category', () => {
    expect(png.width).toBe(CHART_GEOMETRY.width);
    expect(png.height).toBe(2 * CHART_GEOMETRY.padding + 4 * CHART_GEOMETRY.barHeight + 3 * CHART_GEOMETRY.gap);
    expect(layout.height).toBe(png.height);
  });

  it('draws each status with its chip colour, as wide as its count on one scale for all bars', () => {
    COUNTS.forEach((entry, i) => {
      const bar = layout.bars[i];
      if (!bar) throw new Error(`no bar ${i}`);
      const row = colourRun(png, Math.floor((bar.y0 + bar.y1) / 2));
      for (const status of STATUSES) {
        const count = entry.counts[status] ?? 0;
        const pixels = row.get(colourKey(hexToRgb(STATUS_COLOURS[status].fill))) ?? 0;
        expect(Math.abs(pixels - count * pxPerCount)).toBeLessThanOrEqual(1);
      }
    });
  });

  it('fills the longest bar to the full width and leaves the rest of shorter bars as track', () => {
    const track = colourKey(hexToRgb(CHART_GEOMETRY.track));
    const rowOf = (i: number): Map<string, number> => {
      const bar = layout.bars[i];
      if (!bar) throw new Error(`no bar ${i}`);
      return colourRun(png, bar.y0 + 1);
    };
    expect(rowOf(0).get(track) ?? 0).toBe(0);
    expect(Math.abs((rowOf(1).get(track) ?? 0) - 2 * pxPerCount)).toBeLessThanOrEqual(1);
    expect(rowOf(3).get(track)).toBe(span);
  });

  it('stacks the worst status at the left of a bar', () => {
    const bar = layout.bars[1];
    if (!bar) throw new Error('no bar 1');
    const at = ((bar.y0 + 2) * png.width + CHART_GEOMETRY.padding) * 4;
    expect([png.data[at], png.data[at + 1], png.data[at + 2]]).toEqual([...hexToRgb(STATUS_COLOURS.breached.fill)]);
  });

  it('keeps the padding and the gaps between bars white', () => {
    const white = colourKey([255, 255, 255]);
    expect(colourRun(png, 0).get(white)).toBe(png.width);
    const first = layout.bars[0];
    if (!first) throw new Error('no bar 0');
    expect(colourRun(png, first.y1).get(white)).toBe(png.width);
  });
});

describe('statusChartLayout', () => {
  it('lays the segments end to end without gaps or overlaps', () => {
    for (const bar of statusChartLayout(COUNTS).bars) {
      bar.segments.forEach((seg, i) => {
        const next = bar.segments[i + 1];
        if (next) expect(next.x0).toBe(seg.x1);
      });
    }
  });

  it('has no bars and a blank strip for a digest with no statuses', () => {
    const empty = statusChartLayout([]);
    expect(empty.bars).toEqual([]);
    expect(empty.height).toBe(2 * CHART_GEOMETRY.padding);
    expect(PNG.sync.read(renderStatusChartPng([])).height).toBe(2 * CHART_GEOMETRY.padding);
  });
});
