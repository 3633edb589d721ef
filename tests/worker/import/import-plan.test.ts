import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../../shared/import/plan-answers.ts';
import { toConfirm } from '../../../shared/import/plan-question.ts';
import type { Indicator } from '../../../shared/model/indicator.ts';
import { readIndicators } from '../../../shared/rows/indicators.ts';
import { importFile } from '../../../worker/import/import-file.ts';
import { readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { seedDocPath } from '../../support/seed-documents.ts';
import { SEED_DOCS } from '../../../seeds/source.ts';
import { workbookMaker } from '../../support/fresh-workbooks.ts';

const dir = tempDir('import-plan');
const HUZHOU_TEXT = seedDocPath(SEED_DOCS.huzhouPlan);

const workbook = workbookMaker(dir);

async function indicatorsOf(
  path: string,
): Promise<{ items: Indicator[]; errors: [number, string][] }> {
  const read = await readWorkbookGrids(path);
  if (!read.ok) throw new Error('unreadable');
  const grid = read.grids.Indicators;
  if (!grid) throw new Error('no Indicators');
  const r = readIndicators(grid);
  return {
    items: r.items,
    errors: r.problems.filter((p) => p.level === 'error').map((p) => [p.row, p.value]),
  };
}

/** What a plan table says about each indicator, as the check reads it back from the workbook. */
function understood(items: Indicator[]) {
  return items.map((i) => ({
    category: i.category,
    name: i.name,
    unit: i.unit,
    kind: i.kind,
    aggregation: i.aggregation,
    direction: i.direction,
    baseline: i.baseline,
    target: i.target,
    line: i.targetLine ? `${i.targetLine.comparator} ${i.targetLine.value}` : null,
    years: [i.baselineYear, i.targetYear],
  }));
}

const EXPECTED = [
  {
    category: '营商环境',
    name: '在册市场主体总量',
    unit: '万户',
    kind: 'expected',
    aggregation: 'level',
    direction: 'higher',
    baseline: 38.6,
    target: 50,
    line: null,
  },
  {
    category: '营商环境',
    name: '企业开办时间',
    unit: '个工作日',
    kind: 'binding',
    aggregation: 'threshold',
    direction: 'lower',
    baseline: 3,
    target: 1,
    line: 'lte 1',
  },
  {
    category: '营商环境',
    name: '有效商标注册量',
    unit: '万件',
    kind: 'expected',
    aggregation: 'cumulative',
    direction: 'higher',
    baseline: 4.2,
    target: 6.5,
    line: null,
  },
  {
    category: '质量提升',
    name: '制造业产品质量合格率',
    unit: '%',
    kind: 'expected',
    aggregation: 'threshold',
    direction: 'higher',
    baseline: 93.8,
    target: 94,
    line: 'gte 94',
  },
  {
    category: '质量提升',
    name: '省级以上品牌',
    unit: '个',
    kind: 'expected',
    aggregation: 'cumulative',
    direction: 'higher',
    baseline: 12,
    target: 30,
    line: null,
  },
  {
    category: '市场安全',
    name: '食品评价性抽检合格率',
    unit: '%',
    kind: 'binding',
    aggregation: 'threshold',
    direction: 'higher',
    baseline: 98.5,
    target: 98.5,
    line: 'gte 98.5',
  },
  {
    category: '市场安全',
    name: '万台特种设备事故率',
    unit: '',
    kind: 'binding',
    aggregation: 'threshold',
    direction: 'lower',
    baseline: 0.2,
    target: 0.36,
    line: 'lt 0.36',
  },
].map((e) => ({ ...e, years: [2020, 2025] }));

/**
 * A city plan table as a bureau's spreadsheet has it: a title merged across, a two-level
 * header with merged cells, categories merged down, a subheading merged across, percent
 * formats, and a footnote merged across.
 */
async function mergedPlanXlsx(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('主要指标');
  s.getCell('A1').value = '表1 ××市市场监管“十四五”规划主要指标';
  s.mergeCells('A1:G1');
  s.getRow(2).values = ['序号', '类别', '指标名称', '单位', '规划目标', null, '属性'];
  s.getRow(3).values = [null, null, null, null, '2020年', '2025年', null];
  for (const c of ['A', 'B', 'C', 'D', 'G']) s.mergeCells(`${c}2:${c}3`);
  s.mergeCells('E2:F2');
  s.getRow(4).values = [1, '营商环境', '在册市场主体总量', '万户', 38.6, 50, '预期性'];
  s.getRow(5).values = [2, null, '企业开办时间', '个工作日', 3, '1个工作日内', '约束性'];
  s.getRow(6).values = [3, null, '有效商标注册量', '万件', '4.2*', '6.5*', '预期性'];
  s.mergeCells('B4:B6');
  s.getRow(7).values = [4, '质量提升', '制造业产品质量合格率', '%', 0.938, '≥94%', '预期性'];
  s.getRow(8).values = [5, null, '省级以上品牌', '个', '12*', '30*', '预期性'];
  s.mergeCells('B7:B8');
  s.getCell('A9').value = '三、市场安全';
  s.mergeCells('A9:G9');
  s.getRow(10).values = [6, null, '食品评价性抽检合格率', '%', 0.985, '98.5%以上', '约束性'];
  s.getRow(11).values = [7, null, '万台特种设备事故率', null, 0.2, '低于0.36', '约束性'];
  s.getCell('E7').numFmt = '0.0%';
  s.getCell('E10').numFmt = '0.0%';
  s.getCell('A12').value = '注：带*的为“十四五”期间累计数。';
  s.mergeCells('A12:G12');
  await wb.xlsx.writeFile(path);
}

/** The same table saved as CSV: a merged cell keeps its text only in its first cell. */
const MERGED_AS_CSV = [
  '表1 ××市市场监管“十四五”规划主要指标,,,,,,',
  '序号,类别,指标名称,单位,规划目标,,属性',
  ',,,,2020年,2025年,',
  '1,营商环境,在册市场主体总量,万户,38.6,50,预期性',
  '2,,企业开办时间,个工作日,3,1个工作日内,约束性',
  '3,,有效商标注册量,万件,4.2*,6.5*,预期性',
  '4,质量提升,制造业产品质量合格率,%,93.8%,≥94%,预期性',
  '5,,省级以上品牌,个,12*,30*,预期性',
  '三、市场安全,,,,,,',
  '6,,食品评价性抽检合格率,%,98.5%,98.5%以上,约束性',
  '7,,万台特种设备事故率,,0.2,低于0.36,约束性',
  '注：带*的为“十四五”期间累计数。,,,,,,',
].join('\r\n');

describe('importFile with a published plan table', () => {
  it('round-trips an .xlsx with real merged cells into Indicators the check reads back right', async () => {
    const source = join(dir, 'merged.xlsx');
    await mergedPlanXlsx(source);
    const into = await workbook();
    const report = await importFile(source, into, { idPrefix: 'SJ' });
    expect(report).toMatchObject({ table: 'Indicators', added: 7, problems: [], dryRun: false });
    expect(report.plan?.questions).toEqual([]);
    expect(report.plan?.header.rows).toEqual([2, 3]);
    const back = await indicatorsOf(into);
    expect(back.errors).toEqual([]);
    expect(back.items.map((i) => i.id)).toEqual([
      'SJ01',
      'SJ02',
      'SJ03',
      'SJ04',
      'SJ05',
      'SJ06',
      'SJ07',
    ]);
    expect(understood(back.items)).toEqual(EXPECTED);
  });

  it('round-trips the same table saved as CSV to the same indicators', async () => {
    const source = join(dir, 'merged.csv');
    writeFileSync(source, `\ufeff${MERGED_AS_CSV}`);
    const into = await workbook();
    const report = await importFile(source, into);
    expect(report).toMatchObject({ table: 'Indicators', added: 7, problems: [] });
    const back = await indicatorsOf(into);
    expect(back.errors).toEqual([]);
    expect(understood(back.items)).toEqual(EXPECTED);
  });

  it('imports the Huzhou table from the document text', async () => {
    const source = join(dir, 'huzhou.txt');
    copyFileSync(HUZHOU_TEXT, source);
    const into = await workbook();
    const report = await importFile(source, into, { idPrefix: 'HZ' });
    expect(report.added).toBe(23);
    expect(report.plan?.questions).toEqual([]);
    const back = await indicatorsOf(into);
    expect(back.errors).toEqual([]);
    expect(back.items.filter((i) => i.aggregation === 'cumulative')).toHaveLength(16);
  });

  it('writes rows with open questions, their open cells to confirm, which the check refuses until answered', async () => {
    const source = join(dir, 'ambiguous.csv');
    writeFileSync(
      source,
      '序号,指标名称,单位,2020年,2025年,属性\n1,食品安全监督抽检不合格率,%,2.1,2.5,预期性\n2,食品评价性抽检合格率,%,98,98.5以上,约束性\n',
    );
    const into = await workbook();
    const report = await importFile(source, into);
    expect(report.added).toBe(2);
    expect(report.plan?.questions.map((q) => [q.row, q.column])).toEqual([[2, 'direction']]);
    const back = await indicatorsOf(into);
    expect(back.items.map((i) => i.name)).toEqual(['食品评价性抽检合格率']);
    expect(back.errors).toEqual([[2, toConfirm()]]);
  });

  it('takes answers, and a dry run writes nothing', async () => {
    const source = join(dir, 'answered.csv');
    writeFileSync(
      source,
      '序号,指标名称,单位,2020年,2025年,属性\n1,食品安全监督抽检不合格率,%,2.1,2.5,预期性\n',
    );
    const into = await workbook();
    const before = readFileSync(into);
    const answers = parseAnswers(['1.direction=lower']);
    if (!answers.ok) throw new Error('bad answer');
    const dry = await importFile(source, into, { dryRun: true, answers: answers.answers });
    expect(dry).toMatchObject({ added: 1, dryRun: true });
    expect(readFileSync(into).equals(before)).toBe(true);
    const wet = await importFile(source, into, { answers: answers.answers });
    expect(wet.plan?.questions).toEqual([]);
    expect((await indicatorsOf(into)).items.map((i) => [i.name, i.direction])).toEqual([
      ['食品安全监督抽检不合格率', 'lower'],
    ]);
  });

  it('refuses ids the workbook already has, and writes nothing', async () => {
    const source = join(dir, 'twice.csv');
    writeFileSync(
      source,
      '序号,指标名称,单位,2020年,2025年,属性\n1,品字标企业,家,100,200,约束性\n',
    );
    const into = await workbook();
    expect((await importFile(source, into)).added).toBe(1);
    const before = readFileSync(into);
    const again = await importFile(source, into);
    expect(again.added).toBe(0);
    expect(again.problems.map((p) => p.code)).toEqual(['import.plan.id_taken']);
    expect(again.problems[0]?.message.zh).toContain('ZB01');
    expect(readFileSync(into).equals(before)).toBe(true);
    expect((await importFile(source, into, { idPrefix: 'XB' })).added).toBe(1);
  });

  it('says what is missing for a file that is neither contract rows nor a plan table', async () => {
    const into = await workbook();
    const source = join(dir, 'memo.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('通知').getCell('A1').value = '关于报送规划指标的通知';
    await wb.xlsx.writeFile(source);
    const report = await importFile(source, into);
    expect(report).toMatchObject({ table: null, added: 0, plan: null });
    expect(report.problems.map((p) => p.code)).toEqual(['import.unknown_table', 'import.plan']);
    expect(report.problems[1]?.message.en).toContain('no header');
  });

  it('answers an empty CSV, an empty sheet and a text without a table with a message, not a crash', async () => {
    const into = await workbook();
    const emptyCsv = join(dir, 'empty.csv');
    writeFileSync(emptyCsv, '\n,,\n');
    const emptyXlsx = join(dir, 'empty.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    await wb.xlsx.writeFile(emptyXlsx);
    const prose = join(dir, 'prose.txt');
    writeFileSync(prose, '关于印发规划的通知\n\n各科室：现将规划印发给你们，请认真贯彻落实。\n');
    for (const source of [emptyCsv, emptyXlsx, prose]) {
      const report = await importFile(source, into);
      expect(report).toMatchObject({ table: null, added: 0 });
      expect(report.problems.length).toBeGreaterThan(0);
      for (const p of report.problems) {
        expect(p.message.zh).not.toBe('');
        expect(p.message.en).not.toBe('');
      }
    }
  });

  it('still reads a contract Indicators CSV as contract rows', async () => {
    const into = await workbook();
    const source = join(dir, 'contract.csv');
    writeFileSync(
      source,
      'id,name,unit,kind,direction,baselineYear,baseline,targetYear,target\nA1,品字标企业,家,约束性,higher,2020,100,2025,200\n',
    );
    const report = await importFile(source, into);
    expect(report).toMatchObject({ table: 'Indicators', added: 1, plan: null });
  });
});

describe('importFile with a mid-term evaluation table', () => {
  it('writes the Indicators rows and, with the period answered, the progress column as Actuals rows', async () => {
    const source = join(dir, 'mid-term.csv');
    writeFileSync(
      source,
      '序号,指标名称,单位,2020年,2025年,属性,进展情况,预期结果\n' +
        '1,在册市场主体总量,万户,6.2,8,预期性,7.1,可按期完成\n' +
        '2,企业开办时间,个工作日,3,1个工作日内,约束性,1,已完成\n',
    );
    const into = await workbook();
    const answers = parseAnswers(['progress.period=2023']);
    if (!answers.ok) throw new Error('bad answer');
    const report = await importFile(source, into, { answers: answers.answers });
    expect(report.problems).toEqual([]);
    expect(report.added).toBe(4);
    const read = await readWorkbookGrids(into);
    if (!read.ok) throw new Error('unreadable');
    const actuals = read.grids.Actuals?.rows.map((r) => r.cells.slice(0, 5).map((c) => c.value));
    expect(actuals).toEqual([
      ['ZB01', null, '2023', null, 7.1],
      ['ZB02', null, '2023', null, 1],
    ]);
    expect((await indicatorsOf(into)).items.map((i) => [i.id, i.notes])).toEqual([
      ['ZB01', expect.stringContaining('预期结果: 可按期完成') as unknown],
      ['ZB02', expect.stringContaining('预期结果: 已完成') as unknown],
    ]);
  });
});
