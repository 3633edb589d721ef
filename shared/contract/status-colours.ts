/**
 * The traffic-light colours a plan workbook paints its status and severity labels with
 * (Alerts and Status sheets), and that the add-in shows beside them, so a label looks the
 * same in the sheet and in the task pane.
 */
import { MESSAGES, type MessageKey } from '../i18n/messages.ts';
import type { Status } from '../model/status.ts';

/** Excel's own "light fill with dark text" presets, as `RRGGBB`. */
export const TRAFFIC_LIGHTS = {
  red: { fill: 'FFC7CE', font: '9C0006' },
  amber: { fill: 'FFEB9C', font: '9C5700' },
  green: { fill: 'C6EFCE', font: '006100' },
} as const;

export type TrafficLight = keyof typeof TRAFFIC_LIGHTS;

/** One conditional-format rule: cells whose label contains the text take the colour. */
export interface ColourRule {
  colour: TrafficLight;
  key: MessageKey;
  lang: 'zh' | 'en';
}

/**
 * Which labels take which colour, most urgent first: rules earlier in the list win when
 * two match (严重滞后 also contains 滞后). Severity labels match on their English half,
 * since 红/黄 are single characters that could turn up in other text.
 */
export const COLOUR_RULES: readonly ColourRule[] = [
  { colour: 'red', key: 'status.breached', lang: 'zh' },
  { colour: 'red', key: 'status.at_risk', lang: 'zh' },
  { colour: 'red', key: 'severity.critical', lang: 'en' },
  { colour: 'amber', key: 'status.behind', lang: 'zh' },
  { colour: 'amber', key: 'status.near_limit', lang: 'zh' },
  { colour: 'amber', key: 'status.no_data', lang: 'zh' },
  { colour: 'amber', key: 'status.forecast_miss', lang: 'zh' },
  { colour: 'amber', key: 'severity.warning', lang: 'en' },
  { colour: 'green', key: 'status.achieved', lang: 'zh' },
  { colour: 'green', key: 'status.on_track', lang: 'zh' },
];

/** The text a rule looks for in a cell. */
export function ruleText(rule: ColourRule): string {
  return MESSAGES[rule.key][rule.lang];
}

/** Excel's "cell contains text" test, relative to the top-left cell of the range. */
export function containsFormula(text: string, topLeft: string): string {
  return `NOT(ISERROR(SEARCH("${text}",${topLeft})))`;
}

/** The colour a status shows in; null for statuses the sheet leaves uncoloured. */
export function trafficLight(status: Status): TrafficLight | null {
  return COLOUR_RULES.find((r) => r.key === `status.${status}`)?.colour ?? null;
}
