/**
 * The `huzhou-14th-fyp` template: the Huzhou plan as a planner would type it into a new
 * workbook — the 23 rows of 表1 (HZ01–HZ23), the text's own lines (HZL01–HZL20), yearly
 * milestones, 2021–2024 actuals, settings and three recipients.
 *
 * Owners, recipients and the 2021–2024 actuals are illustrative; actuals quoted from the
 * seed documents keep their real source.
 */
import { ACTUALS, INDICATORS, MILESTONES, RECIPIENTS } from '../shared/contract/tables.ts';
import type { TemplateRow, WorkbookTemplate } from '../shared/contract/template.ts';
import { DEMO_MILESTONES, DEMO_PLAN_REGION, DEMO_SERIES, DEMO_YEARS } from './huzhou-demo-data.ts';
import { HZ_SETUP, HZL_SETUP } from './huzhou-indicator-setup.ts';
import { HUZHOU_INDICATORS, type HuzhouIndicatorSeed } from './huzhou-indicators.ts';
import { HUZHOU_LINES, type HuzhouLineSeed } from './huzhou-lines.ts';
import { REPORTED_FIGURES } from './reported-figures.ts';
import { settingsRows } from './settings-rows.ts';
import { ILLUSTRATIVE_SOURCE, sourceCell } from './source.ts';
import { templateRow } from './template-row.ts';

/** The name `init --template huzhou-14th-fyp` asks for. */
export const HUZHOU_TEMPLATE_NAME = 'huzhou-14th-fyp';

const PLAN_NAME = '湖州市市场监管"十四五"规划';
const BASELINE_YEAR = 2020;
const TARGET_YEAR = 2025;
const OWNER_NOTE = '责任处室为示例 Owner is illustrative';

/** 表1 figures quoted in the plan's text for 2020 that the demo enters as actuals. */
const SEED_ACTUAL_IDS = ['HZ01', 'HZ05'];
/** The plan's publication date (line 2: 发文时间 2021-09-18), when its 2020 figures became known. */
const PLAN_PUBLISHED = '2021-09-18';

function tableIndicatorRow(s: HuzhouIndicatorSeed): TemplateRow {
  const setup = HZ_SETUP[s.id];
  const notes = [`来源 Source: ${sourceCell(s.source)}`, OWNER_NOTE, setup?.note]
    .filter(Boolean)
    .join('; ');
  return templateRow(INDICATORS, {
    id: s.id,
    category: s.category,
    name: s.name,
    unit: s.unit,
    kind: s.raw.kind,
    aggregation: s.cumulative ? 'cumulative' : 'level',
    direction: 'higher',
    baselineYear: BASELINE_YEAR,
    // `/` is typed as printed; rows with no 2020 cell stay empty.
    baseline: s.raw.baseline === '/' ? '/' : s.baseline,
    targetYear: TARGET_YEAR,
    target: s.target,
    formula: setup?.formula,
    frequency: '年',
    dueDays: setup?.dueDays,
    owner: setup?.owner,
    notes,
  });
}

function textLineRow(s: HuzhouLineSeed): TemplateRow | null {
  const setup = HZL_SETUP[s.id];
  if (!setup) return null;
  const notes = [
    `来源 Source: ${sourceCell(s.source)}`,
    `原文目标 As written: ${s.targetText}`,
    '属性与责任处室为示例 Kind and owner are illustrative',
  ].join('; ');
  return templateRow(INDICATORS, {
    id: s.id,
    category: s.category,
    name: s.name,
    unit: setup.unit ?? s.unit,
    kind: setup.kind,
    aggregation: setup.aggregation,
    direction: setup.direction,
    baselineYear: BASELINE_YEAR,
    baseline: null,
    targetYear: TARGET_YEAR,
    target: setup.target,
    limit: setup.limit,
    warning: setup.warning,
    formula: setup.formula,
    frequency: '年',
    owner: setup.owner,
    notes,
  });
}

function illustrativeActualRows(): TemplateRow[] {
  return DEMO_SERIES.flatMap((s) =>
    DEMO_YEARS.flatMap((year, i) => {
      const value = s.values[i];
      if (value === null || value === undefined) return [];
      return [
        templateRow(ACTUALS, {
          id: s.id,
          region: s.region,
          period: String(year),
          // The default measure is left empty, as a planner would.
          measure: s.measure === 'value' ? null : s.measure,
          value,
          officialValue: s.official?.[year],
          source: ILLUSTRATIVE_SOURCE,
          enteredBy: '示例 demo',
          enteredAt: `${year + 1}-01-20`,
        }),
      ];
    }),
  );
}

function seedActualRows(): TemplateRow[] {
  return REPORTED_FIGURES.filter(
    (f) => f.region === DEMO_PLAN_REGION && SEED_ACTUAL_IDS.includes(f.fits),
  ).map((f) =>
    templateRow(ACTUALS, {
      id: f.fits,
      region: f.region,
      period: String(f.year),
      value: f.value,
      source: sourceCell(f.source),
      enteredBy: '种子文档 seed document',
      enteredAt: PLAN_PUBLISHED,
    }),
  );
}

function recipientRows(): TemplateRow[] {
  return [
    {
      name: '局长(示例)',
      email: 'juzhang@example.gov.cn',
      scope: null,
      minSeverity: 'warning',
      language: 'zh-CN',
    },
    {
      name: '分管副局长(示例)',
      email: 'fenguan@example.gov.cn',
      scope: '类别:市场安全',
      minSeverity: 'info',
      language: 'zh-CN',
    },
    {
      name: '规划财务处(示例)',
      email: 'guihua@example.gov.cn',
      scope: null,
      minSeverity: 'info',
      language: 'en',
    },
    // 催报: the units that owe figures are reminded before and after each due date.
    {
      name: '市场规范管理处(示例)',
      email: 'guifan@example.gov.cn',
      scope: '责任单位:市场规范管理处',
      purpose: '催报 reminder',
    },
    {
      name: '食品安全协调处(示例)',
      email: 'shipin@example.gov.cn',
      scope: '责任单位:食品安全协调处',
      purpose: '催报 reminder',
    },
  ].map((r) => templateRow(RECIPIENTS, r));
}

/** A fresh copy of the Huzhou demo template (callers may change it freely). */
export function huzhouTemplate(): WorkbookTemplate {
  const lineRows = HUZHOU_LINES.filter((l) => l.duplicates === null)
    .map(textLineRow)
    .filter((r): r is TemplateRow => r !== null);
  return {
    name: HUZHOU_TEMPLATE_NAME,
    indicators: [...HUZHOU_INDICATORS.map(tableIndicatorRow), ...lineRows],
    milestones: DEMO_MILESTONES.map((m) => templateRow(MILESTONES, m)),
    actuals: [...seedActualRows(), ...illustrativeActualRows()],
    settings: settingsRows({ name: PLAN_NAME, region: DEMO_PLAN_REGION }),
    recipients: recipientRows(),
  };
}
