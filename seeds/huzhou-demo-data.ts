/**
 * Illustrative actuals (2021–2024) and milestones for the Huzhou demo workbook. None of
 * these figures is official: they are chosen so that a check as of DEMO_AS_OF shows every
 * status (see huzhou-demo-expectations.ts for the arithmetic). Figures quoted from the
 * seed documents are added by the template with their real source.
 */

/** The years the demo has actuals for. */
export const DEMO_YEARS = [2021, 2022, 2023, 2024] as const;

/** The plan's own region: Settings `plan.region`, and the region of city-level rows. */
export const DEMO_PLAN_REGION = '湖州市';

/** The sub-regions (区县) that report HZL01 and HZL02 beside the city. */
export const DEMO_SUB_REGIONS = ['吴兴区', '南浔区', '德清县', '长兴县', '安吉县'] as const;

/** One indicator × region × measure, a value per DEMO_YEARS entry (null: not reported). */
export interface DemoSeries {
  id: string;
  region: string;
  measure: string;
  values: readonly (number | null)[];
  /** Published figures typed beside the measures, by year. */
  official?: Readonly<Record<number, number>>;
}

function series(
  id: string,
  values: readonly (number | null)[],
  more: Partial<Omit<DemoSeries, 'id' | 'values'>> = {},
): DemoSeries {
  return {
    id,
    region: more.region ?? DEMO_PLAN_REGION,
    measure: more.measure ?? 'value',
    values,
    ...more,
  };
}

/** Special-equipment accidents and units per region and year (sums of 区县 = city). */
const ACCIDENTS: Record<string, { accidents: number[]; units: number[] }> = {
  [DEMO_PLAN_REGION]: { accidents: [8, 7, 9, 11], units: [240_000, 255_000, 268_000, 280_000] },
  吴兴区: { accidents: [2, 2, 3, 4], units: [60_000, 63_000, 66_000, 70_000] },
  南浔区: { accidents: [1, 1, 1, 1], units: [40_000, 42_000, 44_000, 45_000] },
  德清县: { accidents: [1, 1, 2, 2], units: [47_000, 50_000, 52_000, 55_000] },
  长兴县: { accidents: [2, 2, 2, 3], units: [50_000, 53_000, 57_000, 60_000] },
  安吉县: { accidents: [2, 1, 1, 1], units: [43_000, 47_000, 49_000, 50_000] },
};

/** 食品评价性抽检合格率 (%) per region and year. */
const FOOD_PASS_RATE: Record<string, number[]> = {
  [DEMO_PLAN_REGION]: [99.2, 99.3, 99.2, 98.7],
  吴兴区: [99.3, 99.2, 99.2, 99.1],
  南浔区: [99.0, 98.9, 98.7, 98.3],
  德清县: [99.1, 99.0, 98.9, 98.8],
  长兴县: [99.4, 99.5, 99.3, 99.4],
  安吉县: [99.6, 99.4, 99.5, 99.5],
};

const accidentSeries = Object.entries(ACCIDENTS).flatMap(([region, v]) => [
  series('HZL01', v.accidents, { region, measure: 'accidents' }),
  series('HZL01', v.units, { region, measure: 'units' }),
]);

const foodPassSeries = Object.entries(FOOD_PASS_RATE).map(([region, v]) =>
  series('HZL02', v, { region }),
);

/** Every illustrative series of the demo. */
export const DEMO_SERIES: readonly DemoSeries[] = [
  series('HZ01', [47.5, 50.2, 52.8, 55.3]),
  series('HZ02', [30, 42, 53, 60]),
  series('HZ03', [80.5, 81.8, 83.0, 84.2]),
  series('HZ04', [10.2, 11.1, 11.6, 11.8]),
  series('HZ05', [11.2, 12.4, 13.5, 14.6]),
  series('HZ06', [116, 130, 144, 156]),
  series('HZ07', [26, 33, 41, 47]),
  series('HZ08', [0, 0, 1, 1]),
  series('HZ09', [3, 4, 4, 5]),
  series('HZ10', [90, 135, 180, 220]),
  series('HZ11', [16, 23, 30, 36]),
  series('HZ12', [112, 125, 138, 150]),
  // 2024 not reported: 缺报 once 2025-01-30 has passed.
  series('HZ13', [60, 62, 64, null]),
  series('HZ14', [97, 115, 133, 140]),
  series('HZ15', [92.0, 94.6, 97.3, 98.9]),
  // 2024 not in yet: due 62 working days after year end (2025-04-03), reminded before then.
  series('HZ16', [0, 1, 1, null]),
  // batches / population * 1000 = 4.20, 4.30, 4.42, 4.36; the published 2024 figure is 4.44.
  series('HZ17', [14_112, 14_534, 15_028, 14_933], {
    measure: 'batches',
    official: { 2024: 4.44 },
  }),
  series('HZ17', [3_360_000, 3_380_000, 3_400_000, 3_425_000], { measure: 'population' }),
  series('HZ18', [60, 72, 85, 93]),
  series('HZ19', [247, 259, 271, 283]),
  // No baseline: yearly increments that add onto 0.
  series('HZ20', [14, 13, 14, 13], { measure: 'increment' }),
  series('HZ21', [1, 2, 2, 2]),
  series('HZ22', [1, 1, 2, 2]),
  series('HZ23', [7, 14, 21, 28]),
  ...accidentSeries,
  ...foodPassSeries,
  series('HZL03', [90.8, 91.5, 92.1, 92.6]),
  series('HZL04', [89.5, 90.3, 91.0, 91.6]),
  series('HZL05', [95.6, 96.0, 96.3, 96.8]),
  series('HZL06', [150, 182, 210, 240]),
  series('HZL07', [12, 24, 35, 44]),
  series('HZL08', [104, 110, 101, 96]),
  series('HZL09', [4300, 4650, 4980, 5210]),
  series('HZL10', [23.5, 26.0, 28.4, 30.6]),
  series('HZL11', [100, 100, 100, 100]),
  // Coverage lines (threshold): reached in 2023 and held since.
  series('HZL12', [96.5, 97.3, 98.1, 98.4]),
  series('HZL13', [87.5, 89.0, 90.2, 91.0]),
  series('HZL14', [180, 230, 275, 312]),
  series('HZL15', [3, 5, 7, 9]),
  series('HZL16', [8, 12, 15, 18]),
  series('HZL17', [20, 27, 33, 38]),
  series('HZL18', [8, 12, 16, 17]),
  series('HZL19', [100, 100, 100, 100]),
  series('HZL20', [100, 100, 100, 100]),
];

/** Yearly milestones (阶段目标) for two binding indicators, at the plan's level. */
export const DEMO_MILESTONES: readonly {
  id: string;
  region: string;
  period: string;
  target: number;
}[] = [
  ...[25, 37, 48, 58, 65].map((target, i) => ({
    id: 'HZ02',
    region: DEMO_PLAN_REGION,
    period: String(2021 + i),
    target,
  })),
  ...[80, 115, 150, 185, 220].map((target, i) => ({
    id: 'HZ10',
    region: DEMO_PLAN_REGION,
    period: String(2021 + i),
    target,
  })),
];
