import { describe, expect, it } from 'vitest';
import { readDocTables } from '../../../shared/import/doc-table-text.ts';
import { importPlanDocument } from '../../../shared/import/plan-document.ts';
import { SEED_DOCS } from '../../../seeds/source.ts';
import { seedDocText } from '../../support/seed-documents.ts';

const huzhou = seedDocText(SEED_DOCS.huzhouPlan);

/** Cells one per line with blank lines between, as document converters write tables. */
function docText(...parts: string[]): string {
  return parts.join('\n\n');
}

/** A county plan's text with two tables, prose around them, a unit column and a worded target. */
const COUNTY_DOC = docText(
  '××县市场监督管理“十四五”规划',
  '到2025年，全县市场监管现代化水平明显提升，营商环境持续优化，质量强县建设取得新成效，人民群众满意度进一步提高。',
  '表1 ××县市场监管“十四五”主要指标',
  '序号',
  '类别',
  '指标名称',
  '单位',
  '2020年',
  '2025年',
  '属性',
  '1',
  '营商',
  '环境',
  '在册市场主体总量',
  '万户',
  '6.2',
  '8',
  '预期性',
  '2',
  '企业开办时间',
  '个工作日',
  '1',
  '0.5以内',
  '约束性',
  '3',
  '质量',
  '提升',
  '主导制修订标准',
  '项',
  '〔30〕',
  '预期性',
  '4',
  '市场',
  '安全',
  '食品安全群众满意度',
  '分',
  '/',
  '持续提升',
  '预期性',
  '注：〔 〕内为五年累计数。',
  '二、主要任务',
  '表2 知识产权主要指标',
  '序号',
  '指标名称',
  '单位',
  '2020年',
  '2025年',
  '属性',
  '1',
  '每万人高价值发明专利拥有量',
  '件',
  '3.1',
  '6',
  '预期性',
  '全面加强知识产权保护，完善快速维权机制，提升知识产权公共服务水平，推动知识产权转化运用。',
);

describe('readDocTables on the Huzhou plan text', () => {
  const [table] = readDocTables(huzhou);

  it('finds 表1 from its title (line 67) to its footnote (line 301), and nothing else', () => {
    expect(readDocTables(huzhou)).toHaveLength(1);
    expect(table?.lines).toEqual({ first: 67, last: 301 });
    expect(table?.rows[0]).toEqual({ row: 67, cells: ['1 湖州市市场监管十四五主要指标'] });
    expect(table?.rows[1]).toEqual({
      row: 69,
      cells: ['一级指标', '序号', '指标名称', '2020', '2025', '备注'],
    });
  });

  it('rebuilds 23 rows, numbered by the line of their name, with categories split over lines joined', () => {
    const body = table?.rows.slice(2, -1) ?? [];
    expect(body).toHaveLength(23);
    expect(body[0]).toEqual({
      row: 85,
      cells: ['营商环境', '', '在册市场主体总量(万户)', '44*', '57*', '预期性'],
    });
    expect(body[7]).toEqual({
      row: 145,
      cells: ['质量提升', '', '中国质量奖(含提名奖)(个)', '0', '1*', '预期性'],
    });
    expect(body[14]).toEqual({
      row: 215,
      cells: ['市场安全', '15', '乡镇(街道)食安办星级管理覆盖率(%', '89.2', '100', '约束性'],
    });
    expect(body[17]).toEqual({
      row: 247,
      cells: ['科技支撑', '18', '数字化与业务融合率(%', '/', '100', '约束性'],
    });
    expect(body.map((r) => r.cells[1])).toEqual([
      ...Array<string>(9).fill(''),
      ...Array.from({ length: 14 }, (_, i) => String(i + 10)),
    ]);
  });

  it('puts the one figure of rows 20 and 23 under 2025 and reports them', () => {
    const body = table?.rows.slice(2, -1) ?? [];
    expect(body[19]?.cells.slice(3, 5)).toEqual(['', '65*']);
    expect(body[22]?.cells.slice(3, 5)).toEqual(['', '33*']);
    expect(table?.shortRows.map((s) => [s.row, s.value])).toEqual([
      [267, '65*'],
      [295, '33*'],
    ]);
  });

  it('keeps the footnote as the last row', () => {
    expect(table?.rows.at(-1)).toEqual({ row: 301, cells: ['注:带*指标为累加值。'] });
  });
});

