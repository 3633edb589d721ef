/**
 * Deterministic generator of large plan workbooks for `npm run bench`: a seeded mix of
 * indicators (see indicator-profiles.ts) reported by up to 20 regions over years or
 * months, with a few reports left out so 缺报 alerts fire. Same spec, same workbook.
 */
import { join } from 'node:path';
import { ACTUALS, MILESTONES, RECIPIENTS } from '../shared/contract/tables.ts';
import type { TemplateRow, WorkbookTemplate } from '../shared/contract/template.ts';
import { settingsRows } from '../seeds/settings-rows.ts';
import { templateRow } from '../seeds/template-row.ts';
import { initWorkbook } from '../worker/workbook/init-workbook.ts';
import {
  drawIndicator,
  type DrawnIndicator,
  type PlanFrequency,
  type Slot,
} from './indicator-profiles.ts';
import { ENTERED_BY, PLAN_REGION, REGIONS } from './plan-vocabulary.ts';
import { seededRandom, type Random } from './seeded-random.ts';

/** What to generate. */
export interface PlanSpec {
  /** Case name; also the file name (`<name>.xlsx`) and the template name. */
  name: string;
  /** Human description for the report. */
  title: string;
  seed: number;
  /** Indicators to draw; with `actualRows`, an upper bound (drawing stops once there are enough rows). */
  indicators: number;
  /** Regions reporting every indicator, the plan region first (at most 20). */
  regions: number;
  frequency: PlanFrequency;
  /** Periods reported: years from 2020, or months from 2021-01. */
  periods: number;
  /** Share of indicator × region × period reports left out. */
  missingShare: number;
  /** Exact Actuals row count wanted: drawing stops there (the last series drawn ends early). */
  actualRows?: number;
  /** The check date the benchmark evaluates at. */
  asOf: string;
}

/** Case A: 500 indicators × 20 regions × 5 years of actuals (2020–2024), checked on 2025-03-31. */
export function caseA(scale = 1): PlanSpec {
  const indicators = Math.max(1, Math.round(500 * scale));
  return {
    name: 'case-a',
    title: `A: ${indicators} indicators × 20 regions × 5 years`,
    seed: 20_250_331,
    indicators,
    regions: REGIONS.length,
    frequency: 'annual',
    periods: 5,
    missingShare: 0.02,
    asOf: '2025-03-31',
  };
}

/**
 * A plan with exactly `rows` Actuals rows: monthly figures from 2021-01 to 2025-02 for 20
 * regions, fewer indicators with long series.
 */
export function rowsCase(rows: number, name = `rows-${rows}`): PlanSpec {
  return {
    name,
    title: `${rows.toLocaleString('en-US')} Actuals rows (monthly × 20 regions × 50 months)`,
    seed: 50_000,
    indicators: 10_000,
    regions: REGIONS.length,
    frequency: 'monthly',
    periods: 50,
    missingShare: 0.002,
    actualRows: rows,
    asOf: '2025-03-31',
  };
}

/** Case B: exactly 50,000 Actuals rows (scaled), see {@link rowsCase}. */
export function caseB(scale = 1): PlanSpec {
  const spec = rowsCase(Math.max(1, Math.round(50_000 * scale)), 'case-b');
  return { ...spec, title: `B: ${spec.title}` };
}

/** The periods of a plan, oldest first. */
export function planSlots(spec: Pick<PlanSpec, 'frequency' | 'periods'>): Slot[] {
  return Array.from({ length: spec.periods }, (_, i) => {
    if (spec.frequency === 'annual')
      return { period: String(2020 + i), elapsed: i / 5, perYear: 1 };
    const year = 2021 + Math.floor(i / 12);
    const month = (i % 12) + 1;
    return {
      period: `${year}-${String(month).padStart(2, '0')}`,
      elapsed: (year - 2021 + month / 12) / 5,
      perYear: 12,
    };
  });
}

/** When a period's figure was typed in: 20 days after it ended. */
function enteredAt(period: string): string {
  const [y = '2020', m] = period.split('-');
  const year = Number(y);
  if (m === undefined) return `${year + 1}-01-20`;
  const month = Number(m);
  return month === 12 ? `${year + 1}-01-20` : `${year}-${String(month + 1).padStart(2, '0')}-20`;
}

