/**
 * The kinds of indicator a generated plan mixes, each drawn as an Indicators row plus the
 * figures its regions report: levels, running totals, yearly increments, threshold lines,
 * hard limits (some computed from two measures), compound growth, yearly amounts and
 * per-capita rates over two measures. Pace factors differ by region, so every status
 * shows up somewhere: achieved, on track, behind, at risk, near the line, breached.
 */
import { INDICATORS } from '../shared/contract/tables.ts';
import type { TemplateRow } from '../shared/contract/template.ts';
import { templateRow } from '../seeds/template-row.ts';
import { CATEGORIES, NAME_STEMS, OWNERS } from './plan-vocabulary.ts';
import type { Random } from './seeded-random.ts';

/** What an indicator is, for the generator. */
export type Profile =
  'level' | 'cumulative' | 'increments' | 'threshold' | 'limit' | 'growth' | 'annual' | 'perCapita';

/** How often a generated plan's actuals come in. */
export type PlanFrequency = 'annual' | 'monthly';

/** Mix of profiles in a generated plan (relative weights). */
export const PROFILE_WEIGHTS: readonly (readonly [Profile, number])[] = [
  ['level', 24],
  ['cumulative', 10],
  ['increments', 10],
  ['threshold', 14],
  ['limit', 12],
  ['growth', 10],
  ['annual', 10],
  ['perCapita', 10],
];

/** A period an actual can be reported for. */
export interface Slot {
  /** Period text as written in the Actuals table (`2023`, `2023-09`). */
  period: string;
  /** Share of the plan period (end of 2020 → end of 2025) elapsed at the period's end. */
  elapsed: number;
  /** Periods per year: 1 for annual plans, 12 for monthly ones. */
  perYear: number;
}

/** One Actuals row's figures. */
export interface Figure {
  /** null for the default `value` measure, which planners leave empty. */
  measure: string | null;
  value: number | null;
  officialValue: number | null;
}

/** A drawn indicator: its row and how its regions report. */
export interface DrawnIndicator {
  id: string;
  profile: Profile;
  row: TemplateRow;
  /** One list of figures per slot for one region (an empty list: nothing is due then). */
  regionFigures(random: Random, slots: readonly Slot[]): Figure[][];
  /** Yearly milestones (阶段目标) for one region, or null when the indicator has none. */
  milestones(random: Random): { period: string; target: number }[] | null;
}

const BASELINE_YEAR = 2020;
const TARGET_YEAR = 2025;
const PLAN_YEARS = TARGET_YEAR - BASELINE_YEAR;
/** Share of level and cumulative indicators with yearly milestones per region. */
const MILESTONE_SHARE = 0.15;
/** Share of formula periods with a published figure beside the measures, and of those that disagree. */
const OFFICIAL_SHARE = 0.05;
const INCONSISTENT_SHARE = 0.01;

function round(x: number, places: number): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}

function only(value: number): Figure[] {
  return [{ measure: null, value, officialValue: null }];
}

/** Straight-line milestones from B to T for 2021–2025. */
function straightMilestones(
  b: number,
  t: number,
  places: number,
): { period: string; target: number }[] {
  return Array.from({ length: PLAN_YEARS }, (_, i) => ({
    period: String(BASELINE_YEAR + 1 + i),
    target: round(b + ((t - b) * (i + 1)) / PLAN_YEARS, places),
  }));
}

/** A region's pace: below 1 falls behind the straight path, above 1 runs ahead of it. */
function paceFactor(random: Random): number {
  return random.between(0.8, 1.3);
}

/** The two measures of a formula plus, now and then, the published figure beside them. */
function formulaFigures(
  random: Random,
  measures: [string, number][],
  computed: number,
  places: number,
): Figure[] {
  let official: number | null = null;
  if (random.chance(OFFICIAL_SHARE)) official = round(computed, places);
  else if (random.chance(INCONSISTENT_SHARE))
    official = round(computed * 1.2 + 10 ** -places, places);
  return measures.map(([measure, value], i) => ({
    measure,
    value,
    officialValue: i === 0 ? official : null,
  }));
}

