import { describe, expect, it } from 'vitest';
import { nextNumber, previewImport } from '../../../addin/session/plan-import.ts';
import { problemTarget, problemTargets } from '../../../addin/session/problem-targets.ts';
import type { Grid } from '../../../shared/contract/grid.ts';
import type { Problem } from '../../../shared/model/problem.ts';

/** A selection as the gateway reads it: rows of cells from sheet row 1. */
function selection(rows: (string | number)[][]): Grid {
  return {
    workbook: 'plan.xlsx',
    sheet: 'Sheet1',
    table: '',
    header: [],
    columnLetters: [],
    rows: rows.map((r, i) => ({ rowNumber: i + 1, cells: r.map((value) => ({ value })) })),
  };
}

const PLAN = selection([
  ['序号', '指标名称', '2020年', '2025年', '属性'],
  [1, '每万人高价值发明专利拥有量（件）', 9.9, 15, '预期性'],
  [2, '万台特种设备事故率', 0.3, '低于0.36', '约束性'],
]);

describe('previewImport', () => {
  it('reads a published plan table through the shared importer, numbering ids after those already taken', () => {
    const preview = previewImport(PLAN, [], ['ZB01', 'ZB07', 'HZ01']);
    expect(preview).toMatchObject({ kind: 'plan', table: 'Indicators', sheet: 'Sheet1' });
    expect(preview.kind === 'plan' ? preview.rows.map((r) => r.id) : []).toEqual(['ZB08', 'ZB09']);
  });

  it('hands the importer the selection as text rows with their sheet row numbers, and the answers', () => {
    const seen: unknown[] = [];
    previewImport(PLAN, ['2.direction=lower', ' '], [], (rows, options) => {
      seen.push(rows[1], options.answers?.length, options.firstNumber);
      return { ok: false, row: 0, message: { zh: '否', en: 'no' } };
    });
    expect(seen).toEqual([
      { row: 2, cells: ['1', '每万人高价值发明专利拥有量（件）', '9.9', '15', '预期性'] },
      1,
      1,
    ]);
  });

  it('takes contract-format rows for the table their header names, with that table’s problems', () => {
    const preview = previewImport(
      selection([
        ['编号', '地区', '期间', '数值'],
        ['HZ01', '', '2025', 57],
        ['HZ01', '', '明年', 58],
      ]),
      [],
      [],
    );
    expect(preview).toMatchObject({
      kind: 'contract',
      table: 'Actuals',
      rows: [
        { id: 'HZ01', period: '2025', value: 57 },
        { id: 'HZ01', period: '明年' },
      ],
    });
    expect(
      preview.kind === 'contract' ? preview.problems.map((p) => [p.row, p.value, p.level]) : [],
    ).toEqual([[3, '明年', 'error']]);
  });

  it('says what is wrong with an answer it cannot read', () => {
    const preview = previewImport(PLAN, ['direction lower'], []);
    expect(preview.kind).toBe('failed');
  });

  it('counts on from the highest number with the prefix', () => {
    expect(nextNumber([], 'ZB')).toBe(1);
    expect(nextNumber(['zb03', 'ZB10', 'ZBX', 'HZ99'], 'ZB')).toBe(11);
  });
});

describe('problem cells', () => {
  const at = (row: number, columnLetter?: string, sheet = '实绩 Actuals'): Problem => ({
    workbook: 'plan.xlsx',
    sheet,
    row,
    column: 'x',
    value: '',
    code: 'c',
    message: { zh: '', en: '' },
    level: 'error',
    ...(columnLetter ? { columnLetter } : {}),
  });

  it('points a problem at its cell, and problems about whole tables at none', () => {
    expect(problemTarget(at(7, 'C'))).toEqual({ sheet: '实绩 Actuals', address: 'C7' });
    expect(problemTarget(at(0, 'C'))).toBeNull();
    expect(problemTarget(at(7))).toBeNull();
  });

  it('lists each cell once', () => {
    expect(problemTargets([at(7, 'C'), at(7, 'C'), at(8, 'C')])).toEqual([
      { sheet: '实绩 Actuals', address: 'C7' },
      { sheet: '实绩 Actuals', address: 'C8' },
    ]);
  });
});
