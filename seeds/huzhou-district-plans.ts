/**
 * District (区县) plans beside the Huzhou city plan, for the demo's multi-plan run: each is
 * its own workbook with the indicators that district reports in the demo data (the city's
 * two hard lines, 万台特种设备事故率 and 食品评价性抽检合格率), its own figures, and the
 * same three recipients as the city plan — as a bureau lists its leaders in every plan.
 * Like the city's 2021–2024 actuals, the district figures are illustrative.
 */
import type { WorkbookTemplate } from '../shared/contract/template.ts';
import type { DEMO_SUB_REGIONS } from './huzhou-demo-data.ts';
import { huzhouTemplate } from './huzhou-template.ts';
import { settingsRows } from './settings-rows.ts';

export type DemoDistrict = (typeof DEMO_SUB_REGIONS)[number];

/** The plan of `district`, cut from the city template: its rows only, its own name and region. */
export function districtTemplate(district: DemoDistrict): WorkbookTemplate {
  const city = huzhouTemplate();
  const ofDistrict = (row: Record<string, unknown>): boolean => row.region === district;
  const actuals = city.actuals.filter(ofDistrict);
  const ids = new Set(actuals.map((row) => row.id));
  return {
    ...city,
    indicators: city.indicators.filter((row) => ids.has(row.id)),
    milestones: city.milestones.filter(ofDistrict),
    actuals,
    settings: settingsRows({ name: `${district}市场监管"十四五"规划`, region: district }),
  };
}
