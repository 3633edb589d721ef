import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../../shared/contract/grid.ts';
import type { TemplateRow } from '../../../shared/contract/template.ts';
import { bilingualHeader, INDICATORS } from '../../../shared/contract/tables.ts';
import { parseAnswers } from '../../../shared/import/plan-answers.ts';
import {
  importPlanTable,
  type PlanImport,
  type PlanImportOptions,
} from '../../../shared/import/plan-table.ts';
import { toConfirm } from '../../../shared/import/plan-question.ts';
import { readIndicators } from '../../../shared/rows/indicators.ts';
import {
  CITY,
  COUNTY_RATES,
  DISTRICT,
  KIND_MARKS,
  PROVINCIAL,
  rowsOf,
  TRADITIONAL,
  UNEXPLAINED_MARK,
} from './plan-fixtures.ts';

function imported(table: string, options: PlanImportOptions = {}): PlanImport {
  const r = importPlanTable(rowsOf(table), { source: 'plan.csv', ...options });
  if (!r.ok) throw new Error(r.message.en);
  return r;
}

/** The columns a plan table speaks to, per row. */
const KEYS = [
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
] as const;
type View = { [K in (typeof KEYS)[number]]: CellValue };

function view(rows: readonly TemplateRow[]): View[] {
  return rows.map((r) => Object.fromEntries(KEYS.map((k) => [k, r[k] ?? null])) as View);
}

function row(...cells: CellValue[]): View {
  return Object.fromEntries(KEYS.map((k, i) => [k, cells[i] ?? null])) as View;
}

/** The rows as a workbook's Indicators table, through the contract reader a check uses. */
function readBack(rows: readonly TemplateRow[]) {
  const grid: Grid = {
    workbook: 'plan.xlsx',
    sheet: INDICATORS.sheet,
    table: 'Indicators',
    header: INDICATORS.columns.map(bilingualHeader),
    columnLetters: INDICATORS.columns.map((_, i) => String.fromCharCode(65 + i)),
    rows: rows.map((r, i) => ({
      rowNumber: i + 2,
      cells: INDICATORS.columns.map((c) => ({ value: r[c.key] ?? null })),
    })),
  };
  return readIndicators(grid);
}

