import { describe, expect, it } from 'vitest';
import {
  carryCategory,
  categoryName,
  classifyBodyRows,
} from '../../../shared/import/category-rows.ts';
import { findPlanHeader } from '../../../shared/import/plan-header.ts';
import { rowsOf } from './plan-fixtures.ts';

function categoriesOf(table: string): [string, string][] {
  const rows = rowsOf(table);
  const header = findPlanHeader(rows);
  if (!header) throw new Error('no header');
  const body = classifyBodyRows(rows.slice(header.bodyStart), header.columns);
  const categories = carryCategory(body, header.columns);
  return body.flatMap((b) =>
    b.kind === 'data'
      ? [
          [
            b.row.cells[header.columns.find((c) => c.role === 'name')?.index ?? 0] ?? '',
            categories.get(b.row) ?? '',
          ],
        ]
      : [],
  );
}

describe('categories of plan-table rows', () => {
  it('carries a merged category written only on its first row down to the rows below', () => {
    expect(
      categoriesOf(
        '类别 | 指标名称 | 2025年\n营商环境 | 甲 | 1\n | 乙 | 2\n质量提升 | 丙 | 3\n | 丁 | 4',
      ),
    ).toEqual([
      ['甲', '营商环境'],
      ['乙', '营商环境'],
      ['丙', '质量提升'],
      ['丁', '质量提升'],
    ]);
  });

  it('reads a merged category repeated on every row (as .xlsx merged cells read) the same way', () => {
    expect(
      categoriesOf(
        '类别 | 指标名称 | 2025年\n营商环境 | 甲 | 1\n营商环境 | 乙 | 2\n质量提升 | 丙 | 3',
      ),
    ).toEqual([
      ['甲', '营商环境'],
      ['乙', '营商环境'],
      ['丙', '质量提升'],
    ]);
  });

  it('takes categories from one-cell subheading rows, with or without numbering, in any column', () => {
    const table =
      '序号 | 指标名称 | 2025年\n一、营商环境 |  | \n1 | 甲 | 1\n | （二）质量提升（7项） | \n2 | 乙 | 2\n市场安全 | 市场安全 | 市场安全\n3 | 丙 | 3';
    expect(categoriesOf(table)).toEqual([
      ['甲', '营商环境'],
      ['乙', '质量提升'],
      ['丙', '市场安全'],
    ]);
  });

  it('tells subheadings, footnotes, totals, nameless and blank rows apart', () => {
    const rows = rowsOf(
      '序号 | 指标名称 | 2025年\n一、营商环境 |  | \n1 | 甲 | 1\n合计 |  | 1\n |  | \n2 |  | 5\n注：1.带*的为累计值 |  | \n2.〔 〕内为五年累计数 |  | ',
    );
    const header = findPlanHeader(rows);
    if (!header) throw new Error('no header');
    expect(classifyBodyRows(rows.slice(1), header.columns).map((b) => b.kind)).toEqual([
      'subheading',
      'data',
      'total',
      'blank',
      'nameless',
      'footnote',
      'footnote',
    ]);
  });

  it.each([
    ['一、营商环境', '营商环境'],
    ['（二）质量提升', '质量提升'],
    ['三. 市场安全（共6项）', '市场安全'],
    ['第四部分 科技支撑', '科技支撑'],
    ['营商\n环境', '营商环境'],
    ['1、营商环境：', '营商环境'],
  ])('names the category of %j as %s', (text, name) => {
    expect(categoryName(text)).toBe(name);
  });
});
