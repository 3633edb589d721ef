import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../../shared/check/check-workbook.ts';
import { validateWorkbook } from '../../../shared/check/validate-workbook.ts';
import { ACTUALS, MILESTONES } from '../../../shared/contract/tables.ts';
import type { TemplateRow, WorkbookTemplate } from '../../../shared/contract/template.ts';
import type { Problem } from '../../../shared/model/problem.ts';
import { templateRow } from '../../../seeds/template-row.ts';
import { TEMPLATES } from '../../../seeds/templates.ts';
import { DEMO_AS_OF } from '../../../seeds/huzhou-demo-expectations.ts';
import { TEMPLATE_WORKBOOK, templateGrids } from '../../support/template-grids.ts';

/** A fresh Huzhou template, changed by the test. */
function huzhou(change: (t: WorkbookTemplate) => void = () => {}): WorkbookTemplate {
  const t = TEMPLATES['huzhou-14th-fyp']();
  change(t);
  return t;
}

function validate(t: WorkbookTemplate) {
  return validateWorkbook(TEMPLATE_WORKBOOK, templateGrids(t));
}

function where(
  p: Problem,
): Pick<Problem, 'workbook' | 'sheet' | 'row' | 'column' | 'value' | 'level'> {
  return {
    workbook: p.workbook,
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    value: p.value,
    level: p.level,
  };
}

/** Appends an Actuals row and returns the sheet row it lands on. */
function addActual(t: WorkbookTemplate, cells: TemplateRow): number {
  t.actuals.push(templateRow(ACTUALS, cells));
  return t.actuals.length + 1;
}

/** The sheet row of an indicator in the template (data from row 2). */
function indicatorRow(t: WorkbookTemplate, id: string): number {
  const i = t.indicators.findIndex((r) => r.id === id);
  if (i < 0) throw new Error(`no indicator ${id}`);
  return i + 2;
}

describe('validateWorkbook across tables', () => {
  it('warns about an actual for an unknown indicator, naming workbook, sheet, row, column and value', () => {
    let row = 0;
    const { model, problems } = validate(
      huzhou(
        (t) => (row = addActual(t, { id: 'HZ99', region: '湖州市', period: '2024', value: 3 })),
      ),
    );
    expect(problems.map(where)).toEqual([
      {
        workbook: 'plan.xlsx',
        sheet: '实绩 Actuals',
        row,
        column: '编号 ID (A)',
        value: 'HZ99',
        level: 'warning',
      },
    ]);
    expect(problems[0]?.message.zh).toContain('HZ99');
    expect(problems[0]?.message.en).toContain(`row ${row}`);
    // A warning keeps the row in the model; the check simply has no indicator to give it.
    expect(model.actuals.some((a) => a.id === 'HZ99')).toBe(true);
    expect(checkWorkbook(model, DEMO_AS_OF).evaluation.statuses.some((s) => s.id === 'HZ99')).toBe(
      false,
    );
  });

  it('warns about a milestone for an unknown indicator on the Milestones sheet', () => {
    const t = huzhou((x) =>
      x.milestones.push(
        templateRow(MILESTONES, { id: 'HZ00', region: '湖州市', period: '2024', target: 5 }),
      ),
    );
    expect(validate(t).problems.map(where)).toEqual([
      {
        workbook: 'plan.xlsx',
        sheet: '分解 Milestones',
        row: t.milestones.length + 1,
        column: '编号 ID (A)',
        value: 'HZ00',
        level: 'warning',
      },
    ]);
  });

  it('warns about a formula that does not parse and clears it, so evaluation never sees it', () => {
    const t = huzhou((x) => {
      const hz17 = x.indicators.find((r) => r.id === 'HZ17');
      if (hz17) hz17.formula = 'batches / / population';
    });
    const { model, problems } = validate(t);
    const formula = problems.filter((p) => p.column.startsWith('计算公式'));
    expect(formula.map(where)).toEqual([
      {
        workbook: 'plan.xlsx',
        sheet: '指标 Indicators',
        row: indicatorRow(t, 'HZ17'),
        column: '计算公式 Formula (O)',
        value: 'batches / / population',
        level: 'warning',
      },
    ]);
    expect(formula[0]?.code).toBe('formula.expected_operand');
    expect(formula[0]?.message.en).toContain('batches / / population');
    expect(problems.every((p) => p.level === 'warning')).toBe(true);
    // One problem, one message: the measure rows of the broken formula are not reported again.
    expect(problems.filter((p) => p.code === 'check.unused_measure')).toEqual([]);
    expect(model.indicators.find((i) => i.id === 'HZ17')?.formula).toBeNull();
  });

  it('warns about a measure the formula does not use, naming the measures it does', () => {
    let row = 0;
    const t = huzhou(
      (x) =>
        (row = addActual(x, {
          id: 'HZL01',
          region: '湖州市',
          period: '2024',
          measure: 'deaths',
          value: 1,
        })),
    );
    const { problems } = validate(t);
    expect(problems.map(where)).toEqual([
      {
        workbook: 'plan.xlsx',
        sheet: '实绩 Actuals',
        row,
        column: '度量 Measure (D)',
        value: 'deaths',
        level: 'warning',
      },
    ]);
    expect(problems[0]?.code).toBe('check.unused_measure');
    expect(problems[0]?.message.en).toContain('accidents, units');
  });

  it('accepts value and increment rows beside a formula’s measures without a warning', () => {
    const t = huzhou((x) => {
      addActual(x, { id: 'HZL01', region: '湖州市', period: '2020', value: 0.4 });
      addActual(x, {
        id: 'HZL01',
        region: '湖州市',
        period: '2019',
        measure: 'increment',
        value: 1,
      });
    });
    expect(validate(t).problems).toEqual([]);
  });

  it('drops a row with an error-level problem and keeps every other row', () => {
    let row = 0;
    const t = huzhou(
      (x) => (row = addActual(x, { id: 'HZ01', region: '湖州市', period: '明年', value: 60 })),
    );
    const { model, problems } = validate(t);
    expect(problems.map(where)).toEqual([
      {
        workbook: 'plan.xlsx',
        sheet: '实绩 Actuals',
        row,
        column: '期间 Period (C)',
        value: '明年',
        level: 'error',
      },
    ]);
    expect(model.actuals).toHaveLength(t.actuals.length - 1);
  });
});
