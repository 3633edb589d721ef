import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../../../shared/check/validate-workbook.ts';
import { INDICATORS } from '../../../shared/contract/tables.ts';
import type { TemplateRow } from '../../../shared/contract/template.ts';
import { templateRow } from '../../../seeds/template-row.ts';
import { templateGrid } from '../../../shared/contract/template-grid.ts';
import { TEMPLATE_WORKBOOK } from '../../support/template-grids.ts';

/** The problems validateWorkbook finds in these Indicators rows (sheet rows from 2). */
function problems(rows: Record<string, string | number>[]) {
  const body: TemplateRow[] = rows.map((r, i) =>
    templateRow(INDICATORS, {
      id: `T${i + 1}`,
      name: `指标${i + 1}`,
      kind: '约束性',
      baselineYear: 2020,
      targetYear: 2025,
      ...r,
    }),
  );
  return validateWorkbook('plan.xlsx', {
    Indicators: templateGrid(INDICATORS, body, TEMPLATE_WORKBOOK),
  }).problems;
}

describe('indicator line checks', () => {
  it('warns when a higher-is-better target is below its baseline, naming the target cell', () => {
    const [p, ...rest] = problems([{ direction: '越高越好', baseline: 60, target: 55 }]);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      code: 'check.target_below_baseline',
      row: 2,
      column: '目标值 Target (K)',
      columnLetter: 'K',
      value: '55',
      level: 'warning',
    });
    expect(p?.message.zh).toContain('目标值 55 低于基期值 60');
  });

  it('warns when a lower-is-better target is above its baseline', () => {
    expect(
      problems([{ direction: '越低越好', baseline: 0.3, target: 0.5 }]).map((p) => p.code),
    ).toEqual(['check.target_above_baseline']);
  });

  it('accepts targets on the right side, equal targets, rates and lines', () => {
    expect(
      problems([
        { direction: '越高越好', baseline: 60, target: 65 },
        { direction: '越低越好', baseline: 3, target: 3 },
        { direction: '越高越好', aggregation: '年均增长 growth', baseline: 100, target: 8 },
        { direction: '越高越好', baseline: 98.6, target: '98.5%以上' },
      ]),
    ).toEqual([]);
  });

  it('warns when the warning line is beyond the limit, in either direction', () => {
    const found = problems([
      { direction: '越低越好', baseline: 0.3, target: 0.25, limit: '低于0.36', warning: 0.4 },
      { direction: '越高越好', aggregation: '阈值 threshold', target: '98.5%以上', warning: 98 },
      { direction: '越低越好', baseline: 0.3, target: 0.25, limit: '低于0.36', warning: 0.36 },
    ]);
    expect(found.map((p) => [p.code, p.row, p.columnLetter])).toEqual([
      ['check.warning_beyond_limit', 2, 'M'],
      ['check.warning_beyond_limit', 3, 'M'],
      ['check.warning_beyond_limit', 4, 'M'],
    ]);
    expect(found[0]?.message.en).toContain(
      'the warning line 0.4 is not on the safe side of the limit "低于0.36"',
    );
  });

  it('accepts a warning line on the safe side of the limit', () => {
    expect(
      problems([
        { direction: '越低越好', baseline: 0.3, target: 0.25, limit: '低于0.36', warning: 0.3 },
        { direction: '越高越好', aggregation: '阈值 threshold', target: '98.5%以上', warning: 99 },
      ]),
    ).toEqual([]);
  });
});
