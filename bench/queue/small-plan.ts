import { ACTUALS, INDICATORS } from '../../shared/contract/tables.ts';
import type { WorkbookTemplate } from '../../shared/contract/template.ts';
import { blankTemplate } from '../../seeds/blank-template.ts';
import { templateRow } from '../../seeds/template-row.ts';

/**
 * A small plan workbook, as a county bureau might keep one: three indicators (a pace, a
 * hard line, a rate from measures) with four years of actuals and no recipients, so the
 * queue benchmark measures checks and queue work, not mail.
 */
export function smallPlanTemplate(): WorkbookTemplate {
  const blank = blankTemplate();
  const indicators = [
    {
      id: 'S01',
      category: '营商环境',
      name: '每万人高价值发明专利拥有量',
      unit: '件',
      kind: '约束性',
      aggregation: 'level',
      direction: '越高越好',
      baselineYear: 2020,
      baseline: 9.9,
      targetYear: 2025,
      target: 15,
    },
    {
      id: 'S02',
      category: '质量提升',
      name: '食品评价性抽检合格率',
      unit: '%',
      kind: '约束性',
      aggregation: 'threshold',
      direction: '越高越好',
      targetYear: 2025,
      target: '98.5%以上',
    },
    {
      id: 'S03',
      category: '市场安全',
      name: '万台特种设备事故率',
      unit: '起/万台',
      kind: '约束性',
      aggregation: 'threshold',
      direction: '越低越好',
      targetYear: 2025,
      target: '低于0.36',
      formula: 'accidents / units * 10000',
    },
  ].map((row) => templateRow(INDICATORS, row));
  const actuals = [2021, 2022, 2023, 2024].flatMap((year, i) =>
    [
      { id: 'S01', period: String(year), value: 10.5 + i * 0.6 },
      { id: 'S02', period: String(year), value: 98.2 + i * 0.2 },
      { id: 'S03', period: String(year), measure: 'accidents', value: 9 + i },
      { id: 'S03', period: String(year), measure: 'units', value: 280_000 },
    ].map((row) => templateRow(ACTUALS, { ...row, source: 'bench' })),
  );
  return { ...blank, name: 'bench-small', indicators, actuals };
}
