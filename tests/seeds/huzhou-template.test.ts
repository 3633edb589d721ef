import { describe, expect, it } from 'vitest';
import {
  ACTUALS,
  INDICATORS,
  MILESTONES,
  RECIPIENTS,
  SETTINGS,
  type TableSpec,
} from '../../shared/contract/tables.ts';
import type { TemplateRow } from '../../shared/contract/template.ts';
import { parsePeriod } from '../../shared/parse/period.ts';
import { HUZHOU_INDICATORS } from '../../seeds/huzhou-indicators.ts';
import { HUZHOU_LINES } from '../../seeds/huzhou-lines.ts';
import { HUZHOU_TEMPLATE_NAME, huzhouTemplate } from '../../seeds/huzhou-template.ts';
import { ILLUSTRATIVE_SOURCE, SEED_DOCS } from '../../seeds/source.ts';
import { seedDocLines } from '../support/seed-documents.ts';

const template = huzhouTemplate();

function docLine(doc: string, n: number): string {
  return seedDocLines(doc)[n - 1] ?? '';
}

function indicator(id: string): TemplateRow {
  const row = template.indicators.find((r) => r.id === id);
  if (!row) throw new Error(`no indicator ${id}`);
  return row;
}

const tables: [string, TemplateRow[], TableSpec][] = [
  ['indicators', template.indicators, INDICATORS],
  ['milestones', template.milestones, MILESTONES],
  ['actuals', template.actuals, ACTUALS],
  ['settings', template.settings, SETTINGS],
  ['recipients', template.recipients, RECIPIENTS],
];

