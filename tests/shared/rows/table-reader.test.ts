import { describe, expect, it } from 'vitest';
import type { TableSpec } from '../../../shared/contract/tables.ts';
import { readTable } from '../../../shared/rows/table-reader.ts';
import { grid, where } from './grid-fixture.ts';

const SPEC: TableSpec = {
  name: 'Milestones',
  sheet: 'S',
  owner: 'planner',
  columns: [
    { key: 'id', zh: '编号', en: 'ID', required: true },
    { key: 'n', zh: '数', en: 'N', required: false },
  ],
};

function readIds(g: ReturnType<typeof grid>) {
  return readTable(g, SPEC, (r) => {
    const id = r.required('id');
    const n = r.number('n');
    return { id, n };
  });
}

describe('readTable', () => {
  it('keeps good rows, drops bad ones and skips blank ones', () => {
    const g = grid(
      'S',
      'T',
      ['编号 ID', '数 N'],
      [
        ['a', 1],
        [null, '  '],
        ['b', 'x'],
        ['c', null],
      ],
    );
    const { items, problems } = readIds(g);
    expect(items).toEqual([
      { id: 'a', n: 1 },
      { id: 'c', n: null },
    ]);
    expect(problems.map(where)).toEqual([
      { sheet: 'S', row: 4, column: '数 N (B)', value: 'x', level: 'error' },
    ]);
  });

  it('does not count data in unknown columns as content', () => {
    const g = grid('S', 'T', ['编号 ID', '我的列'], [[null, '随手记']]);
    expect(readIds(g)).toEqual({ items: [], problems: [] });
  });

  it('treats a row holding only an error value as content, not as blank', () => {
    const g = grid('S', 'T', ['编号 ID', '数 N'], [[null, { value: null, error: '#VALUE!' }]]);
    const { problems } = readIds(g);
    expect(problems.map((p) => p.value).sort()).toEqual(['', '#VALUE!']);
  });

  it('reads no row when a column is given twice', () => {
    const g = grid('S', 'T', ['编号 ID', '数', 'N'], [['a', 1, 2]]);
    const { items, problems } = readIds(g);
    expect(items).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'row.column_duplicate', level: 'error' });
  });

  it('writes the message in both languages with workbook, sheet, row, column and value', () => {
    const g = grid('S', 'T', ['编号 ID', '数 N'], [['a', 'x']]);
    const [p] = readIds(g).problems;
    expect(p?.message.zh).toMatch(/^plan\.xlsx「S」第 2 行「数 N \(B\)」：“x”.*（本行未读取）$/);
    expect(p?.message.en).toMatch(
      /^plan\.xlsx, sheet "S", row 2, column 数 N \(B\): "x".*\(row skipped\)$/,
    );
  });
});
