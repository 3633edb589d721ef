/**
 * Plan tables in the layouts other regions publish, each written here in three forms — a
 * CSV, an .xlsx (exceljs) and the one-cell-per-line text a document converter writes —
 * read through the real file readers and the importer: every field of every row is
 * asserted, and the three forms must give the same rows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../shared/contract/tables.ts';
import type { TemplateRow } from '../../../shared/contract/template.ts';
import { readDocTables } from '../../../shared/import/doc-table-text.ts';
import { importPlanDocument } from '../../../shared/import/plan-document.ts';
import { parseAnswers } from '../../../shared/import/plan-answers.ts';
import { importPlanTable, type PlanImport } from '../../../shared/import/plan-table.ts';
import { readImportSource } from '../../../worker/import/import-source.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('plan-layouts');

type Table = readonly (readonly string[])[];

/** The CSV of a table (every cell quoted: names hold commas and line breaks). */
function csvOf(table: Table): string {
  return table.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';
}

/** The text a converter writes: one cell per line, blank lines between, empty cells gone. */
function textOf(table: Table, cell: (c: string) => string = (c) => c): string {
  return [
    '××县市场监管“十四五”规划',
    '表1 主要指标',
    ...table.flatMap((r) => r.filter((c) => c !== '').map(cell)),
    '二、主要任务',
  ].join('\n\n');
}