describe('importPlanTable on tables in different regions’ styles', () => {
  it('reads a provincial table: unit column, categories written once, worded targets, 〔 〕 five-year totals', () => {
    const r = imported(PROVINCIAL);
    expect(view(r.indicators)).toEqual([
      row(
        '营商环境',
        '在册市场主体总量',
        '万户',
        '预期性',
        'level',
        'higher',
        2020,
        803,
        2025,
        1000,
      ),
      row(
        '营商环境',
        '企业开办时间',
        '个工作日',
        '约束性',
        'threshold',
        'lower',
        2020,
        1,
        2025,
        '0.5以内',
      ),
      row(
        '营商环境',
        '每万人口高价值发明专利拥有量',
        '件',
        '预期性',
        'level',
        'higher',
        2020,
        9.6,
        2025,
        15,
      ),
      row(
        '质量提升',
        '制造业产品质量合格率',
        '%',
        '预期性',
        'threshold',
        'higher',
        2020,
        93.8,
        2025,
        '≥94',
      ),
      row(
        '质量提升',
        '新增“品字标”品牌企业',
        '家',
        '预期性',
        'cumulative',
        'higher',
        2020,
        '/',
        2025,
        500,
      ),
      row(
        '市场安全',
        '食品评价性抽检合格率',
        '%',
        '约束性',
        'threshold',
        'higher',
        2020,
        98.5,
        2025,
        '保持在98.5%以上',
      ),
      row(
        '市场安全',
        '万台特种设备事故率',
        '',
        '约束性',
        'threshold',
        'lower',
        2020,
        0.18,
        2025,
        '控制在0.25以内',
      ),
      row(
        '市场安全',
        '药品抽检合格率',
        '%',
        '约束性',
        'threshold',
        'higher',
        2020,
        99.2,
        2025,
        '99%以上',
      ),
      row(
        '市场安全',
        '公众食品安全满意度',
        '分',
        '预期性',
        'threshold',
        'higher',
        2020,
        82,
        2025,
        '90分以上',
      ),
      row(
        '市场安全',
        '检验检测机构营业收入',
        '亿元',
        '预期性',
        'growth',
        'higher',
        2020,
        120,
        2025,
        '年均增长8%以上',
      ),
    ]);
    expect(r.indicators.map((i) => i.id)).toEqual([
      'ZB01',
      'ZB02',
      'ZB03',
      'ZB04',
      'ZB05',
      'ZB06',
      'ZB07',
      'ZB08',
      'ZB09',
      'ZB10',
    ]);
    expect(r.marks).toEqual([{ mark: '〔〕', effect: 'cumulative', text: '〔 〕内为五年累计数' }]);
    expect(r.questions).toEqual([]);
    expect(readBack(r.indicators).problems).toEqual([]);
  });

  it('reads a city table: two-level header, subheading categories, units in full-width brackets, * after names', () => {
    const r = imported(CITY);
    expect(r.header.rows).toEqual([2, 3]);
    expect(view(r.indicators)).toEqual([
      row('营商环境', '市场主体总量', '万户', '预期性', 'level', 'higher', 2020, 38.6, 2025, 50),
      row(
        '营商环境',
        '“双随机、一公开”监管覆盖率',
        '%',
        '约束性',
        'level',
        'higher',
        2020,
        100,
        2025,
        100,
      ),
      row(
        '营商环境',
        '企业开办时间',
        '个工作日',
        '约束性',
        'threshold',
        'lower',
        2020,
        3,
        2025,
        '1个工作日内',
      ),
      row('质量提升', '省级以上品牌', '个', '预期性', 'cumulative', 'higher', 2020, 12, 2025, 30),
      row(
        '质量提升',
        '主导制定国际、国家和行业标准',
        '项',
        '预期性',
        'cumulative',
        'higher',
        2020,
        25,
        2025,
        60,
      ),
      row(
        '市场安全',
        '食品安全监督抽检不合格率',
        '%',
        '预期性',
        'level',
        toConfirm(),
        2020,
        2.1,
        2025,
        2.5,
      ),
      row(
        '市场安全',
        '亿元GDP生产安全事故死亡率',
        '人/亿元',
        '约束性',
        'level',
        'lower',
        2020,
        0.015,
        2025,
        0.012,
      ),
      row(
        '市场安全',
        '药品安全抽检问题发现率',
        '%',
        '预期性',
        'level',
        toConfirm(),
        2020,
        1.8,
        2025,
        3,
      ),
    ]);
    expect(r.origins.map((o) => o.row)).toEqual([5, 6, 7, 9, 10, 12, 13, 14]);
  });

  it('asks the direction of 不合格率 and 问题发现率 instead of guessing from their figures', () => {
    const r = imported(CITY);
    expect(r.questions.map((q) => [q.row, q.column, q.text, q.answer])).toEqual([
      [12, 'direction', '食品安全监督抽检不合格率', '6.direction=higher|lower|band'],
      [14, 'direction', '药品安全抽检问题发现率', '8.direction=higher|lower|band'],
    ]);
    expect(r.questions[0]?.message.zh).toContain('plan.csv 第 12 行');
    expect(r.questions[0]?.message.en).toContain('不合格率');
    // Until answered, the check refuses these rows rather than read a direction into them.
    const back = readBack(r.indicators);
    expect(back.items.map((i) => i.id)).toEqual(['ZB01', 'ZB02', 'ZB03', 'ZB04', 'ZB05', 'ZB07']);
    expect(back.problems.filter((p) => p.level === 'error').map((p) => [p.row, p.value])).toEqual([
      [7, toConfirm()],
      [9, toConfirm()],
    ]);
  });

  it('takes answers given by 序号, by file row and by id, and then asks nothing more', () => {
    const answers = parseAnswers(['6.direction=lower', 'ZB08.direction=越高越好']);
    if (!answers.ok) throw new Error(answers.message.en);
    const r = imported(CITY, { answers: answers.answers });
    expect(r.questions).toEqual([]);
    expect(r.indicators.map((i) => i.direction)).toEqual([
      'higher',
      'higher',
      'lower',
      'higher',
      'higher',
      'lower',
      'lower',
      'higher',
    ]);
    expect(readBack(r.indicators).problems).toEqual([]);
    const byRow = parseAnswers(['row12.direction=lower', 'row14.direction=higher']);
    if (!byRow.ok) throw new Error(byRow.message.en);
    const again = imported(CITY, { answers: byRow.answers });
    expect(again.questions).toEqual([]);
    expect(again.indicators.map((i) => i.direction)).toEqual(r.indicators.map((i) => i.direction));
  });

  it('reads a county table whose units are only in the header and whose category repeats on every row', () => {
    const r = imported(COUNTY_RATES);
    expect(view(r.indicators)).toEqual([
      row(
        '市场安全',
        '食用农产品抽检合格率',
        '%',
        '约束性',
        'threshold',
        'higher',
        2020,
        97.5,
        2025,
        '98以上',
      ),
      row(
        '市场安全',
        '特种设备定期检验率',
        '%',
        '约束性',
        'level',
        'higher',
        2020,
        99.1,
        2025,
        100,
      ),
      row(
        '质量提升',
        '规模以上工业企业标准化覆盖率',
        '%',
        '预期性',
        'level',
        'higher',
        2020,
        60,
        2025,
        80,
      ),
      row('营商环境', '个体工商户年报率', '%', '预期性', 'level', 'higher', 2020, 88, 2025, 92),
    ]);
    expect(r.indicators.map((i) => i.owner)).toEqual([
      '食品安全科',
      '特种设备科',
      '标准化科',
      '登记注册科',
    ]);
    expect(r.questions).toEqual([]);
  });

  it('reads a district table with 一级/二级指标, 基期/目标 years from the “十四五” title, and worded targets', () => {
    const r = imported(DISTRICT);
    expect(r.baselineYear).toBe(2020);
    expect(r.targetYear).toBe(2025);
    expect(view(r.indicators)).toEqual([
      row(
        '安全底线',
        '较大以上特种设备事故起数',
        '起',
        '约束性',
        'level',
        'lower',
        2020,
        0,
        2025,
        0,
      ),
      row(
        '安全底线',
        '食品安全事件发生率',
        '‰',
        '约束性',
        'threshold',
        'lower',
        2020,
        0.2,
        2025,
        '0.15以下',
      ),
      row(
        '服务效能',
        '12315投诉举报按时办结率',
        '%',
        '预期性',
        'level',
        'higher',
        2020,
        99.5,
        2025,
        100,
      ),
      row(
        '服务效能',
        '企业开办平均用时',
        '天',
        '预期性',
        'level',
        'lower',
        2020,
        2,
        2025,
        '持续下降',
      ),
      row(
        '服务效能',
        '新设市场主体',
        '户',
        '预期性',
        'annual',
        'higher',
        2020,
        '—',
        2025,
        '每年新增3000户',
      ),
    ]);
    expect(r.questions).toEqual([]);
  });

  it('reads a table printed in Traditional characters as Simplified', () => {
    const r = imported(TRADITIONAL);
    expect(view(r.indicators)).toEqual([
      row('营商环境', '市场主体总量', '万户', '预期性', 'level', 'higher', 2020, 45.2, 2025, 60),
      row('营商环境', '企业开办时间', '个工作日', '约束性', 'level', 'lower', 2020, 2, 2025, 1),
      row(
        '质量提升',
        '制造业产品质量合格率',
        '%',
        '预期性',
        'threshold',
        'higher',
        2020,
        94.1,
        2025,
        '95以上',
      ),
      row(
        '市场安全',
        '药品抽检合格率',
        '%',
        '约束性',
        'threshold',
        'higher',
        2020,
        99,
        2025,
        '99以上',
      ),
    ]);
  });

  it('takes kinds from a △ footnote (其余为预期性) when the table has no 属性 column', () => {
    const r = imported(KIND_MARKS);
    expect(r.indicators.map((i) => [i.name, i.kind, i.aggregation, i.direction])).toEqual([
      ['食品评价性抽检合格率', '约束性', 'threshold', 'higher'],
      ['每万户市场主体中企业数量', '预期性', 'level', 'higher'],
      ['特种设备万台死亡率', '约束性', 'threshold', 'lower'],
    ]);
    expect(r.questions).toEqual([]);
  });

  it('asks what an unexplained mark means and leaves the marked rows’ aggregation to confirm', () => {
    const r = imported(UNEXPLAINED_MARK);
    expect(r.questions).toHaveLength(1);
    expect(r.questions[0]).toMatchObject({
      row: 3,
      column: 'marker',
      text: '△',
      answer: '△=cumulative|binding|expected|note',
    });
    expect(r.questions[0]?.message.zh).toContain('第 3、4 行');
    expect(r.indicators.map((i) => i.aggregation)).toEqual(['level', toConfirm(), toConfirm()]);
    expect(r.indicators.map((i) => [i.baseline, i.target])).toEqual([
      [12, 30],
      [5000, 6000],
      [8000, 9000],
    ]);
  });

  it('applies the meaning the planner gives a mark', () => {
    const answers = parseAnswers(['△=cumulative']);
    if (!answers.ok) throw new Error(answers.message.en);
    const r = imported(UNEXPLAINED_MARK, { answers: answers.answers });
    expect(r.questions).toEqual([]);
    expect(r.indicators.map((i) => i.aggregation)).toEqual(['level', 'cumulative', 'cumulative']);
    expect(r.marks).toEqual([{ mark: '△', effect: 'cumulative', text: '△=cumulative' }]);
  });

  it('takes kinds from a column headed 类型 or 备注 when its cells say 约束性/预期性', () => {
    const r = imported(
      '序号 | 指标名称（单位） | 基期值(2020年) | 目标值(2025年) | 类型 | 备注\n1 | 品字标企业（家） | 100 | 200 | 约束性 | 省定指标\n2 | 浙江制造标准（项） | 44 | 220 | 预期性 | ',
    );
    expect(r.header.columns.map((c) => c.role)).toEqual([
      'seq',
      'name',
      'baseline',
      'target',
      'kind',
      'notes',
    ]);
    expect(r.indicators.map((i) => [i.name, i.unit, i.kind])).toEqual([
      ['品字标企业', '家', '约束性'],
      ['浙江制造标准', '项', '预期性'],
    ]);
    expect(r.indicators[0]?.notes).toMatch(/^省定指标; 来源/);
  });

  it('numbers ids from a prefix and a first number, and cites the source row in the notes', () => {
    const r = imported(COUNTY_RATES, { idPrefix: 'XS', firstNumber: 9 });
    expect(r.indicators.map((i) => i.id)).toEqual(['XS09', 'XS10', 'XS11', 'XS12']);
    expect(r.indicators[0]?.notes).toBe('来源：plan.csv 第3行 (source: plan.csv row 3)');
  });

  it('refuses no answer silently: an answer for a row the table lacks comes back unmatched', () => {
    const answers = parseAnswers(['99.direction=lower', 'kind=约束性']);
    if (!answers.ok) throw new Error(answers.message.en);
    const r = imported(PROVINCIAL, { answers: answers.answers });
    expect(r.unmatchedAnswers.map((a) => a.text)).toEqual(['99.direction=lower']);
    expect(r.notices.map((n) => n.text)).toContain('kind=约束性');
  });
});

