import { describe, expect, it } from 'vitest';
import { HUZHOU_CUMULATIVE_FOOTNOTE, HUZHOU_INDICATORS } from '../../seeds/huzhou-indicators.ts';
import { SEED_DOCS } from '../../seeds/source.ts';
import { seedDocLines } from '../support/seed-documents.ts';

const docLines = seedDocLines(SEED_DOCS.huzhouPlan);

interface DocCell {
  text: string;
  line: number;
}

interface DocRow {
  category: string;
  seq: string | null;
  nameCell: DocCell;
  values: string[];
  kind: string;
}

/** The table's non-empty cells, one per line, from its header to the footnote. */
function tableCells(): { header: string[]; body: DocCell[]; footnote: DocCell } {
  const cells = docLines
    .map((t, i) => ({ text: t.trim(), line: i + 1 }))
    .filter((c) => c.text !== '');
  const title = cells.findIndex((c) => c.text.endsWith('主要指标'));
  const foot = cells.findIndex((c, i) => i > title && c.text.startsWith('注:'));
  const footnote = cells[foot];
  if (title < 0 || !footnote) throw new Error('table not found in the seed document');
  const header = cells.slice(title + 1, title + 7).map((c) => c.text);
  return { header, body: cells.slice(title + 7, foot), footnote };
}

/**
 * An independent reading of the one-cell-per-line layout: a row ends at its 预期性/约束性
 * cell; its name is the first cell with a bracket; cells before it are category parts and
 * an optional 序号; cells between name and kind are the 2020 and 2025 values (or only 2025).
 */
function readRows(body: DocCell[]): DocRow[] {
  const rows: DocRow[] = [];
  let group: DocCell[] = [];
  let category = '';
  for (const c of body) {
    if (c.text !== '预期性' && c.text !== '约束性') {
      group.push(c);
      continue;
    }
    const nameAt = group.findIndex((g) => g.text.includes('('));
    const nameCell = group[nameAt];
    if (!nameCell) throw new Error(`row ending at line ${c.line} has no name cell`);
    const before = group.slice(0, nameAt).map((g) => g.text);
    const seq =
      before.length > 0 && /^\d+$/.test(before[before.length - 1] ?? '')
        ? (before.pop() ?? null)
        : null;
    if (before.length > 0) category = before.join('');
    rows.push({
      category,
      seq,
      nameCell,
      values: group.slice(nameAt + 1).map((g) => g.text),
      kind: c.text,
    });
    group = [];
  }
  expect(group).toEqual([]);
  return rows;
}

function splitName(cell: string): { name: string; unit: string } {
  const open = cell.lastIndexOf('(');
  return { name: cell.slice(0, open), unit: cell.slice(open + 1).replace(/\)$/, '') };
}

function numberOf(cell: string | null): number | null {
  return cell === null || cell === '/' ? null : Number(cell.replace('*', ''));
}

const { header, body, footnote } = tableCells();
const docRows = readRows(body);

describe('HUZHOU_INDICATORS (表1 of the Huzhou plan)', () => {
  it('reads a table whose header is 一级指标 / 序号 / 指标名称 / 2020 / 2025 / 备注', () => {
    expect(header).toEqual(['一级指标', '序号', '指标名称', '2020', '2025', '备注']);
  });

  it('has exactly the 23 rows the document prints, numbered 1–23 with ids HZ01–HZ23', () => {
    expect(docRows).toHaveLength(23);
    expect(HUZHOU_INDICATORS.map((s) => s.seq)).toEqual(
      Array.from({ length: 23 }, (_, i) => i + 1),
    );
    expect(HUZHOU_INDICATORS.map((s) => s.id)).toEqual(
      Array.from({ length: 23 }, (_, i) => `HZ${String(i + 1).padStart(2, '0')}`),
    );
  });

  it.each(HUZHOU_INDICATORS.map((s, i) => [s.seq, s.name, s, i] as const))(
    'row %i (%s) equals the document: name, unit, 2020, 2025 and 备注 as consecutive cells',
    (_seq, _name, seed, i) => {
      const row = docRows[i];
      if (!row) throw new Error(`document row ${i + 1} missing`);
      const [baselineCell, targetCell] =
        row.values.length === 2 ? [row.values[0] ?? null, row.values[1]] : [null, row.values[0]];
      expect(row.values.length === 1 || row.values.length === 2).toBe(true);
      expect(row.nameCell.text).toBe(seed.raw.name);
      expect(splitName(row.nameCell.text)).toEqual({ name: seed.name, unit: seed.unit });
      expect(baselineCell).toBe(seed.raw.baseline);
      expect(targetCell).toBe(seed.raw.target);
      expect(row.kind).toBe(seed.raw.kind);
      expect(seed.kind).toBe(row.kind === '约束性' ? 'binding' : 'expected');
      expect(row.category).toBe(seed.category);
      expect(seed.baseline).toBe(numberOf(baselineCell));
      expect(seed.target).toBe(numberOf(targetCell ?? null));
      expect(seed.baselineMarked).toBe(baselineCell?.endsWith('*') ?? false);
      expect(seed.targetMarked).toBe(targetCell?.endsWith('*') ?? false);
      // Rows 1–9 print no 序号; from 10 on the cell is the row number.
      expect(row.seq).toBe(seed.seq >= 10 ? String(seed.seq) : null);
      expect(seed.source).toEqual({
        doc: SEED_DOCS.huzhouPlan,
        ref: `表1 第${seed.seq}行 (line ${row.nameCell.line})`,
        line: row.nameCell.line,
      });
    },
  );

  it('keeps the quirks: rows 20 and 23 have no 2020 cell, row 18 prints `/`', () => {
    const noBaseline = HUZHOU_INDICATORS.filter((s) => s.baseline === null).map((s) => [
      s.seq,
      s.raw.baseline,
    ]);
    expect(noBaseline).toEqual([
      [18, '/'],
      [20, null],
      [23, null],
    ]);
  });

  it('reads `*` as cumulative, as the footnote under the table says', () => {
    expect(footnote.text).toBe(HUZHOU_CUMULATIVE_FOOTNOTE.text);
    expect(footnote.line).toBe(HUZHOU_CUMULATIVE_FOOTNOTE.line);
    expect(footnote.text).toMatch(/带\*指标为累加值/);
    for (const s of HUZHOU_INDICATORS) {
      expect(s.cumulative, s.id).toBe(
        s.raw.target.endsWith('*') || (s.raw.baseline?.endsWith('*') ?? false),
      );
    }
    expect(HUZHOU_INDICATORS.filter((s) => s.cumulative).map((s) => s.seq)).toEqual([
      1, 4, 6, 8, 9, 10, 11, 12, 13, 14, 16, 19, 20, 21, 22, 23,
    ]);
  });
});