async function xlsxOf(table: Table, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指标');
  for (const r of table) ws.addRow(r.map((c) => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
  await wb.xlsx.writeFile(path);
}

/** Reads one file the way `kpi-sentinel import` does, with no source name in the notes. */
async function imported(path: string, answers: readonly string[] = []): Promise<PlanImport> {
  const read = await readImportSource(path, '');
  if (!read.ok) throw new Error(read.problem.message.en);
  const parsed = parseAnswers(answers);
  if (!parsed.ok) throw new Error(parsed.message.en);
  const options = { source: '', idPrefix: 'XS', answers: parsed.answers };
  const r =
    read.kind === 'document'
      ? importPlanDocument(read.text, options)
      : read.kind === 'plan'
        ? importPlanTable(read.rows, options)
        : null;
  if (r === null) throw new Error(`${path} read as contract rows`);
  if (!r.ok) throw new Error(r.message.en);
  return r;
}

/** The table in its three forms, imported. */
async function threeForms(
  name: string,
  table: Table,
  text = textOf(table),
  answers: readonly string[] = [],
) {
  const csv = join(dir, `${name}.csv`);
  const xlsx = join(dir, `${name}.xlsx`);
  const txt = join(dir, `${name}.txt`);
  writeFileSync(csv, csvOf(table));
  await xlsxOf(table, xlsx);
  writeFileSync(txt, text);
  return {
    csv: await imported(csv, answers),
    xlsx: await imported(xlsx, answers),
    text: await imported(txt, answers),
  };
}

/** A full Indicators row: the given fields, every other column empty. */
function indicator(fields: TemplateRow): TemplateRow {
  const row: TemplateRow = {};
  for (const c of INDICATORS.columns) row[c.key] = fields[c.key] ?? null;
  return row;
}

const YEARS = { baselineYear: 2020, targetYear: 2025 };

/** Kind (属性) before the years, a unit column: Huzhou puts the kind last, so this order was never read. */
const KIND_FIRST: Table = [
  ['序号', '指标名称', '单位', '属性', '2020年', '2025年'],
  ['1', '在册市场主体总量', '万户', '预期性', '6.2', '8'],
  ['2', '企业开办时间', '个工作日', '约束性', '3', '1个工作日内'],
  ['3', '食品评价性抽检合格率', '%', '约束性', '98.6', '98.5%以上'],
  ['4', '万台特种设备事故率', '', '约束性', '0.3', '低于0.36'],
];

/** Two columns the importer does not know, between the target and the kind. */
const UNKNOWN_COLUMNS: Table = [
  ['序号', '指标名称', '单位', '2020年', '2025年', '数据来源', '统计口径', '属性'],
  ['1', '在册市场主体总量', '万户', '6.2', '8', '登记系统', '年末数', '预期性'],
  ['2', '主导制修订标准', '项', '20', '35', '标准化处', '累计', '预期性'],
  ['3', '食品评价性抽检合格率', '%', '98.6', '98.5%以上', '抽检系统', '全年', '约束性'],
];

/** A category column and a name wrapped over two lines (a line break in the .xlsx and CSV cell). */
const WRAPPED_NAME: Table = [
  ['序号', '类别', '指标名称', '2020年', '2025年', '属性'],
  ['1', '营商环境', '在册市场主体总量（万户）', '6.2', '8', '预期性'],
  ['2', '', '“双随机、一公开”监管\n覆盖率（%）', '90', '100', '约束性'],
  ['3', '市场安全', '万台特种设备事故率', '0.3', '低于0.36', '约束性'],
];

/** A notes column after the kind, empty on some rows. */
const NOTES_AFTER_KIND: Table = [
  ['序号', '指标名称', '2020年', '2025年', '属性', '备注'],
  ['1', '在册市场主体总量（万户）', '6.2', '8', '预期性', '含个体工商户'],
  ['2', '企业开办时间（个工作日）', '3', '1个工作日内', '约束性', ''],
  ['3', '主导制修订标准（项）', '20', '35', '预期性', '五年累计'],
];

const R1 = { name: '在册市场主体总量', unit: '万户', kind: '预期性', aggregation: 'level' };
const R_OPEN = { name: '企业开办时间', unit: '个工作日', kind: '约束性', aggregation: 'threshold' };
const R_FOOD = {
  name: '食品评价性抽检合格率',
  unit: '%',
  kind: '约束性',
  aggregation: 'threshold',
};
const R_STD = { name: '主导制修订标准', unit: '项', kind: '预期性', aggregation: 'level' };
const R_SE = { name: '万台特种设备事故率', unit: '', kind: '约束性', aggregation: 'threshold' };
const R_CHECKS = {
  name: '“双随机、一公开”监管覆盖率',
  unit: '%',
  kind: '约束性',
  aggregation: 'level',
};

/** Each layout, and the rows every form of it must give. */
const LAYOUTS: [string, Table, TemplateRow[]][] = [
  [
    'kind before the years',
    KIND_FIRST,
    [
      {
        id: 'XS01',
        category: '',
        ...R1,
        direction: 'higher',
        ...YEARS,
        baseline: 6.2,
        target: 8,
        notes: '',
      },
      {
        id: 'XS02',
        category: '',
        ...R_OPEN,
        direction: 'lower',
        ...YEARS,
        baseline: 3,
        target: '1个工作日内',
        notes: '',
      },
      {
        id: 'XS03',
        category: '',
        ...R_FOOD,
        direction: 'higher',
        ...YEARS,
        baseline: 98.6,
        target: '98.5%以上',
        notes: '',
      },
      {
        id: 'XS04',
        category: '',
        ...R_SE,
        direction: 'lower',
        ...YEARS,
        baseline: 0.3,
        target: '低于0.36',
        notes: '',
      },
    ],
  ],
  [
    'two unknown columns after the target',
    UNKNOWN_COLUMNS,
    [
      {
        id: 'XS01',
        category: '',
        ...R1,
        direction: 'higher',
        ...YEARS,
        baseline: 6.2,
        target: 8,
        notes: '',
      },
      {
        id: 'XS02',
        category: '',
        ...R_STD,
        direction: 'higher',
        ...YEARS,
        baseline: 20,
        target: 35,
        notes: '',
      },
      {
        id: 'XS03',
        category: '',
        ...R_FOOD,
        direction: 'higher',
        ...YEARS,
        baseline: 98.6,
        target: '98.5%以上',
        notes: '',
      },
    ],
  ],
  [
    'a name wrapped over two lines',
    WRAPPED_NAME,
    [
      {
        id: 'XS01',
        category: '营商环境',
        ...R1,
        direction: 'higher',
        ...YEARS,
        baseline: 6.2,
        target: 8,
        notes: '',
      },
      {
        id: 'XS02',
        category: '营商环境',
        ...R_CHECKS,
        direction: 'higher',
        ...YEARS,
        baseline: 90,
        target: 100,
        notes: '',
      },
      {
        id: 'XS03',
        category: '市场安全',
        ...R_SE,
        direction: 'lower',
        ...YEARS,
        baseline: 0.3,
        target: '低于0.36',
        notes: '',
      },
    ],
  ],
  [
    'a notes column after the kind',
    NOTES_AFTER_KIND,
    [
      {
        id: 'XS01',
        category: '',
        ...R1,
        direction: 'higher',
        ...YEARS,
        baseline: 6.2,
        target: 8,
        notes: '含个体工商户',
      },
      {
        id: 'XS02',
        category: '',
        ...R_OPEN,
        direction: 'lower',
        ...YEARS,
        baseline: 3,
        target: '1个工作日内',
        notes: '',
      },
      {
        id: 'XS03',
        category: '',
        ...R_STD,
        direction: 'higher',
        ...YEARS,
        baseline: 20,
        target: 35,
        notes: '五年累计',
      },
    ],
  ],
];

describe("plan tables in other regions' layouts, as CSV, .xlsx and one-cell-per-line text", () => {
  it.each(LAYOUTS)(
    '%s: every field of every row, the same from all three forms',
    async (name, table, rows) => {
      const r = await threeForms(name.replace(/\s+/g, '-'), table);
      const expected = rows.map(indicator);
      expect(r.csv.indicators).toEqual(expected);
      expect(r.xlsx.indicators).toEqual(expected);
      expect(r.text.indicators).toEqual(expected);
      // 1个工作日内 is not a unit conflict with 个工作日; nothing else is open either.
      for (const form of [r.csv, r.xlsx, r.text]) {
        expect(form.questions).toEqual([]);
        expect(form.notices).toEqual([]);
      }
    },
  );

  it('lists the columns it does not know as not imported, in every form', async () => {
    const r = await threeForms('unknown-columns-listed', UNKNOWN_COLUMNS);
    for (const form of [r.csv, r.xlsx, r.text]) {
      expect(form.notImported).toEqual(['数据来源', '统计口径']);
      expect(form.header.columns.map((c) => c.role)).toEqual([
        'seq',
        'name',
        'unit',
        'baseline',
        'target',
        'other',
        'other',
        'kind',
      ]);
    }
  });

  it('reads cells written "text |" and "| text |", in the document reader and the delimited reader', async () => {
    const expected = LAYOUTS[0]?.[2].map(indicator);
    const trailing = join(dir, 'trailing-pipes.txt');
    writeFileSync(
      trailing,
      textOf(KIND_FIRST, (c) => `${c} |`),
    );
    const framed = join(dir, 'framed-pipes.txt');
    writeFileSync(
      framed,
      textOf(KIND_FIRST, (c) => `| ${c} |`),
    );
    const rows = join(dir, 'pipe-rows.csv');
    writeFileSync(rows, KIND_FIRST.map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n');
    const ruled = join(dir, 'pipe-rows.txt');
    const [head, ...body] = KIND_FIRST.map((r) => `${r.join(' | ')} |`);
    writeFileSync(ruled, [head, '|---|---|---|---|---|---|', ...body].join('\n'));
    for (const path of [trailing, framed, rows, ruled]) {
      expect((await imported(path)).indicators).toEqual(expected);
    }
  });
});

/** A mid-term evaluation: progress so far (进展情况) and the evaluator's verdict (预期结果). */
const MID_TERM: Table = [
  ['序号', '指标名称', '单位', '2020年', '2025年', '属性', '进展情况', '预期结果'],
  ['1', '在册市场主体总量', '万户', '6.2', '8', '预期性', '7.1', '可按期完成'],
  ['2', '企业开办时间', '个工作日', '3', '1个工作日内', '约束性', '1', '已完成'],
  ['3', '食品评价性抽检合格率', '%', '98.6', '98.5%以上', '约束性', '进展顺利', '可按期完成'],
];

describe('evaluation tables', () => {
  it('asks the period of the progress column, then offers its figures as Actuals rows; the verdict is a note', async () => {
    const open = await threeForms('mid-term-open', MID_TERM);
    for (const form of [open.csv, open.xlsx, open.text]) {
      expect(form.actuals).toEqual([]);
      expect(form.questions.map((q) => [q.key, q.column, q.answer])).toEqual([
        ['progress', 'period', 'progress.period=<年 year>'],
      ]);
    }
    const r = await threeForms('mid-term', MID_TERM, textOf(MID_TERM), ['progress.period=2023']);
    const actual = (id: string, value: number): TemplateRow => ({
      id,
      region: null,
      period: '2023',
      measure: null,
      value,
      officialValue: null,
      source: '进展情况',
      enteredBy: null,
      enteredAt: null,
    });
    const expected = [
      {
        id: 'XS01',
        category: '',
        ...R1,
        direction: 'higher',
        ...YEARS,
        baseline: 6.2,
        target: 8,
        notes: '预期结果: 可按期完成',
      },
      {
        id: 'XS02',
        category: '',
        ...R_OPEN,
        direction: 'lower',
        ...YEARS,
        baseline: 3,
        target: '1个工作日内',
        notes: '预期结果: 已完成',
      },
      {
        id: 'XS03',
        category: '',
        ...R_FOOD,
        direction: 'higher',
        ...YEARS,
        baseline: 98.6,
        target: '98.5%以上',
        notes: '进展情况: 进展顺利; 预期结果: 可按期完成',
      },
    ].map(indicator);
    for (const form of [r.csv, r.xlsx, r.text]) {
      expect(form.questions).toEqual([]);
      expect(form.indicators).toEqual(expected);
      expect(form.actuals).toEqual([actual('XS01', 7.1), actual('XS02', 1)]);
      expect(form.header.columns.map((c) => c.role).slice(-2)).toEqual(['progress', 'assessment']);
    }
  });

  it('takes the period from a progress header with a year (2023年完成情况)', async () => {
    const table = MID_TERM.map((r, i) =>
      i === 0 ? r.map((c) => (c === '进展情况' ? '2023年完成情况' : c)) : r,
    );
    const r = await threeForms('mid-term-year', table);
    for (const form of [r.csv, r.xlsx, r.text]) {
      expect(form.questions).toEqual([]);
      expect(form.actuals.map((a) => [a.id, a.period, a.value])).toEqual([
        ['XS01', '2023', 7.1],
        ['XS02', '2023', 1],
      ]);
    }
  });
});

describe('cells that fit no row', () => {
  it('reports a stray cell between rows once, naming its line; invents no indicator; the neighbours keep their names', async () => {
    const cells = textOf(KIND_FIRST).split('\n\n');
    const at = cells.indexOf('2');
    cells.splice(at, 0, '进展情况预期结果');
    const text = cells.join('\n\n');
    const line = text.split('\n').indexOf('进展情况预期结果') + 1;
    const path = join(dir, 'stray.txt');
    writeFileSync(path, text);
    const r = await imported(path);
    expect(r.indicators.map((i) => i.name)).toEqual([
      '在册市场主体总量',
      '企业开办时间',
      '食品评价性抽检合格率',
      '万台特种设备事故率',
    ]);
    expect(r.indicators).toEqual(LAYOUTS[0]?.[2].map(indicator));
    expect(r.notices.map((n) => [n.row, n.text])).toEqual([[line, '进展情况预期结果']]);
    expect(r.notices[0]?.message.zh).toContain(`第 ${line} 行`);
    expect(r.notices[0]?.message.en).toContain('was not imported');
  });

  it('leaves out a numbered row whose cells do not fit the columns, as one problem', () => {
    const broken = KIND_FIRST.map((r) => [...r]);
    const row3 = broken[3];
    if (row3) row3.splice(4, 2, '见附件', '另行下达'); // no figures where the years are
    const table = readDocTables(textOf(broken))[0];
    expect(table?.rows.slice(2).map((r) => r.cells[1])).toEqual([
      '在册市场主体总量',
      '企业开办时间',
      '万台特种设备事故率',
    ]);
    expect(table?.misfits.map((m) => m.text)).toEqual([
      '3 | 食品评价性抽检合格率 | % | 约束性 | 见附件 | 另行下达',
    ]);
  });
});

describe('any column order', () => {
  it('imports a permutation of the columns, written one cell per line, to the same rows', () => {
    const base = importPlanDocument(textOf(UNKNOWN_COLUMNS), { source: '' });
    if (!base.ok) throw new Error(base.message.en);
    const width = UNKNOWN_COLUMNS[0]?.length ?? 0;
    const order = fc.shuffledSubarray(
      Array.from({ length: width }, (_, i) => i),
      { minLength: width, maxLength: width },
    );
    fc.assert(
      fc.property(order, (columns) => {
        const table = UNKNOWN_COLUMNS.map((r) => columns.map((j) => r[j] ?? ''));
        const r = importPlanDocument(textOf(table), { source: '' });
        if (!r.ok) return false;
        expect(r.indicators).toEqual(base.indicators);
        expect(r.notices).toEqual([]);
        return true;
      }),
      { numRuns: 60 },
    );
  });
});
