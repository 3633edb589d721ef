/**
 * The one table of statuses: how bad each is (the order lists, chips and chart segments
 * use, worst first), which one an indicator × region shows when several apply, who hears
 * about it, and the colours it is painted in — the digest's chips and chart, the
 * workbook's traffic lights and the add-in all read them here.
 */
import type { Kind } from './indicator.ts';
import type { Severity, Status } from './status.ts';

/** Chip colours of a status: the HTML chips and the chart bars use the same ones. */
export interface StatusColour {
  /** Background, `#rrggbb`. */
  fill: string;
  /** Text on that background, `#rrggbb`. */
  ink: string;
}

/** Excel's own "light fill with dark text" presets, as `RRGGBB`. */
export const TRAFFIC_LIGHTS = {
  red: { fill: 'FFC7CE', font: '9C0006' },
  amber: { fill: 'FFEB9C', font: '9C5700' },
  green: { fill: 'C6EFCE', font: '006100' },
} as const;

export type TrafficLight = keyof typeof TRAFFIC_LIGHTS;

export interface StatusFacts {
  /** Severity on a binding (约束性) and on an expected (预期性) indicator. */
  severity: Record<Kind, Severity>;
  /**
   * Rank when several statuses apply to one indicator × region (lower wins); null for the
   * statuses that are alerts of their own and never the shown status.
   */
  precedence: number | null;
  colour: StatusColour;
  /** The workbook's traffic light; null when the sheet leaves it uncoloured. */
  light: TrafficLight | null;
}

/** Worst first: the order of rules in an entry, of chart segments and of the legend. */
export const STATUS_TABLE: Readonly<Record<Status, StatusFacts>> = {
  breached: {
    severity: { binding: 'critical', expected: 'critical' },
    precedence: 0,
    colour: { fill: '#b71c1c', ink: '#ffffff' },
    light: 'red',
  },
  at_risk: {
    severity: { binding: 'critical', expected: 'warning' },
    precedence: 3,
    colour: { fill: '#e53935', ink: '#ffffff' },
    light: 'red',
  },
  forecast_miss: {
    severity: { binding: 'critical', expected: 'warning' },
    precedence: null,
    colour: { fill: '#8e24aa', ink: '#ffffff' },
    light: 'amber',
  },
  near_limit: {
    severity: { binding: 'warning', expected: 'warning' },
    precedence: 1,
    colour: { fill: '#f9a825', ink: '#1f2937' },
    light: 'amber',
  },
  behind: {
    severity: { binding: 'warning', expected: 'info' },
    precedence: 4,
    colour: { fill: '#fb8c00', ink: '#1f2937' },
    light: 'amber',
  },
  no_data: {
    severity: { binding: 'warning', expected: 'warning' },
    precedence: 7,
    colour: { fill: '#607d8b', ink: '#ffffff' },
    light: 'amber',
  },
  inconsistent: {
    severity: { binding: 'info', expected: 'info' },
    precedence: null,
    colour: { fill: '#1e88e5', ink: '#ffffff' },
    light: null,
  },
  no_baseline: {
    severity: { binding: 'info', expected: 'info' },
    precedence: 6,
    colour: { fill: '#b0bec5', ink: '#1f2937' },
    light: null,
  },
  on_track: {
    severity: { binding: 'info', expected: 'info' },
    precedence: 5,
    colour: { fill: '#43a047', ink: '#ffffff' },
    light: 'green',
  },
  achieved: {
    severity: { binding: 'info', expected: 'info' },
    precedence: 2,
    colour: { fill: '#1b5e20', ink: '#ffffff' },
    light: 'green',
  },
};

/** Every status, worst first. */
export const STATUS_DISPLAY_ORDER: readonly Status[] = Object.keys(STATUS_TABLE) as Status[];

/** The chip colours of every status. */
export const STATUS_COLOURS: Readonly<Record<Status, StatusColour>> = Object.fromEntries(
  STATUS_DISPLAY_ORDER.map((s) => [s, STATUS_TABLE[s].colour]),
) as Record<Status, StatusColour>;

/** Position in the worst-first order (0 is the worst). */
export function statusWorstFirst(status: Status): number {
  return STATUS_DISPLAY_ORDER.indexOf(status);
}