type Draw = Omit<DrawnIndicator, 'id' | 'profile' | 'row'> & {
  cells: Record<string, string | number | null>;
};

function drawLevel(random: Random, name: string): Draw {
  const higher = random.chance(0.8);
  const b = round(random.between(10, 1000), 2);
  const t = round(b * (higher ? random.between(1.2, 1.6) : random.between(0.6, 0.85)), 2);
  const withMilestones = random.chance(MILESTONE_SHARE);
  return {
    cells: {
      name,
      unit: random.pick(['户', '件', '家', '项']),
      aggregation: '存量 level',
      direction: higher ? '越高越好' : '越低越好',
      baseline: b,
      target: t,
    },
    regionFigures: (r, slots) => {
      const p = paceFactor(r);
      return slots.map((s) =>
        only(round(b + (t - b) * (s.elapsed * p + r.between(-0.03, 0.03)), 2)),
      );
    },
    milestones: () => (withMilestones ? straightMilestones(b, t, 2) : null),
  };
}

function drawCumulative(random: Random, name: string, increments: boolean): Draw {
  const b = random.chance(0.3) ? null : Math.round(random.between(20, 500));
  const start = b ?? 0;
  const t = start + Math.round(random.between(50, 400));
  const withMilestones = b !== null && random.chance(MILESTONE_SHARE);
  return {
    cells: {
      name,
      unit: random.pick(['个', '项']),
      aggregation: '累加值 cumulative',
      direction: '越高越好',
      baseline: b,
      target: t,
    },
    regionFigures: (r, slots) => {
      const p = paceFactor(r);
      let previous = start;
      return slots.map((s) => {
        const total = Math.max(previous, Math.round(start + (t - start) * s.elapsed * p));
        const increment = total - previous;
        previous = total;
        // Nothing is reported for the baseline year itself: B stands for it.
        if (s.elapsed === 0) return [];
        return increments
          ? [{ measure: 'increment', value: increment, officialValue: null }]
          : only(total);
      });
    },
    milestones: () => (withMilestones ? straightMilestones(b, t, 0) : null),
  };
}

function drawThreshold(random: Random, name: string): Draw {
  const line = random.pick([98.5, 95, 97, 90]);
  const text = random.chance(0.5) ? `${line}%以上` : `不低于${line}%`;
  const warning = round(line + (100 - line) * 0.3, 1);
  return {
    cells: {
      name,
      unit: '%',
      aggregation: '阈值 threshold',
      direction: '越高越好',
      target: text,
      limit: random.chance(0.5) ? text : null,
      warning,
    },
    regionFigures: (r, slots) => {
      const centre = r.between(line - 0.2, line + (100 - line) * 0.9);
      return slots.map(() => only(round(Math.min(100, centre + r.between(-0.4, 0.4)), 1)));
    },
    milestones: () => null,
  };
}

function drawLimit(random: Random, name: string): Draw {
  const limit = random.pick([0.36, 0.25, 1.5, 3]);
  const text = random.chance(0.5) ? `低于${limit}` : `控制在${limit}以内`;
  const formula = random.chance(0.5);
  return {
    cells: {
      name,
      unit: formula ? '起/万台' : '‰',
      aggregation: '阈值 threshold',
      direction: '越低越好',
      target: text,
      limit: text,
      warning: round(limit * 0.85, 3),
      formula: formula ? 'accidents / units * 10000' : null,
    },
    regionFigures: (r, slots) => {
      const centre = r.between(0.4 * limit, 1.05 * limit);
      const units0 = Math.round(r.between(20_000, 300_000));
      return slots.map((s) => {
        const rate = centre * r.between(0.85, 1.15);
        if (!formula) return only(round(rate, 3));
        const units = Math.round(units0 * (1 + 0.03 * s.elapsed * PLAN_YEARS));
        const accidents = Math.round((rate * units) / 10_000);
        return formulaFigures(
          r,
          [
            ['accidents', accidents],
            ['units', units],
          ],
          (accidents / units) * 10_000,
          2,
        );
      });
    },
    milestones: () => null,
  };
}