describe('importPlanTable on malformed tables', () => {
  it('says there is no header when no row names an indicator and a figure column', () => {
    const r = importPlanTable(rowsOf('关于印发规划的通知\n各科室：\n现将有关事项通知如下'), {
      source: 'memo.csv',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.zh).toContain('memo.csv');
    expect(r.message.zh).toContain('表头');
    expect(r.message.en).toContain('no header');
  });

  it('says the table is empty for no cells at all, or only blank ones', () => {
    for (const rows of [[], rowsOf(' | | \n | | ')]) {
      const r = importPlanTable(rows, { source: 'empty.csv' });
      expect(r).toMatchObject({ ok: false, row: 0 });
      if (!r.ok)
        expect(r.message.en).toBe('empty.csv: the table is empty; there is nothing to import');
    }
  });

  it('says so when a header has no indicator rows under it', () => {
    const r = importPlanTable(rowsOf('序号 | 指标名称 | 2020年 | 2025年\n注：带*的为累计数'), {
      source: 'x.csv',
    });
    expect(r).toMatchObject({ ok: false, row: 1 });
    if (!r.ok) expect(r.message.zh).toBe('x.csv：第 1 行的表头下面没有指标行');
  });

  it('leaves a 合计 row out with a notice', () => {
    const r = imported(
      '序号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性\n1 | 品字标企业 | 家 | 100 | 200 | 约束性\n2 | 浙江制造标准 | 项 | 44 | 220 | 约束性\n合  计 |  |  | 144 | 420 | ',
    );
    expect(r.indicators.map((i) => i.name)).toEqual(['品字标企业', '浙江制造标准']);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatchObject({ row: 4, text: '合  计' });
    expect(r.notices[0]?.message.zh).toContain('合计行');
  });

  it('reads ragged rows: a short row asks for its missing target, cells beyond the header get a notice', () => {
    const r = imported(
      '序号 | 指标名称 | 单位 | 2020年 | 2025年\n1 | 品字标企业 | 家 | 100\n2 | 浙江制造标准 | 项 | 44 | 220 | 约束性 | 多余',
    );
    expect(r.indicators.map((i) => [i.name, i.baseline, i.target])).toEqual([
      ['品字标企业', 100, toConfirm()],
      ['浙江制造标准', 44, 220],
    ]);
    expect(r.questions.map((q) => [q.row, q.column])).toEqual([
      [0, 'kind'],
      [2, 'target'],
    ]);
    expect(r.notices.map((n) => [n.row, n.text])).toEqual([[3, '约束性 | 多余']]);
  });

  it('asks for the years when neither header nor title gives them', () => {
    const r = imported(
      '指标名称 | 单位 | 基期值 | 目标值 | 属性\n品字标企业 | 家 | 100 | 200 | 约束性',
    );
    expect(r.questions.map((q) => [q.row, q.column, q.answer])).toEqual([
      [0, 'baselineYear', 'baselineYear=<年 year>'],
      [0, 'targetYear', 'targetYear=<年 year>'],
    ]);
    const answers = parseAnswers(['baselineYear=2020', 'targetYear=2025年']);
    if (!answers.ok) throw new Error(answers.message.en);
    const answered = imported(
      '指标名称 | 单位 | 基期值 | 目标值 | 属性\n品字标企业 | 家 | 100 | 200 | 约束性',
      { answers: answers.answers },
    );
    expect(answered.questions).toEqual([]);
    expect(answered.indicators[0]).toMatchObject({ baselineYear: 2020, targetYear: 2025 });
  });

  it('asks about a target it cannot read, keeps the text, and reads the answer as the target', () => {
    const table =
      '序号 | 指标名称 | 2020年 | 2025年 | 属性\n1 | 农村集贸市场规范化改造率 | 60% | 2025年底前全面完成 | 预期性';
    const r = imported(table);
    expect(r.indicators[0]).toMatchObject({ target: '2025年底前全面完成', direction: toConfirm() });
    expect(r.questions.map((q) => [q.row, q.column, q.text])).toEqual([
      [2, 'target', '2025年底前全面完成'],
    ]);
    const answers = parseAnswers(['1.target=100%']);
    if (!answers.ok) throw new Error(answers.message.en);
    const answered = imported(table, { answers: answers.answers });
    expect(answered.questions).toEqual([]);
    expect(answered.indicators[0]).toMatchObject({
      unit: '%',
      baseline: 60,
      target: 100,
      direction: 'higher',
    });
  });
});
