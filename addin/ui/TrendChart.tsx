/**
 * The selected indicator's small chart: the plan's path from baseline to target, its
 * milestones, the reported figures and the forecast to the target year, and the hard line.
 * SVG in the task pane (the email digest uses PNG; Outlook needs that, the pane does not).
 */
import { Text, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { IndicatorTrend } from '../../shared/evaluate/indicator-trend.ts';
import { figure } from './status-view.ts';
import { trendScale, type ChartBox } from './trend-scale.ts';
import type { TextFns } from './use-pane.ts';

const BOX: ChartBox = { width: 320, height: 170, left: 44, right: 12, top: 12, bottom: 40 };
const COLOURS = {
  plan: '#8a8886',
  milestone: '#8764b8',
  actual: '#0f6cbd',
  forecast: '#ca5010',
  limit: '#c50f1f',
};

export function TrendChart({ trend, text }: { trend: IndicatorTrend; text: TextFns }): JSX.Element {
  const scale = trendScale(trend, BOX);
  if (scale === null) return <Text>{text.tx('addin.chart.none')}</Text>;
  const { x, y } = scale;
  const last = trend.actuals.at(-1);
  const actualPath = trend.actuals
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x)},${y(p.value)}`)
    .join(' ');
  const entries: [keyof typeof COLOURS, string, boolean][] = [
    ['plan', text.tx('addin.chart.plan'), trend.path],
    ['milestone', text.tx('addin.chart.milestone'), trend.milestones.length > 0],
    ['actual', text.tx('addin.chart.actual'), trend.actuals.length > 0],
    ['forecast', text.tx('addin.chart.forecast'), trend.forecast !== null],
    ['limit', text.tx('addin.chart.limit'), trend.line !== null],
  ];
  const legend = entries.filter(([, , shown]) => shown);
  return (
    <svg
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
      width="100%"
      role="img"
      aria-label={trend.id}
      data-testid="trend-chart"
      style={{ fontFamily: tokens.fontFamilyBase }}
    >
      {scale.ticks.map((v) => (
        <g key={v}>
          <line x1={BOX.left} x2={BOX.width - BOX.right} y1={y(v)} y2={y(v)} stroke="#edebe9" />
          <text x={BOX.left - 4} y={y(v) + 3} fontSize="9" textAnchor="end" fill="#605e5c">
            {figure(v)}
          </text>
        </g>
      ))}
      {scale.years.map((v) => (
        <text
          key={v}
          x={x(v)}
          y={BOX.height - BOX.bottom + 12}
          fontSize="9"
          textAnchor="middle"
          fill="#605e5c"
        >
          {v - 1}
        </text>
      ))}
      {trend.line !== null && (
        <line
          x1={BOX.left}
          x2={BOX.width - BOX.right}
          y1={y(trend.line)}
          y2={y(trend.line)}
          stroke={COLOURS.limit}
          strokeDasharray="4 3"
        />
      )}
      {trend.path && trend.baseline && trend.target && (
        <line
          x1={x(trend.baseline.x)}
          y1={y(trend.baseline.value)}
          x2={x(trend.target.x)}
          y2={y(trend.target.value)}
          stroke={COLOURS.plan}
          strokeDasharray="5 3"
          strokeWidth="1.5"
        />
      )}
      {trend.path && trend.target && (
        <circle
          cx={x(trend.target.x)}
          cy={y(trend.target.value)}
          r="4"
          fill="none"
          stroke={COLOURS.plan}
          strokeWidth="1.5"
        />
      )}
      {trend.milestones.map((m) => (
        <rect
          key={m.period}
          x={x(m.x) - 3.5}
          y={y(m.value) - 3.5}
          width="7"
          height="7"
          transform={`rotate(45 ${x(m.x)} ${y(m.value)})`}
          fill={COLOURS.milestone}
        />
      ))}
      {actualPath !== '' && (
        <path d={actualPath} fill="none" stroke={COLOURS.actual} strokeWidth="2" />
      )}
      {trend.actuals.map((p) => (
        <circle key={p.period} cx={x(p.x)} cy={y(p.value)} r="3" fill={COLOURS.actual} />
      ))}
      {trend.forecast && last && (
        <>
          <line
            x1={x(last.x)}
            y1={y(last.value)}
            x2={x(trend.forecast.x)}
            y2={y(trend.forecast.value)}
            stroke={COLOURS.forecast}
            strokeDasharray="3 3"
            strokeWidth="1.5"
          />
          <circle
            cx={x(trend.forecast.x)}
            cy={y(trend.forecast.value)}
            r="3.5"
            fill="#fff"
            stroke={COLOURS.forecast}
            strokeWidth="1.5"
          />
        </>
      )}
      {legend.map(([key, label], i) => (
        <g
          key={key}
          transform={`translate(${BOX.left + (i % 3) * 92}, ${BOX.height - 18 + Math.floor(i / 3) * 11})`}
        >
          <rect width="10" height="3" y="-3" fill={COLOURS[key]} />
          <text x="14" fontSize="9" fill="#323130">
            {label}
          </text>
        </g>
      ))}
    </svg>
  );
}
