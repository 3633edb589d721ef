import type ExcelJS from 'exceljs';
import {
  COLOUR_RULES,
  TRAFFIC_LIGHTS,
  containsFormula,
  ruleText,
} from '../../shared/contract/status-colours.ts';

/**
 * Colours the status and severity labels in `ref` (a block such as `G2:H2001`) with the
 * shared traffic-light rules. The rules are formulas (`SEARCH`) rather than exceljs's
 * containsText rules, which it writes without the `text` attribute Excel's rule manager
 * shows.
 */
export function addStatusColours(worksheet: ExcelJS.Worksheet, ref: string): void {
  const topLeft = ref.split(':')[0] ?? ref;
  worksheet.addConditionalFormatting({
    ref,
    rules: COLOUR_RULES.map((rule, i) => {
      const c = TRAFFIC_LIGHTS[rule.colour];
      return {
        type: 'expression',
        formulae: [containsFormula(ruleText(rule), topLeft)],
        priority: i + 1,
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${c.fill}` } },
          font: { color: { argb: `FF${c.font}` } },
        },
      };
    }),
  });
}
