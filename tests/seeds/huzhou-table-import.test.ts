import { describe, expect, it } from 'vitest';
import type { Grid } from '../../shared/contract/grid.ts';
import { bilingualHeader, INDICATORS } from '../../shared/contract/tables.ts';
import { readIndicators } from '../../shared/rows/indicators.ts';
import { HUZHOU_INDICATORS } from '../../seeds/huzhou-indicators.ts';
import { importHuzhouTable } from '../../seeds/huzhou-table-import.ts';
import { huzhouTemplate } from '../../seeds/huzhou-template.ts';
import { SEED_DOCS } from '../../seeds/source.ts';
import { seedDocText } from '../support/seed-documents.ts';

const docText = seedDocText(SEED_DOCS.huzhouPlan);

function imported() {
  const result = importHuzhouTable(docText);
  if (!result.ok) throw new Error(result.message.en);
  return result;
}

/** What 表1 says about a row, in the seed's terms. */
function seedView(s: (typeof HUZHOU_INDICATORS)[number]) {
  return {
    id: s.id,
    category: s.category,
    name: s.name,
    unit: s.unit,
    baseline: s.raw.baseline === '/' ? '/' : s.baseline,
    target: s.target,
    kind: s.raw.kind,
    cumulative: s.cumulative,
    starred: s.baselineMarked || s.targetMarked,
    line: s.source.line,
  };
}

describe('the Huzhou seed from the importer', () => {
  it('imports 表1 from the raw document text into exactly HUZHOU_INDICATORS: values, units, kinds, * cumulative, rows without baseline', () => {
    const r = imported();
    const view = r.indicators.map((row, i) => ({
      id: row.id,
      category: row.category,
      name: row.name,
      unit: row.unit,
      baseline: row.baseline,
      target: row.target,
      kind: row.kind,
      cumulative: row.aggregation === 'cumulative',
      starred: r.origins[i]?.marks.includes('*'),
      line: r.origins[i]?.row,
    }));
    expect(view).toEqual(HUZHOU_INDICATORS.map(seedView));
  });

  it('asks no questions, since the table states years, kinds, the meaning of * and every figure', () => {
    const r = imported();
    expect(r.questions).toEqual([]);
    expect(r.baselineYear).toBe(2020);
    expect(r.targetYear).toBe(2025);
    expect(r.marks).toEqual([{ mark: '*', effect: 'cumulative', text: '带*指标为累加值' }]);
  });

  it('notes only what the document itself leaves open: rows 20 and 23 print no 2020 figure', () => {
    const r = imported();
    expect(r.notices.map((n) => [n.row, n.column, n.text])).toEqual([
      [267, 'baseline', '65*'],
      [295, 'baseline', '33*'],
    ]);
    expect(r.indicators.filter((row) => row.baseline === null).map((row) => row.id)).toEqual([
      'HZ20',
      'HZ23',
    ]);
  });

  it('gives the huzhou-14th-fyp template its table rows in every column the table speaks to', () => {
    const keys = [
      'id',
      'category',
      'name',
      'unit',
      'kind',
      'aggregation',
      'direction',
      'baselineYear',
      'baseline',
      'targetYear',
      'target',
      'limit',
      'warning',
      'recovery',
    ];
    const pick = (row: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, row[k]]));
    const template = huzhouTemplate().indicators.slice(0, HUZHOU_INDICATORS.length).map(pick);
    expect(imported().indicators.map(pick)).toEqual(template);
  });

  it('writes rows the contract reader accepts without a single problem', () => {
    const r = imported();
    const grid: Grid = {
      workbook: 'hz.xlsx',
      sheet: INDICATORS.sheet,
      table: 'Indicators',
      header: INDICATORS.columns.map(bilingualHeader),
      columnLetters: INDICATORS.columns.map((_, i) => String.fromCharCode(65 + i)),
      rows: r.indicators.map((row, i) => ({
        rowNumber: i + 2,
        cells: INDICATORS.columns.map((c) => ({ value: row[c.key] ?? null })),
      })),
    };
    const read = readIndicators(grid);
    expect(read.problems).toEqual([]);
    expect(read.items.map((i) => [i.id, i.aggregation, i.direction, i.baseline, i.target])).toEqual(
      HUZHOU_INDICATORS.map((s) => [
        s.id,
        s.cumulative ? 'cumulative' : 'level',
        'higher',
        s.baseline,
        s.target,
      ]),
    );
  });
});