describe('huzhouTemplate', () => {
  it('is named huzhou-14th-fyp', () => {
    expect(template.name).toBe('huzhou-14th-fyp');
    expect(HUZHOU_TEMPLATE_NAME).toBe('huzhou-14th-fyp');
  });

  it.each(tables)('uses only the canonical column keys of the %s table', (_name, rows, spec) => {
    const keys = spec.columns.map((c) => c.key);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row)).toEqual(keys);
  });

  it.each(tables)('fills every required column of the %s table', (_name, rows, spec) => {
    const required = spec.columns.filter((c) => c.required).map((c) => c.key);
    for (const row of rows)
      for (const key of required)
        expect(row[key], `${key} in ${JSON.stringify(row)}`).not.toBeNull();
  });

  it('has the 23 表1 rows then the text lines that 表1 lacks, each id once', () => {
    const ids = template.indicators.map((r) => r.id);
    const lines = HUZHOU_LINES.filter((l) => l.duplicates === null).map((l) => l.id);
    expect(ids).toEqual([...HUZHOU_INDICATORS.map((s) => s.id), ...lines]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(lines).toHaveLength(20);
  });

  it.each(HUZHOU_INDICATORS.map((s) => [s.id, s.name, s] as const))(
    '%s (%s) carries the 表1 figures as printed',
    (id, _name, s) => {
      expect(indicator(id)).toMatchObject({
        category: s.category,
        name: s.name,
        unit: s.unit,
        kind: s.raw.kind,
        aggregation: s.raw.target.endsWith('*') ? 'cumulative' : 'level',
        direction: 'higher',
        baselineYear: 2020,
        baseline:
          s.raw.baseline === null
            ? null
            : s.raw.baseline === '/'
              ? '/'
              : Number(s.raw.baseline.replace('*', '')),
        targetYear: 2025,
        target: Number(s.raw.target.replace('*', '')),
        frequency: '年',
      });
      expect(String(indicator(id).notes)).toContain(`${SEED_DOCS.huzhouPlan} 表1 第${s.seq}行`);
      expect(String(indicator(id).notes)).toContain('责任处室为示例');
      expect(indicator(id).owner).toMatch(/处$/);
    },
  );

  it('models the accident rate HZL01 as a lower-is-better threshold computed from accidents and units', () => {
    expect(indicator('HZL01')).toMatchObject({
      name: '万台特种设备事故率',
      unit: '起/万台',
      aggregation: 'threshold',
      direction: 'lower',
      target: '低于0.36',
      limit: '低于0.36',
      formula: 'accidents / units * 10000',
    });
  });

  it('gives 食品评价性抽检合格率 a 98.5 limit with a warning line at 99, so 临近 can show', () => {
    expect(indicator('HZL02')).toMatchObject({
      name: '食品评价性抽检合格率',
      limit: '98.5%以上',
      warning: 99,
      direction: 'higher',
    });
  });

  it('computes HZ17 食品安全抽检监测数 per thousand people from batches and population', () => {
    expect(indicator('HZ17')).toMatchObject({
      unit: '批次/千人',
      formula: 'batches / population * 1000',
    });
  });

  it('cites each text line’s source in its notes and keeps its baseline empty', () => {
    for (const l of HUZHOU_LINES.filter((x) => x.duplicates === null)) {
      const row = indicator(l.id);
      expect(String(row.notes)).toContain(`line ${l.source.line}: ${l.quote}`);
      expect(row.baseline).toBeNull();
      expect(row.category).toBe(l.category);
    }
  });

  it('gives every actual a source: the illustrative label, or a seed document line holding the figure', () => {
    let quoted = 0;
    for (const a of template.actuals) {
      expect(a.source).toEqual(expect.any(String));
      if (a.source === ILLUSTRATIVE_SOURCE) continue;
      const m = /^(\S+\.txt) line (\d+): (.+)$/.exec(String(a.source));
      expect(m, String(a.source)).not.toBeNull();
      const [, doc = '', line = '0', quote = ''] = m ?? [];
      expect(docLine(doc, Number(line))).toContain(quote);
      expect(quote).toContain(String(a.value));
      quoted += 1;
    }
    expect(quoted).toBeGreaterThan(0);
  });

  it('labels every 2021–2024 actual illustrative (非官方), and enters no document figure for those years', () => {
    const demoYears = template.actuals.filter((a) => Number(a.period) >= 2021);
    expect(demoYears.length).toBeGreaterThan(100);
    expect(demoYears.filter((a) => a.source !== ILLUSTRATIVE_SOURCE)).toEqual([]);
    expect(ILLUSTRATIVE_SOURCE).toContain('示例数据(非官方)');
  });

  it('enters actuals only for indicators it defines, for yearly periods, with numeric values', () => {
    const ids = new Set(template.indicators.map((r) => r.id));
    for (const a of template.actuals) {
      expect(ids.has(String(a.id)), String(a.id)).toBe(true);
      expect(parsePeriod(String(a.period))?.kind).toBe('year');
      expect(typeof a.value).toBe('number');
    }
  });

  it('reports HZL01 and one more indicator for 吴兴区, 南浔区, 德清县, 长兴县 and 安吉县', () => {
    const regionsOf = (id: string): string[] => [
      ...new Set(template.actuals.filter((a) => a.id === id).map((a) => String(a.region))),
    ];
    const subRegions = ['吴兴区', '南浔区', '德清县', '长兴县', '安吉县'];
    expect(regionsOf('HZL01')).toEqual(['湖州市', ...subRegions]);
    expect(regionsOf('HZL02')).toEqual(['湖州市', ...subRegions]);
  });

  it('sums the 区县 accidents and units to the city figures each year', () => {
    for (const measure of ['accidents', 'units']) {
      for (const period of ['2021', '2022', '2023', '2024']) {
        const rows = template.actuals.filter(
          (a) => a.id === 'HZL01' && a.measure === measure && a.period === period,
        );
        const city = rows.find((a) => a.region === '湖州市');
        const counties = rows
          .filter((a) => a.region !== '湖州市')
          .reduce((s, a) => s + Number(a.value), 0);
        expect(counties, `${measure} ${period}`).toBe(city?.value);
      }
    }
  });

  it('sets milestones only on binding indicators, for 2021–2025', () => {
    expect(template.milestones.length).toBeGreaterThan(0);
    for (const m of template.milestones) {
      expect(indicator(String(m.id)).kind).toBe('约束性');
      expect(Number(m.period)).toBeGreaterThanOrEqual(2021);
      expect(Number(m.period)).toBeLessThanOrEqual(2025);
    }
  });

  it.each([
    ['plan.name', '湖州市市场监管"十四五"规划'],
    ['plan.region', '湖州市'],
    ['plan.timezone', 'Asia/Shanghai'],
    ['pace.behindMaxPp', 10],
    ['dueDays.annual', 30],
    ['dueDays.quarterly', 15],
    ['dueDays.monthly', 10],
    ['alerts.consecutivePeriods', 1],
    ['alerts.retentionDays', 90],
    ['digest.mode', 'always'],
    ['contract.version', 1],
  ])('sets %s to %s, with a note', (key, value) => {
    const row = template.settings.find((r) => r.key === key);
    expect(row?.value).toBe(value);
    expect(String(row?.notes)).not.toBe('');
  });

  it('has three illustrative digest recipients at example.gov.cn: 局长 (warning+), 分管副局长 (市场安全), 规划财务处 (all, English), and two units reminded (催报)', () => {
    expect(
      template.recipients.map((r) => [r.name, r.scope, r.minSeverity, r.language, r.purpose]),
    ).toEqual([
      ['局长(示例)', null, 'warning', 'zh-CN', null],
      ['分管副局长(示例)', '类别:市场安全', 'info', 'zh-CN', null],
      ['规划财务处(示例)', null, 'info', 'en', null],
      ['市场规范管理处(示例)', '责任单位:市场规范管理处', null, null, '催报 reminder'],
      ['食品安全协调处(示例)', '责任单位:食品安全协调处', null, null, '催报 reminder'],
    ]);
    for (const r of template.recipients)
      expect(String(r.email)).toMatch(/^[a-z]+@example\.gov\.cn$/);
  });

  it('returns a fresh copy on every call', () => {
    const a = huzhouTemplate();
    a.indicators.splice(0);
    const first = a.actuals[0];
    if (first) first.value = -1;
    const b = huzhouTemplate();
    expect(b.indicators).toHaveLength(43);
    expect(b.actuals[0]?.value).not.toBe(-1);
  });
});
