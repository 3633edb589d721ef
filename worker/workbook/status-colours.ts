import type ExcelJS from 'exceljs';
import { MESSAGES, type MessageKey } from '../../shared/i18n/messages.ts';

/** Traffic-light fills, Excel's own "light fill with dark text" presets. */
const COLOURS = {
  red: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  amber: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  green: { fill: 'FFC6EFCE', font: 'FF006100' },
} as const;

type Colour = keyof typeof COLOURS;

/**
 * Which labels take which colour, most urgent first: rules earlier in the list win when
 * two match (严重滞后 also contains 滞后). Severity labels match on their English half,
 * since 红/黄 are single characters that could turn up in other text.
 */
const RULES: readonly { colour: Colour; key: MessageKey; lang: 'zh' | 'en' }[] = [
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

/**
 * Colours the status and severity labels in `ref` (a block such as `G2:H2001`). The
 * rules are formulas (`SEARCH`) rather than exceljs's containsText rules, which it
 * writes without the `text` attribute Excel's rule manager shows.
 */
export function addStatusColours(worksheet: ExcelJS.Worksheet, ref: string): void {
  const topLeft = ref.split(':')[0] ?? ref;
  worksheet.addConditionalFormatting({
    ref,
    rules: RULES.map((rule, i) => {
      const c = COLOURS[rule.colour];
      return {
        type: 'expression',
        formulae: [containsFormula(MESSAGES[rule.key][rule.lang], topLeft)],
        priority: i + 1,
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: c.fill } },
          font: { color: { argb: c.font } },
        },
      };
    }),
  });
}

/** Excel's "cell contains text" test, relative to the top-left cell of the range. */
export function containsFormula(text: string, topLeft: string): string {
  return `NOT(ISERROR(SEARCH("${text}",${topLeft})))`;
}
