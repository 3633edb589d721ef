/**
 * The traffic-light colours a plan workbook paints its status and severity labels with
 * (Alerts and Status sheets), and that the add-in shows beside them, so a label looks the
 * same in the sheet and in the task pane.
 */
import { MESSAGES, type MessageKey } from '../i18n/messages.ts';
import type { Status } from '../model/status.ts';
import { STATUS_DISPLAY_ORDER, STATUS_TABLE, type TrafficLight } from '../model/status-table.ts';

export { TRAFFIC_LIGHTS, type TrafficLight } from '../model/status-table.ts';

/** One conditional-format rule: cells whose label contains the text take the colour. */
export interface ColourRule {
  colour: TrafficLight;
  key: MessageKey;
  lang: 'zh' | 'en';
}

/** The statuses of one colour, worst first, from the status table. */
function statusRules(colour: TrafficLight): ColourRule[] {
  return STATUS_DISPLAY_ORDER.filter((s) => STATUS_TABLE[s].light === colour).map((s) => ({
    colour,
    key: `status.${s}` as const,
    lang: 'zh' as const,
  }));
}

/**
 * Which labels take which colour, most urgent first: rules earlier in the list win when
 * two match (严重滞后 also contains 滞后). Severity labels match on their English half,
 * since 红/黄 are single characters that could turn up in other text.
 */
export const COLOUR_RULES: readonly ColourRule[] = [
  ...statusRules('red'),
  { colour: 'red', key: 'severity.critical', lang: 'en' },
  ...statusRules('amber'),
  { colour: 'amber', key: 'severity.warning', lang: 'en' },
  ...statusRules('green'),
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
  return STATUS_TABLE[status].light;
}
