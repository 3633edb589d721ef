import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';
import type { DigestStatusCount } from '../../../shared/model/digest.ts';
import { STATUSES } from '../../../shared/model/status.ts';
import {
  CHART_GEOMETRY,
  renderStatusChartPng,
  statusChartLayout,
} from '../../../worker/digest/status-chart-png.ts';
import { STATUS_COLOURS } from '../../../shared/model/status-table.ts';

const COUNTS: DigestStatusCount[] = [
  { label: '营商环境', counts: { on_track: 4, behind: 1, forecast_miss: 1 } },
  { label: '市场安全', counts: { breached: 1, near_limit: 1, on_track: 2 } },
  { label: '科技支撑', counts: { achieved: 3 } },
  { label: '质量提升', counts: {} },
];

/** `#rrggbb` → [r, g, b]: the palette's colours as the decoded PNG holds them. */
function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

function colourKey(rgb: readonly number[]): string {
  return rgb.join(',');
}

/** Pixels of each colour along one row of the decoded image, between x0 and x1. */
function colourRun(png: PNG, y: number, x0 = 0, x1 = png.width): Map<string, number> {
  const seen = new Map<string, number>();
  for (let x = x0; x < x1; x++) {
    const at = (y * png.width + x) * 4;
    const key = colourKey([png.data[at] ?? -1, png.data[at + 1] ?? -1, png.data[at + 2] ?? -1]);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return seen;
}

/** The pixels of a rectangle as one string, to compare two drawn regions. */
function region(png: PNG, x0: number, y0: number, x1: number, y1: number): string {
  const rows: string[] = [];
  for (let y = y0; y < y1; y++)
    rows.push(
      png.data.subarray((y * png.width + x0) * 4, (y * png.width + x1) * 4).toString('hex'),
    );
  return rows.join('|');
}

/** How many pixels of a rectangle are darker than mid grey: drawn text. */
function inkPixels(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const at = (y * png.width + x) * 4;
      if ((png.data[at] ?? 255) + (png.data[at + 1] ?? 255) + (png.data[at + 2] ?? 255) < 3 * 128)
        n++;
    }
  }
  return n;
}

