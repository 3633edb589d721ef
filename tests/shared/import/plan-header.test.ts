import { describe, expect, it } from 'vitest';
import {
  findPlanHeader,
  isHeaderText,
  type PlanHeader,
} from '../../../shared/import/plan-header.ts';
import { rowsOf } from './plan-fixtures.ts';

function header(table: string): PlanHeader {
  const h = findPlanHeader(rowsOf(table));
  if (!h) throw new Error('no header');
  return h;
}

function roles(table: string): [string, string, number | null, string][] {
  return header(table).columns.map((c) => [c.label, c.role, c.year, c.unit]);
}

describe('findPlanHeader', () => {
  it.each([
    [
      '序号 | 类别 | 指标名称 | 单位 | 2020年 | 2025年 | 属性',
      ['seq', 'category', 'name', 'unit', 'baseline', 'target', 'kind'],
    ],
    [
      '编号 | 一级指标 | 指标 | 计量单位 | 基期值 | 目标值 | 指标属性',
      ['seq', 'category', 'name', 'unit', 'baseline', 'target', 'kind'],
    ],
    [
      '序 号 | 领 域 | 具体指标 | 单位 | 现状值 | 目标 | 性质 | 备注',
      ['seq', 'category', 'name', 'unit', 'baseline', 'target', 'kind', 'notes'],
    ],
    [
      '一级指标 | 序号 | 指标名称 | 2020 | 2025 | 备注',
      ['category', 'seq', 'name', 'baseline', 'target', 'notes'],
    ],
    [
      '指标名称 | 2020年基数 | 2025年规划目标 | 指标性质 | 牵头单位',
      ['name', 'baseline', 'target', 'kind', 'owner'],
    ],
    [
      '一级指标 | 二级指标 | 单位 | 基期 | 目标 | 指标属性',
      ['category', 'name', 'unit', 'baseline', 'target', 'kind'],
    ],
    [
      '类别 | 指标 | 单位 | 十三五末 | 十四五末 | 指标方向 | 属性',
      ['category', 'name', 'unit', 'baseline', 'target', 'direction', 'kind'],
    ],
    [
      '序号 | 指标名称（单位） | 基期值(2020年) | 目标值(2025年) | 类型',
      ['seq', 'name', 'baseline', 'target', 'category'],
    ],
  ])('reads the wording %s', (text, expected) => {
    expect(header(text).columns.map((c) => c.role)).toEqual(expected);
  });

  it('takes the baseline and target years from the header, with 十三五末 as 2020 and 十四五末 as 2025', () => {
    expect(header('指标名称 | 2020年 | 2025年').columns.map((c) => c.year)).toEqual([
      null,
      2020,
      2025,
    ]);
    expect(header('指标 | 十三五末 | 十四五末').columns.map((c) => c.year)).toEqual([
      null,
      2020,
      2025,
    ]);
  });

  it('reads units written in the header: 2020年(%) and 2025年（%）', () => {
    expect(roles('指标名称 | 2020年(%) | 2025年（%） | 属性')).toEqual([
      ['指标名称', 'name', null, ''],
      ['2020年(%)', 'baseline', 2020, '%'],
      ['2025年（%）', 'target', 2025, '%'],
      ['属性', 'kind', null, ''],
    ]);
  });

  it('makes a year between baseline and target a milestone', () => {
    expect(header('指标名称 | 2020年 | 2023年 | 2025年').columns.map((c) => c.role)).toEqual([
      'name',
      'baseline',
      'milestone',
      'target',
    ]);
  });

  it('joins a two-level header whose parent is written only over its first column (CSV, pasted ranges)', () => {
    const h = header(
      '编号 | 指标 | 单位 | 规划目标 |  | 属性\n |  |  | 2020年现状值 | 2025年目标值 | \n1 | 市场主体总量 | 万户 | 38.6 | 50 | 预期性',
    );
    expect(h.rows).toEqual([1, 2]);
    expect(h.bodyStart).toBe(2);
    expect(h.columns.map((c) => [c.label, c.role, c.year])).toEqual([
      ['编号', 'seq', null],
      ['指标', 'name', null],
      ['单位', 'unit', null],
      ['规划目标 2020年现状值', 'baseline', 2020],
      ['规划目标 2025年目标值', 'target', 2025],
      ['属性', 'kind', null],
    ]);
  });

  it('joins a two-level header read from merged cells, where every cell of a merge repeats its text', () => {
    const h = header(
      '序号 | 指标名称 | 规划目标 | 规划目标 | 属性\n序号 | 指标名称 | 2020年 | 2025年 | 属性\n1 | 品字标企业 | 100 | 200 | 约束性',
    );
    expect(h.columns.map((c) => [c.label, c.role, c.year])).toEqual([
      ['序号', 'seq', null],
      ['指标名称', 'name', null],
      ['规划目标 2020年', 'baseline', 2020],
      ['规划目标 2025年', 'target', 2025],
      ['属性', 'kind', null],
    ]);
  });

  it('takes a parent row above the indicator header into the labels', () => {
    const h = header(
      '表1 主要指标\n |  | 基期 | 目标\n序号 | 指标名称 | 2020年 | 2025年\n1 | 品字标企业 | 100 | 200',
    );
    expect(h.rows).toEqual([2, 3]);
    expect(h.headerStart).toBe(1);
    expect(h.columns.map((c) => c.role)).toEqual(['seq', 'name', 'baseline', 'target']);
  });

  it('skips title rows and starts the body under the header', () => {
    const h = header(
      '表1 ××市市场监管“十四五”主要指标\n单位：%\n序号 | 指标名称 | 2020年 | 2025年\n1 | 合格率 | 98 | 99',
    );
    expect(h.rows).toEqual([3]);
    expect(h.bodyStart).toBe(3);
  });

  it('finds no header when no row has both an indicator column and a figure column', () => {
    expect(findPlanHeader(rowsOf('序号 | 指标名称 | 备注\n1 | 合格率 | 无'))).toBeNull();
    expect(findPlanHeader(rowsOf('2020年 | 2025年\n1 | 2'))).toBeNull();
    expect(findPlanHeader([])).toBeNull();
  });

  it('tells header words from titles and data', () => {
    expect(
      ['指标名称', '2020年', '目标值', '属性', '序号', '备注', '十四五末'].every(isHeaderText),
    ).toBe(true);
    expect(
      ['湖州市市场监管十四五主要指标', '在册市场主体总量(万户)', '44*', '营商'].some(isHeaderText),
    ).toBe(false);
  });
});
