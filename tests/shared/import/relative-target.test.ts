import { describe, expect, it } from 'vitest';
import { importPlanTable } from '../../../shared/import/plan-table.ts';
import { readWordedTarget } from '../../../shared/import/relative-target.ts';
import { textRows } from '../../../shared/import/text-grid.ts';

describe('readWordedTarget', () => {
  it('reads 全覆盖 as 100% of a coverage indicator, and not for a count', () => {
    expect(readWordedTarget('全覆盖', 80, '%')).toEqual({
      text: '100%',
      direction: 'higher',
      how: 'coverage',
    });
    expect(readWordedTarget('实现全覆盖', null, '')).toMatchObject({ text: '100%' });
    expect(readWordedTarget('全覆盖', 80, '家')).toBeNull();
  });

  it('reads 下降10% against the baseline as a relative change and 降低10个百分点 as points', () => {
    expect(readWordedTarget('下降10%', 2.5, '%')).toEqual({
      text: '2.25',
      direction: 'lower',
      how: 'relative',
    });
    expect(readWordedTarget('降低10个百分点', 35, '%')).toEqual({
      text: '25',
      direction: 'lower',
      how: 'points',
    });
    expect(readWordedTarget('提高5个百分点', 60, '%')).toMatchObject({
      text: '65',
      direction: 'higher',
    });
    expect(readWordedTarget('下降10%', null, '%')).toBeNull();
  });
});

describe('worded targets in a plan table', () => {
  const table = textRows([
    ['序号', '指标名称', '单位', '2020年', '2025年', '属性'],
    [1, '乡镇食安办星级管理覆盖率', '%', 89.2, '全覆盖', '约束性'],
    [2, '亿元GDP生产安全事故死亡率', '人/亿元', 0.02, '下降10%', '约束性'],
    [3, '消费投诉按期办结率差距', '%', 35, '降低10个百分点', '预期性'],
    [4, '企业开办时间', '工作日', 3, '1个工作日内', '约束性'],
    [5, '新增知识产权示范企业', '家', '/', '5个以上', '预期性'],
  ]);

  it('writes the figure each means, says how in the notes, and asks nothing', () => {
    const r = importPlanTable(table, { source: 'plan.csv' });
    if (!r.ok) throw new Error(r.message.en);
    expect(r.indicators.map((i) => [i.target, i.direction, i.unit])).toEqual([
      [100, 'higher', '%'],
      [0.018, 'lower', '人/亿元'],
      [25, 'lower', '%'],
      ['1个工作日内', 'lower', '工作日'],
      ['5个以上', 'higher', '家'],
    ]);
    expect(String(r.indicators[0]?.notes)).toContain('目标“全覆盖”按覆盖率 100% 读取');
    expect(String(r.indicators[1]?.notes)).toContain(
      'target "下降10%" read as a relative change from the baseline 0.02: 0.018',
    );
    expect(String(r.indicators[2]?.notes)).toContain('按相对基期 35 的百分点变化读作 25');
    // 个 between the number and the unit is a measure word, not another unit.
    expect(r.questions).toEqual([]);
  });
});
