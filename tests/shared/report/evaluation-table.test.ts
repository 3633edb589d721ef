import { describe, expect, it } from 'vitest';
import type { Finding, StatusRow } from '../../../shared/model/finding.ts';
import { chineseNumeral } from '../../../shared/report/category-numeral.ts';
import type { IndicatorRow } from '../../../shared/report/evaluation-table.ts';
import { isIllustrativeSource } from '../../../shared/report/figure-source.ts';
import { FootnoteList } from '../../../shared/report/footnotes.ts';
import { OUTCOMES, outcomeOf } from '../../../shared/report/report-outcome.ts';
import { reportSheet } from '../../../shared/report/report-sheet.ts';
import { ILLUSTRATIVE_SOURCE } from '../../../seeds/source.ts';
import { demoTable } from '../../support/report-fixtures.ts';

/*
 * The evaluation table of the Huzhou demo (as of 2025-03-31) against figures worked out
 * by hand from seeds/huzhou-demo-data.ts and the plan table: e = (2024 − 2020) / 5 = 80 %.
 */

const { table, model } = demoTable();
const rows = table.groups.flatMap((g) => g.rows);

function row(id: string): IndicatorRow {
  const found = rows.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no row for ${id}`);
  return found;
}

function noteTexts(r: IndicatorRow): string[] {
  return r.notes.map((n) => table.notes[n - 1] ?? `missing note ${n}`);
}

describe('the evaluation table of the Huzhou demo', () => {
  it('has every indicator once, grouped by category in the plan order, numbered on', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(model.indicators.map((i) => i.id).sort());
    expect(rows.map((r) => r.no)).toEqual(rows.map((_, i) => i + 1));
    expect(table.groups.map((g) => g.label)).toEqual([
      '一、营商环境',
      '二、质量提升',
      '三、市场安全',
      '四、科技支撑',
      '五、监管效能',
    ]);
    for (const g of table.groups) {
      const planOrder = model.indicators.filter((i) => i.category === g.category).map((i) => i.id);
      expect(g.rows.map((r) => r.id)).toEqual(planOrder);
    }
  });

  it('heads the table as the bureau does, with the plan years', () => {
    expect(table.title).toBe('湖州市市场监管“十四五”规划中期评估主要指标进展情况');
    expect(table.asOfLine).toBe('数据截至2025年3月31日');
    expect(table.headings).toEqual([
      '序号',
      '指标名称（单位）',
      '属性',
      '2020年基期值',
      '2025年目标值',
      '进展情况',
      '完成进度',
      '预期结果',
    ]);
  });

  it('gives 已完成 to a cumulative award reached: 中国质量奖 0 → 1, one by 2024', () => {
    const r = row('HZ08');
    expect([r.baseline, r.target, r.progress, r.outcomeText]).toEqual([
      '0',
      '1',
      '1（2024年）',
      '已完成',
    ]);
    expect(r.completion).toBe('完成100%，已达到目标');
  });

  it('gives 可按期完成 ahead of pace: 在册市场主体 44 → 57, 55.3 in 2024 is (55.3−44)/13 = 86.9% > 80%', () => {
    const r = row('HZ01');
    expect(r.name).toBe('在册市场主体总量（万户）');
    expect(r.kind).toBe('预期性');
    expect(r.progress).toBe('55.3（2024年）');
    expect(r.completion).toBe('完成86.9%，快于序时进度（80%）');
    expect(r.completionShare).toBeCloseTo(0.869, 3);
    expect(r.elapsedShare).toBeCloseTo(0.8, 3);
    expect(r.outcomeText).toBe('可按期完成');
  });

  it('gives 进度滞后 past the 2-point band: 商标 8 → 13, 11.8 is 76%, 4 points behind', () => {
    const r = row('HZ04');
    expect(r.completion).toBe('完成76%，慢于序时进度（80%）4个百分点');
    expect(r.outcomeText).toBe('进度滞后');
  });

  it('gives 难以按期完成 at risk: 品字标企业 100 → 200, 150 is 50%, 30 points behind', () => {
    const r = row('HZ12');
    expect(r.kind).toBe('约束性');
    expect(r.completion).toBe('完成50%，慢于序时进度（80%）30个百分点');
    expect(r.outcomeText).toBe('难以按期完成');
  });

  it('gives 难以按期完成 when the trend misses although only behind: 计量标准 283 of 300', () => {
    const r = row('HZ19');
    // (283 − 235) / 65 = 73.8 %: 6.2 points behind, and the least-squares line ends at 295 < 300.
    expect(r.completion).toBe('完成73.8%，慢于序时进度（80%）6.2个百分点');
    expect(r.outcomeText).toBe('难以按期完成');
  });

  it('gives 未达到底线要求 to a rate across its line: 11 accidents / 280,000 units × 10,000 = 0.3929 ≥ 0.36', () => {
    const r = row('HZL01');
    expect(r.target).toBe('低于0.36');
    expect(r.progress).toBe('0.3929（2024年）');
    expect(r.outcomeText).toBe('未达到底线要求');
    expect(noteTexts(r)).toContain(
      '计算值：万台特种设备事故率由公式 accidents / units * 10000 按各项分量计算得出，并非公布数。',
    );
  });

  it('gives 暂无数据 when the latest due figure is missing: 亿元以上市场 has 2023, its 2024 figure was due 2025-01-30', () => {
    const r = row('HZ13');
    expect(r.progress).toBe('64（2023年）');
    expect(r.outcomeText).toBe('暂无数据');
  });

  it('shows the published figure of a computed rate: 抽检监测数 4.44 published, 14,933 / 3,425,000 × 1,000 = 4.36 computed', () => {
    const r = row('HZ17');
    expect(r.progress).toBe('4.44（2024年）');
    expect(r.progressValue).toBe(4.44);
    expect(noteTexts(r)).toContain('公布数：食品安全抽检监测数为公布数（按公式计算为4.36）。');
  });

  it('writes / for no baseline and computes no pace: 数字化与业务融合率', () => {
    const r = row('HZ18');
    expect(r.baseline).toBe('/');
    expect(r.completion).toBe('无基期值，不计算序时进度');
    expect(r.outcomeText).toBe('可按期完成');
  });

  it('adds up a cumulative indicator from its yearly increments: 14 + 13 + 14 + 13 = 54 of 65', () => {
    const r = row('HZ20');
    expect(r.baseline).toBe('/');
    expect(r.progress).toBe('54（2024年）');
    // From 0: 54 / 65 = 83.1 % against 80 % elapsed.
    expect(r.completion).toBe('完成83.1%，快于序时进度（80%）');
    expect(noteTexts(r)).toContain(
      '累计值：新增为主制修订国际、国家标准由逐年新增数累加得出，并非公布数。',
    );
  });

  it('writes the target as the plan words it: 98.5%以上, 每年100', () => {
    expect(row('HZL02').target).toBe('98.5%以上');
    expect(row('HZL08').target).toBe('每年100');
  });

  it('has every 预期结果 at least once in the demo', () => {
    expect(new Set(rows.map((r) => r.outcome))).toEqual(new Set(OUTCOMES));
  });

  it('footnotes every figure from illustrative sample data, once for them all', () => {
    const illustrative = table.notes.findIndex((n) => n.startsWith('示例数据（非官方）')) + 1;
    expect(illustrative).toBeGreaterThan(0);
    // Every 2021–2024 figure of the demo is sample data.
    expect(rows.filter((r) => r.period !== '' && !r.notes.includes(illustrative))).toEqual([]);
    expect(isIllustrativeSource(ILLUSTRATIVE_SOURCE)).toBe(true);
    expect(isIllustrativeSource('003_eecffe482169a7c7.txt line 25')).toBe(false);
  });

  it('counts the outcomes in the summary and names the binding indicators in trouble', () => {
    const count = (o: string): number => rows.filter((r) => r.outcomeText === o).length;
    expect([
      count('已完成'),
      count('可按期完成'),
      count('进度滞后'),
      count('难以按期完成'),
      count('未达到底线要求'),
      count('暂无数据'),
    ]).toEqual([7, 29, 2, 3, 1, 1]);
    expect(table.summary).toBe(
      '截至2025年3月31日，湖州市市场监管“十四五”规划43项主要指标中，已完成7项，可按期完成29项，进度滞后2项，难以按期完成3项，未达到底线要求1项，暂无数据1项。' +
        '约束性指标中，品字标企业、万台特种设备事故率2项难以按期完成或未达到底线要求，需重点推进。' +
        '2项底线指标中，1项守住底线。',
    );
  });

  it('lists the hard lines with the latest figure, whether they hold, and the regions across them', () => {
    expect(
      table.lines.map((l) => [l.name, l.line, l.latest, l.holdText, l.regionsBreached]),
    ).toEqual([
      [
        '万台特种设备事故率（起/万台）',
        '低于0.36',
        '0.3929（2024年）',
        '未守住',
        '吴兴区、德清县、长兴县',
      ],
      ['食品评价性抽检合格率（%）', '98.5%以上', '98.7（2024年）', '守住，临近预警线', '南浔区'],
    ]);
  });

  it('titles an annual evaluation with the last whole year', () => {
    expect(demoTable('annual').table.title).toBe(
      '湖州市市场监管“十四五”规划2024年度评估主要指标进展情况',
    );
  });
});

describe('the worksheet layout of the table', () => {
  it('keeps plain figures as numbers and the completion as shares, in table order', () => {
    const sheet = reportSheet(table);
    const data = sheet.rows.filter((r) => r.role === 'row').slice(0, rows.length);
    expect(data.map((r) => r.cells[1])).toEqual(rows.map((r) => r.name));
    const first = data[0]?.cells ?? [];
    expect(first.slice(0, 5)).toEqual([1, '在册市场主体总量（万户）', '预期性', 44, 57]);
    expect(first[8]).toBeCloseTo(0.869, 3);
    expect(sheet.formats[8]).toBe('0.0%');
    expect(sheet.rows.every((r) => r.cells.length === sheet.columns)).toBe(true);
  });
});

describe('outcomeOf', () => {
  const status = (over: Partial<StatusRow>): StatusRow => ({
    id: 'X',
    name: 'x',
    category: 'c',
    kind: 'binding',
    owner: '',
    unit: '',
    region: 'r',
    period: '2024',
    gaps: [],
    due: null,
    status: 'behind',
    severity: 'warning',
    completion: 70,
    elapsed: 72,
    gap: 2,
    expected: null,
    actual: 1,
    forecast: null,
    target: 2,
    ...over,
  });
  const forecast: Finding = {
    id: 'X',
    region: 'r',
    rule: 'forecast',
    status: 'forecast_miss',
    severity: 'critical',
    period: '2024',
    actual: 1,
    expected: 1.5,
    target: 2,
    gap: null,
    message: { zh: '', en: '' },
  };

  it('reads a lag within the band as on schedule, and past it as lagging', () => {
    expect(outcomeOf(status({ gap: 2 }), [])).toBe('on_schedule');
    expect(outcomeOf(status({ gap: 2.1 }), [])).toBe('lagging');
    expect(outcomeOf(status({ gap: 2.1 }), [], 5)).toBe('on_schedule');
  });

  it('reads a forecast miss as unlikely, and a crossed line before anything else', () => {
    expect(outcomeOf(status({ status: 'on_track', gap: -3 }), [forecast])).toBe('unlikely');
    expect(outcomeOf(status({ status: 'breached' }), [forecast])).toBe('below_line');
  });

  it('reads an indicator with no figure at all as no data', () => {
    expect(outcomeOf(status({ period: '', status: 'no_data' }), [])).toBe('no_data');
  });
});

describe('footnotes and numerals', () => {
  it('numbers footnotes in order and keeps the first number of a repeated text', () => {
    const notes = new FootnoteList();
    expect([notes.add('a'), notes.add('b'), notes.add('a')]).toEqual([1, 2, 1]);
    expect(notes.texts()).toEqual(['a', 'b']);
  });

  it('writes category numerals as a Chinese document does', () => {
    expect([1, 5, 10, 12, 20, 35].map(chineseNumeral)).toEqual([
      '一',
      '五',
      '十',
      '十二',
      '二十',
      '三十五',
    ]);
  });
});
