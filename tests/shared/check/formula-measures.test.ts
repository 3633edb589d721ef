import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../../../shared/check/validate-workbook.ts';
import { ACTUALS, INDICATORS } from '../../../shared/contract/tables.ts';
import { templateRow } from '../../../seeds/template-row.ts';
import { templateGrid } from '../../../shared/contract/template-grid.ts';
import { TEMPLATE_WORKBOOK } from '../../support/template-grids.ts';

const RATE = templateRow(INDICATORS, {
  id: 'R1',
  name: '万台特种设备事故率',
  kind: '约束性',
  direction: '越低越好',
  limit: '低于0.36',
  aggregation: '阈值 threshold',
  formula: 'accidents / units * 10000',
  targetYear: 2025,
});

function problems(actuals: Record<string, string | number>[]) {
  const rows = actuals.map((a) => templateRow(ACTUALS, { id: 'R1', period: '2024', ...a }));
  return validateWorkbook('plan.xlsx', {
    Indicators: templateGrid(INDICATORS, [RATE], TEMPLATE_WORKBOOK),
    Actuals: templateGrid(ACTUALS, rows, TEMPLATE_WORKBOOK),
  }).problems;
}

describe('formula measures against the Actuals table', () => {
  it('warns on the formula cell when a measure it names is reported by no actual of the indicator', () => {
    const [p, ...rest] = problems([{ measure: 'accidents', value: 11 }]);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      code: 'check.formula_measure_unreported',
      row: 2,
      columnLetter: 'O',
      value: 'accidents / units * 10000',
      level: 'warning',
    });
    expect(p?.message.en).toContain('measure "units"');
    expect(p?.message.en).toContain('reported: accidents');
  });

  it('says nothing while the indicator has no actuals yet, or once every measure is reported', () => {
    expect(problems([])).toEqual([]);
    expect(
      problems([
        { measure: 'accidents', value: 11 },
        { measure: 'units', value: 280000 },
      ]),
    ).toEqual([]);
  });
});
