import { describe, expect, it } from 'vitest';
import {
  detectTable,
  matchHeaders,
  normalizeHeader,
} from '../../../shared/contract/header-match.ts';
import {
  ACTUALS,
  ALERTS,
  bilingualHeader,
  INDICATORS,
  MILESTONES,
  RECIPIENTS,
  TABLES,
} from '../../../shared/contract/tables.ts';

describe('normalizeHeader', () => {
  it.each([
    ['指标名称 Indicator', '指标名称indicator'],
    ['ＩＮＤＩＣＡＴＯＲ', 'indicator'],
    ['  Baseline   year ', 'baselineyear'],
    ['报送期限（天）', '报送期限(天)'],
    ['报送期限【天】', '报送期限(天)'],
    ['报送期限[天]', '报送期限(天)'],
    ['差距\n(百分点)', '差距(百分点)'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });
});

describe('matchHeaders', () => {
  it.each([
    ['the key', 'name'],
    ['the Chinese label', '指标名称'],
    ['the English label', 'Indicator'],
    ['the English label in capitals', 'INDICATOR'],
    ['the bilingual label', '指标名称 Indicator'],
    ['the bilingual label without a space', '指标名称Indicator'],
    ['English then Chinese', 'Indicator 指标名称'],
    ['Chinese with English in brackets', '指标名称（Indicator）'],
    ['full-width letters', '指标名称 Ｉｎｄｉｃａｔｏｒ'],
    ['extra spaces', '  指标名称   Indicator  '],
  ])('finds a column by %s (%j)', (_how, header) => {
    const { columns, problems } = matchHeaders(['编号 ID', header], INDICATORS);
    expect(columns.get('name')).toBe(1);
    expect(problems).toEqual([]);
  });

  it('finds every column of every table by its bilingual header', () => {
    for (const spec of TABLES) {
      const { columns, problems } = matchHeaders(spec.columns.map(bilingualHeader), spec);
      expect(problems).toEqual([]);
      expect([...columns.keys()]).toEqual(spec.columns.map((c) => c.key));
    }
  });

  it('finds columns with brackets written either way', () => {
    const { columns } = matchHeaders(['编号', '指标名称', '报送期限（天） Due days'], INDICATORS);
    expect(columns.get('dueDays')).toBe(2);
  });

  it('ignores unknown extra columns', () => {
    const { columns, problems } = matchHeaders(
      ['编号 ID', '我的备注', '指标名称 Indicator', ''],
      INDICATORS,
    );
    expect(problems).toEqual([]);
    expect(columns.get('id')).toBe(0);
    expect(columns.get('name')).toBe(2);
    expect(columns.size).toBe(2);
  });

  it('reports each missing required column with its bilingual header', () => {
    const { problems } = matchHeaders(['类别 Category'], INDICATORS, {
      workbook: 'plan.xlsx',
      sheet: '指标 Indicators',
    });
    expect(problems.map((p) => p.column)).toEqual(['编号 ID', '指标名称 Indicator']);
    expect(problems[0]).toMatchObject({
      workbook: 'plan.xlsx',
      sheet: '指标 Indicators',
      level: 'error',
      code: 'row.column_missing',
    });
    expect(problems[0]?.message.zh).toContain('编号 ID');
    expect(problems[0]?.message.en).toContain('plan.xlsx');
  });

  it('does not require optional columns', () => {
    expect(matchHeaders(['ID', 'Indicator'], INDICATORS).problems).toEqual([]);
  });

  it('reports a column given twice, naming both column letters, and keeps the first', () => {
    const { columns, problems } = matchHeaders(['编号 ID', '指标名称', 'Indicator'], INDICATORS, {
      workbook: 'plan.xlsx',
      sheet: '指标 Indicators',
      columnLetters: ['A', 'B', 'C'],
    });
    expect(columns.get('name')).toBe(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'row.column_duplicate',
      column: '指标名称 Indicator',
      value: 'Indicator',
      level: 'error',
    });
    expect(problems[0]?.message.en).toContain('columns B and C');
  });

  it.each([
    [['预警编号', '状态', '判定'], 'Chinese'],
    [['Alert ID', 'State', 'Status'], 'English'],
  ])('tells apart the Alerts state and status columns in %j (%s)', (header) => {
    const { columns, problems } = matchHeaders(header, ALERTS);
    expect(problems).toEqual([]);
    expect(columns.get('state')).toBe(1);
    expect(columns.get('status')).toBe(2);
  });
});

describe('detectTable', () => {
  it.each([
    ['Indicators', INDICATORS.columns.map(bilingualHeader)],
    ['Indicators', ['编号', '类别', '指标名称', '单位', '基期值', '目标值']],
    ['Milestones', MILESTONES.columns.map(bilingualHeader)],
    ['Milestones', ['ID', 'Region', 'Period', 'Target']],
    ['Actuals', ACTUALS.columns.map(bilingualHeader)],
    ['Actuals', ['id', 'period', 'value']],
    ['Actuals', ['编号', '地区', '期间', '度量', '数值']],
    ['Recipients', RECIPIENTS.columns.map(bilingualHeader)],
    ['Recipients', ['姓名', '邮箱']],
  ])('tells a header is %s', (table, header) => {
    expect(detectTable(header)).toBe(table);
  });

  it.each([
    ['no known columns', ['甲', '乙']],
    ['no required columns complete', ['编号', '地区']],
    ['an empty header', []],
  ])('returns null for %s', (_why, header) => {
    expect(detectTable(header)).toBeNull();
  });
});
