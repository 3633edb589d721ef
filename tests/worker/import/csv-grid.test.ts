import { describe, expect, it } from 'vitest';
import { csvToGrid } from '../../../worker/import/csv-grid.ts';

function grid(text: string) {
  const read = csvToGrid(Buffer.from(text, 'utf8'), 'actuals.csv');
  if (!read.ok) throw new Error(read.problem.message.en);
  return read.grid;
}

describe('csvToGrid', () => {
  it('takes the first record as the header and numbers rows as Excel shows the file', () => {
    const g = grid('编号 ID,期间 Period,数值 Value\n1,2023,98.7\n2,2023-Q3,1\n');
    expect(g).toMatchObject({
      workbook: 'actuals.csv',
      header: ['编号 ID', '期间 Period', '数值 Value'],
      columnLetters: ['A', 'B', 'C'],
    });
    expect(g.rows.map((r) => [r.rowNumber, r.cells.map((c) => c.value)])).toEqual([
      [2, [1, 2023, 98.7]],
      [3, [2, '2023-Q3', 1]],
    ]);
  });

  it.each([
    ['98.7', 98.7],
    ['-3', -3],
    ['0', 0],
    ['01', '01'],
    ['1.50', '1.50'],
    ['98.5%', '98.5%'],
    ['20,755', '20,755'],
    ['９８．５', '９８．５'],
    ['  湖州市 ', '湖州市'],
    ['', null],
  ])('reads the cell %j as %j', (raw, value) => {
    const g = grid(`id,value\n1,"${raw}"\n`);
    expect(g.rows[0]?.cells[1]?.value).toEqual(value);
  });

  it('keeps quoted commas and line breaks inside one cell', () => {
    const g = grid('id,source\n1,"年报,第3页\n附表"\n2,x\n');
    expect(g.rows.map((r) => r.cells[1]?.value)).toEqual(['年报,第3页\n附表', 'x']);
    expect(g.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
  });

  it('skips blank lines but keeps the row numbers of the lines after them', () => {
    const g = grid('id,value\n1,2\n\n,\n3,4\n');
    expect(g.rows.map((r) => r.rowNumber)).toEqual([2, 5]);
  });

  it('pads short records and widens the header for long ones', () => {
    const g = grid('id,value\n1\n2,3,extra\n');
    expect(g.header).toEqual(['id', 'value', '']);
    expect(g.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      [1, null, null],
      [2, 3, 'extra'],
    ]);
  });

  it('reads a file with a BOM without putting it into the first header', () => {
    const read = csvToGrid(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('编号,数值\n1,2\n')]),
      'bom.csv',
    );
    expect(read.ok && read.grid.header[0]).toBe('编号');
  });

  it('answers a malformed file with a bilingual problem naming file and line', () => {
    const read = csvToGrid(Buffer.from('id,value\n1,"unclosed\n'), 'bad.csv');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem.code).toBe('import.csv_unreadable');
    expect(read.problem.message.zh).toContain('bad.csv');
    expect(read.problem.message.en).toContain('bad.csv');
  });

  it('answers an empty file with a problem', () => {
    const read = csvToGrid(Buffer.from(''), 'empty.csv');
    expect(read.ok ? null : read.problem.code).toBe('import.empty');
  });
});