function drawGrowth(random: Random, name: string): Draw {
  const b = round(random.between(50, 5000), 2);
  const rate = random.pick([5, 6, 8, 10, 12]);
  return {
    cells: {
      name,
      unit: '亿元',
      aggregation: '年均增长 growth',
      direction: '越高越好',
      baseline: b,
      target: rate,
    },
    regionFigures: (r, slots) => {
      const p = r.between(0.5, 1.3);
      return slots.map((s) =>
        only(
          round(b * (1 + (rate * p) / 100) ** (s.elapsed * PLAN_YEARS) * r.between(0.99, 1.01), 2),
        ),
      );
    },
    milestones: () => null,
  };
}

function drawAnnual(random: Random, name: string): Draw {
  const amount = random.pick([100, 200, 300, 500]);
  return {
    cells: {
      name,
      unit: '家',
      aggregation: '每年新增 annual',
      direction: '越高越好',
      target: amount,
    },
    regionFigures: (r, slots) => {
      const p = paceFactor(r);
      return slots.map((s) => only(Math.round((amount / s.perYear) * p * r.between(0.85, 1.15))));
    },
    milestones: () => null,
  };
}

function drawPerCapita(random: Random, name: string): Draw {
  const b = round(random.between(3, 6), 2);
  const t = round(b * random.between(1.1, 1.3), 2);
  return {
    cells: {
      name,
      unit: '批次/千人',
      aggregation: '存量 level',
      direction: '越高越好',
      baseline: b,
      target: t,
      formula: 'batches / population * 1000',
    },
    regionFigures: (r, slots) => {
      const p = paceFactor(r);
      const population0 = Math.round(r.between(300_000, 10_000_000));
      return slots.map((s) => {
        const population = Math.round(population0 * (1 + 0.005 * s.elapsed * PLAN_YEARS));
        // Batches over the last twelve months, so monthly and yearly rows read alike.
        const batches = Math.round(((b + (t - b) * s.elapsed * p) * population) / 1000);
        return formulaFigures(
          r,
          [
            ['batches', batches],
            ['population', population],
          ],
          (batches / population) * 1000,
          2,
        );
      });
    },
    milestones: () => null,
  };
}

function drawProfile(random: Random, profile: Profile, serial: string): Draw {
  const stem = (stems: readonly [string, ...string[]]): string =>
    `${random.pick(stems)}(样本${serial})`;
  switch (profile) {
    case 'level':
      return drawLevel(random, stem(NAME_STEMS.level));
    case 'cumulative':
      return drawCumulative(random, stem(NAME_STEMS.cumulative), false);
    case 'increments':
      return drawCumulative(random, stem(NAME_STEMS.cumulative), true);
    case 'threshold':
      return drawThreshold(random, stem(NAME_STEMS.threshold));
    case 'limit':
      return drawLimit(random, stem(NAME_STEMS.limit));
    case 'growth':
      return drawGrowth(random, stem(NAME_STEMS.growth));
    case 'annual':
      return drawAnnual(random, stem(NAME_STEMS.annual));
    case 'perCapita':
      return drawPerCapita(random, stem(NAME_STEMS.perCapita));
  }
}

/** Draws the `index`-th indicator (0-based) of a generated plan. */
export function drawIndicator(
  random: Random,
  index: number,
  frequency: PlanFrequency,
): DrawnIndicator {
  const serial = String(index + 1).padStart(4, '0');
  const id = `BM${serial}`;
  const profile = random.weighted(PROFILE_WEIGHTS);
  const { cells, regionFigures, milestones } = drawProfile(random, profile, serial);
  const row = templateRow(INDICATORS, {
    id,
    category: random.pick(CATEGORIES),
    kind: random.chance(0.3) ? '约束性' : '预期性',
    baselineYear: BASELINE_YEAR,
    targetYear: TARGET_YEAR,
    frequency: frequency === 'annual' ? '年' : '月',
    owner: random.pick(OWNERS),
    notes: '基准测试生成的示例指标 Generated for the benchmark',
    ...cells,
  });
  return { id, profile, row, regionFigures, milestones };
}
