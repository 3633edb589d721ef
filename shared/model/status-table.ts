import type { Status } from './status.ts';

/** Chip colours of a status: the HTML chips and the chart bars use the same ones. */
export interface StatusColour {
  /** Background, `#rrggbb`. */
  fill: string;
  /** Text on that background, `#rrggbb`. */
  ink: string;
}

export const STATUS_COLOURS: Record<Status, StatusColour> = {
  breached: { fill: '#b71c1c', ink: '#ffffff' },
  at_risk: { fill: '#e53935', ink: '#ffffff' },
  forecast_miss: { fill: '#8e24aa', ink: '#ffffff' },
  near_limit: { fill: '#f9a825', ink: '#1f2937' },
  behind: { fill: '#fb8c00', ink: '#1f2937' },
  no_data: { fill: '#607d8b', ink: '#ffffff' },
  inconsistent: { fill: '#1e88e5', ink: '#ffffff' },
  no_baseline: { fill: '#b0bec5', ink: '#1f2937' },
  on_track: { fill: '#43a047', ink: '#ffffff' },
  achieved: { fill: '#1b5e20', ink: '#ffffff' },
};

/**
 * Worst first: the order of the stacked chart segments and of the legend, so red sits
 * at the left of every bar where the eye starts.
 */
export const STATUS_DISPLAY_ORDER: readonly Status[] = [
  'breached',
  'at_risk',
  'forecast_miss',
  'near_limit',
  'behind',
  'no_data',
  'inconsistent',
  'no_baseline',
  'on_track',
  'achieved',
];