/** The Actuals region cell: half the indicators leave the plan's own region empty, as planners do. */
function regionCell(region: string, indicatorIndex: number): string | null {
  return region === PLAN_REGION && indicatorIndex % 2 === 0 ? null : region;
}

interface Drafted {
  indicators: TemplateRow[];
  milestones: TemplateRow[];
  actuals: TemplateRow[];
}

/** Rows of one slot (period), kept with the slot's position so rows can be laid out period by period. */
interface SlotRow {
  slot: number;
  row: TemplateRow;
}

function regionRows(
  random: Random,
  drawn: DrawnIndicator,
  index: number,
  region: string,
  slots: readonly Slot[],
  missingShare: number,
): SlotRow[] {
  const out: SlotRow[] = [];
  drawn.regionFigures(random, slots).forEach((figures, i) => {
    const slot = slots[i];
    if (slot === undefined || random.chance(missingShare)) return;
    for (const f of figures) {
      const row = templateRow(ACTUALS, {
        id: drawn.id,
        region: regionCell(region, index),
        period: slot.period,
        measure: f.measure,
        value: f.value,
        officialValue: f.officialValue,
        source: '基准测试生成 Generated for the benchmark',
        enteredBy: ENTERED_BY[index % ENTERED_BY.length],
        enteredAt: enteredAt(slot.period),
      });
      out.push({ slot: i, row });
    }
  });
  return out;
}

function draft(spec: PlanSpec): Drafted {
  const random = seededRandom(spec.seed);
  const regions = REGIONS.slice(0, Math.max(1, Math.min(REGIONS.length, spec.regions)));
  const slots = planSlots(spec);
  const wanted = spec.actualRows ?? Number.POSITIVE_INFINITY;
  const indicators: TemplateRow[] = [];
  const milestones: TemplateRow[] = [];
  const actuals: SlotRow[] = [];
  for (let index = 0; index < spec.indicators && actuals.length < wanted; index++) {
    const drawn = drawIndicator(random, index, spec.frequency);
    indicators.push(drawn.row);
    for (const region of regions) {
      for (const m of drawn.milestones(random) ?? []) {
        milestones.push(
          templateRow(MILESTONES, { id: drawn.id, region, period: m.period, target: m.target }),
        );
      }
      // With an exact row count, the last region drawn stops early: its latest periods go unreported.
      const rows = regionRows(random, drawn, index, region, slots, spec.missingShare);
      actuals.push(...rows.slice(0, Math.max(0, wanted - actuals.length)));
    }
  }
  // Period by period, as yearly or monthly imports arrive (sort is stable: indicator order is kept).
  actuals.sort((a, b) => a.slot - b.slot);
  return { indicators, milestones, actuals: actuals.map((a) => a.row) };
}

/** A plan workbook's template for a spec: the same spec always gives the same rows. */
export function generatePlan(spec: PlanSpec): WorkbookTemplate {
  const { indicators, milestones, actuals } = draft(spec);
  return {
    name: spec.name,
    indicators,
    milestones,
    actuals,
    settings: settingsRows({
      name: `浙江省市场监管"十四五"规划(基准测试 ${spec.name})`,
      region: PLAN_REGION,
    }),
    recipients: [
      templateRow(RECIPIENTS, {
        name: '局长(示例)',
        email: 'juzhang@example.gov.cn',
        minSeverity: 'warning',
        language: 'zh-CN',
      }),
      templateRow(RECIPIENTS, {
        name: '规划财务处(示例)',
        email: 'guihua@example.gov.cn',
        minSeverity: 'info',
        language: 'en',
      }),
    ],
  };
}

/** Generates a spec's plan and writes it as `<dir>/<name>.xlsx` with `init`'s writer. */
export async function writePlan(
  dir: string,
  spec: PlanSpec,
): Promise<{ path: string; template: WorkbookTemplate }> {
  const template = generatePlan(spec);
  const path = join(dir, `${spec.name}.xlsx`);
  await initWorkbook(path, template);
  return { path, template };
}