describe('readDocTables and importPlanDocument on other documents', () => {
  it('finds each table between the prose and rebuilds rows with a unit column and a worded target', () => {
    const tables = readDocTables(COUNTY_DOC);
    expect(tables.map((t) => t.rows.length)).toEqual([7, 3]);
    expect(tables[0]?.rows.slice(2).map((r) => r.cells)).toEqual([
      ['1', '营商环境', '在册市场主体总量', '万户', '6.2', '8', '预期性'],
      ['2', '', '企业开办时间', '个工作日', '1', '0.5以内', '约束性'],
      ['3', '质量提升', '主导制修订标准', '项', '', '〔30〕', '预期性'],
      ['4', '市场安全', '食品安全群众满意度', '分', '/', '持续提升', '预期性'],
      ['注：〔 〕内为五年累计数。'],
    ]);
  });

  it('imports every table of a document with ids numbering on, asking about a row that lost a figure', () => {
    const r = importPlanDocument(COUNTY_DOC, { idPrefix: 'XS', source: 'county.txt' });
    if (!r.ok) throw new Error(r.message.en);
    expect(
      r.indicators.map((i) => [
        i.id,
        i.category,
        i.name,
        i.unit,
        i.kind,
        i.aggregation,
        i.direction,
        i.baseline,
        i.target,
      ]),
    ).toEqual([
      ['XS01', '营商环境', '在册市场主体总量', '万户', '预期性', 'level', 'higher', 6.2, 8],
      [
        'XS02',
        '营商环境',
        '企业开办时间',
        '个工作日',
        '约束性',
        'threshold',
        'lower',
        1,
        '0.5以内',
      ],
      ['XS03', '质量提升', '主导制修订标准', '项', '预期性', 'cumulative', 'higher', null, 30],
      [
        'XS04',
        '市场安全',
        '食品安全群众满意度',
        '分',
        '预期性',
        'level',
        'higher',
        '/',
        '持续提升',
      ],
      ['XS05', '', '每万人高价值发明专利拥有量', '件', '预期性', 'level', 'higher', 3.1, 6],
    ]);
    expect(r.questions.map((q) => [q.row, q.column, q.text])).toEqual([
      [expect.any(Number), 'baseline', '〔30〕'],
    ]);
    expect(r.questions[0]?.message.zh).toContain('主导制修订标准');
  });

  it('reads a document in Traditional characters', () => {
    const text = docText(
      '表1 主要指標',
      '序號',
      '指標名稱',
      '2020年',
      '2025年',
      '屬性',
      '1',
      '藥品抽檢合格率(%)',
      '99',
      '99以上',
      '約束性',
    );
    const r = importPlanDocument(text, { source: 'tw.txt' });
    if (!r.ok) throw new Error(r.message.en);
    expect(r.indicators.map((i) => [i.name, i.unit, i.kind, i.target])).toEqual([
      ['药品抽检合格率', '%', '约束性', '99以上'],
    ]);
  });

  it('says so when a text holds no indicator table', () => {
    const r = importPlanDocument(
      docText('关于印发规划的通知', '各科室：现将规划印发给你们，请认真贯彻落实。'),
      { source: 'memo.txt' },
    );
    expect(r).toMatchObject({ ok: false });
    if (!r.ok)
      expect(r.message.en).toBe(
        'memo.txt: no indicator table found in the text (its header needs an indicator column and a baseline or target column)',
      );
  });
});