describe('renderStatusChartPng', () => {
  const png = PNG.sync.read(renderStatusChartPng(COUNTS));
  const layout = statusChartLayout(COUNTS);
  const span = layout.barX1 - layout.barX0;
  const pxPerCount = span / 6; // 营商环境 has the most: 6
  const barAt = (i: number) => {
    const bar = layout.bars[i];
    if (!bar) throw new Error(`no bar ${i}`);
    return bar;
  };

  it('is a PNG a standard decoder reads, as wide and as high as the layout', () => {
    expect(png.width).toBe(CHART_GEOMETRY.width);
    expect(png.height).toBe(layout.height);
  });

  it('draws each status with its chip colour, as wide as its count on one scale for all bars', () => {
    COUNTS.forEach((entry, i) => {
      // The top pixel row of a bar: numbers inside segments sit in its middle.
      const row = colourRun(png, barAt(i).y0 + 1, layout.barX0, layout.barX1);
      for (const status of STATUSES) {
        const count = entry.counts[status] ?? 0;
        const pixels = row.get(colourKey(hexToRgb(STATUS_COLOURS[status].fill))) ?? 0;
        expect(Math.abs(pixels - count * pxPerCount)).toBeLessThanOrEqual(1);
      }
    });
  });

  it('fills the longest bar to the full span and leaves the rest of shorter bars as track', () => {
    const track = colourKey(hexToRgb(CHART_GEOMETRY.track));
    const rowOf = (i: number): Map<string, number> =>
      colourRun(png, barAt(i).y0 + 1, layout.barX0, layout.barX1);
    expect(rowOf(0).get(track) ?? 0).toBe(0);
    expect(Math.abs((rowOf(1).get(track) ?? 0) - 2 * pxPerCount)).toBeLessThanOrEqual(1);
    expect(rowOf(3).get(track)).toBe(span);
  });

  it('stacks the worst status at the left of a bar', () => {
    const at = ((barAt(1).y0 + 2) * png.width + layout.barX0) * 4;
    expect([png.data[at], png.data[at + 1], png.data[at + 2]]).toEqual([
      ...hexToRgb(STATUS_COLOURS.breached.fill),
    ]);
  });

  it('writes each category name left of its bar in Chinese glyphs, different names drawn differently', () => {
    const labelBox = (i: number): [number, number, number, number] => [
      CHART_GEOMETRY.padding,
      barAt(i).y0,
      layout.barX0 - 4,
      barAt(i).y1,
    ];
    for (let i = 0; i < COUNTS.length; i++)
      expect(inkPixels(png, ...labelBox(i))).toBeGreaterThan(40);
    // A missing font draws every character as the same empty box; real glyphs differ.
    expect(region(png, ...labelBox(0))).not.toBe(region(png, ...labelBox(2)));
  });

  it('writes the totals right of the bars and a count inside segments wide enough for one', () => {
    expect(
      inkPixels(png, layout.barX1 + 2, barAt(0).y0, CHART_GEOMETRY.width, barAt(0).y1),
    ).toBeGreaterThan(5);
    const onTrack = barAt(0).segments.find((s) => s.status === 'on_track');
    if (!onTrack) throw new Error('no on_track segment');
    const mid = Math.floor((barAt(0).y0 + barAt(0).y1) / 2);
    const inside = colourRun(png, mid, onTrack.x0, onTrack.x1);
    const green = inside.get(colourKey(hexToRgb(STATUS_COLOURS.on_track.fill))) ?? 0;
    // The segment's number interrupts its green in the middle row, not in the top one.
    expect(green).toBeLessThan(onTrack.x1 - onTrack.x0);
    expect(
      colourRun(png, barAt(0).y0 + 1, onTrack.x0, onTrack.x1).get(
        colourKey(hexToRgb(STATUS_COLOURS.on_track.fill)),
      ),
    ).toBe(onTrack.x1 - onTrack.x0);
  });

  it('has a legend entry with the chip colour for each status present, and none for absent ones', () => {
    const present = STATUSES.filter((s) => COUNTS.some((c) => (c.counts[s] ?? 0) > 0));
    expect(layout.legend.map((l) => l.status).sort()).toEqual([...present].sort());
    for (const item of layout.legend) {
      const at = ((item.y + 2) * png.width + item.x + 2) * 4;
      expect([png.data[at], png.data[at + 1], png.data[at + 2]]).toEqual([
        ...hexToRgb(STATUS_COLOURS[item.status].fill),
      ]);
      expect(
        inkPixels(
          png,
          item.x + CHART_GEOMETRY.legendChip + 2,
          item.y - 3,
          item.x + CHART_GEOMETRY.legendCellWidth - 4,
          item.y + 16,
        ),
      ).toBeGreaterThan(10);
    }
    expect(layout.legend.find((l) => l.status === 'on_track')?.count).toBe(6);
  });

  it('labels the legend in the recipient language', () => {
    const zh = PNG.sync.read(renderStatusChartPng(COUNTS, 'zh-CN'));
    const en = PNG.sync.read(renderStatusChartPng(COUNTS, 'en'));
    const first = layout.legend[0];
    if (!first) throw new Error('no legend');
    const box: [number, number, number, number] = [
      first.x + CHART_GEOMETRY.legendChip + 2,
      first.y - 3,
      first.x + CHART_GEOMETRY.legendCellWidth - 4,
      first.y + 16,
    ];
    expect(region(zh, ...box)).not.toBe(region(en, ...box));
    // The bars themselves do not depend on the language.
    expect(region(zh, layout.barX0, barAt(0).y0, layout.barX1, barAt(0).y0 + 2)).toBe(
      region(en, layout.barX0, barAt(0).y0, layout.barX1, barAt(0).y0 + 2),
    );
  });

  it('keeps the padding and the gaps between bars white', () => {
    const white = colourKey([255, 255, 255]);
    expect(colourRun(png, 0).get(white)).toBe(png.width);
    expect(colourRun(png, barAt(0).y1 + 1).get(white)).toBe(png.width);
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

  it('puts four legend entries to a row and grows the image by a row for more', () => {
    const six = statusChartLayout(COUNTS);
    expect(six.legend).toHaveLength(6);
    expect(new Set(six.legend.map((l) => l.y)).size).toBe(2);
    const four: DigestStatusCount[] = [
      { label: 'A', counts: { breached: 1, at_risk: 1, behind: 1, on_track: 1 } },
    ];
    const oneRow = statusChartLayout(four);
    expect(new Set(oneRow.legend.map((l) => l.y)).size).toBe(1);
    expect(six.height - statusChartLayout(COUNTS.slice(0, 4)).height).toBe(0);
  });

  it('has no bars, no legend and a blank strip for a digest with no statuses', () => {
    const empty = statusChartLayout([]);
    expect(empty.bars).toEqual([]);
    expect(empty.legend).toEqual([]);
    expect(empty.height).toBe(2 * CHART_GEOMETRY.padding);
    expect(PNG.sync.read(renderStatusChartPng([])).height).toBe(2 * CHART_GEOMETRY.padding);
  });
});

describe('ensureCjkFont', () => {
  it('fails with a message naming the Debian package and the paths tried when no CJK font exists', async () => {
    vi.resetModules();
    const { ensureCjkFont, CjkFontMissing } = await import('../../../worker/digest/cjk-font.ts');
    const attempt = () => ensureCjkFont({}, ['/nonexistent/NotoSansCJK-Regular.ttc']);
    expect(attempt).toThrow(CjkFontMissing);
    expect(attempt).toThrow(/fonts-noto-cjk.*\/nonexistent\/NotoSansCJK-Regular\.ttc/s);
  });

  it('takes the Simplified Chinese face of a font collection, not the Japanese first one', async () => {
    const { chineseFace, ensureCjkFont } = await import('../../../worker/digest/cjk-font.ts');
    const { collectionFamilies, extractFace, fontFamilies } =
      await import('../../../worker/digest/sfnt-collection.ts');
    const { readFileSync } = await import('node:fs');
    const data = readFileSync(ensureCjkFont());
    const families = collectionFamilies(data);
    expect(families[0]).toEqual(['Noto Sans CJK JP']);
    expect(fontFamilies(extractFace(data, chineseFace(families)))).toEqual(['Noto Sans CJK SC']);
  });

  it('reads the same face from an open font file as from its bytes in memory', async () => {
    const { chineseFace, ensureCjkFont } = await import('../../../worker/digest/cjk-font.ts');
    const { collectionFamilies, extractFace } =
      await import('../../../worker/digest/sfnt-collection.ts');
    const { closeSync, openSync, readFileSync } = await import('node:fs');
    const path = ensureCjkFont();
    const data = readFileSync(path);
    const fd = openSync(path, 'r');
    try {
      const families = collectionFamilies({ fd });
      expect(families).toEqual(collectionFamilies(data));
      const face = chineseFace(families);
      expect(extractFace({ fd }, face).equals(extractFace(data, face))).toBe(true);
    } finally {
      closeSync(fd);
    }
  });
});
