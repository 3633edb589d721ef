/**
 * Placing an indicator's trend (shared/evaluate/indicator-trend.ts) on a small SVG: the
 * year axis from the baseline to the target year, the value axis padded around every
 * figure drawn. Presentation only.
 */
import type { IndicatorTrend, TrendPoint } from '../../shared/evaluate/indicator-trend.ts';

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Scale {
  x: (v: number) => number;
  y: (v: number) => number;
  years: number[];
  ticks: number[];
}

/** Every point the chart draws. */
export function trendPoints(trend: IndicatorTrend): TrendPoint[] {
  return [
    trend.baseline,
    trend.target,
    trend.forecast,
    ...trend.milestones,
    ...trend.actuals,
  ].flatMap((p) => (p === null ? [] : [p]));
}

/** Scales for a trend; null when there is nothing to draw. */
export function trendScale(trend: IndicatorTrend, box: ChartBox): Scale | null {
  const points = trendPoints(trend);
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = [...points.map((p) => p.value), ...(trend.line === null ? [] : [trend.line])];
  const x0 = Math.floor(Math.min(...xs));
  const x1 = Math.max(Math.ceil(Math.max(...xs)), x0 + 1);
  let y0 = Math.min(...ys);
  let y1 = Math.max(...ys);
  const pad = (y1 - y0) * 0.12 || Math.abs(y1) * 0.1 || 1;
  y0 -= pad;
  y1 += pad;
  const w = box.width - box.left - box.right;
  const h = box.height - box.top - box.bottom;
  const years: number[] = [];
  for (let v = x0; v <= x1; v++) years.push(v);
  return {
    x: (v) => box.left + ((v - x0) / (x1 - x0)) * w,
    y: (v) => box.top + (1 - (v - y0) / (y1 - y0)) * h,
    years,
    ticks: [y0 + pad, (y0 + y1) / 2, y1 - pad],
  };
}
