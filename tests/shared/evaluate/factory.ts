/** Small builders for engine tests: a plausible default, overridden per case. */
import type { Actual } from '../../../shared/model/actual.ts';
import type { Indicator } from '../../../shared/model/indicator.ts';
import type { Comparator, Line } from '../../../shared/model/line.ts';
import type { Milestone } from '../../../shared/model/milestone.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model/settings.ts';

/** A binding, annual, level indicator: 2020 baseline 9.9 → 2025 target 15 (每万人高价值发明专利拥有量). */
export function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    id: 'K1',
    category: '科技支撑',
    name: '每万人高价值发明专利拥有量',
    unit: '件',
    kind: 'binding',
    aggregation: 'level',
    direction: 'higher',
    baselineYear: 2020,
    baseline: 9.9,
    targetYear: 2025,
    target: 15,
    targetLine: null,
    limit: null,
    warning: null,
    recovery: null,
    formula: null,
    frequency: 'annual',
    dueDays: null,
    owner: '知识产权科',
    notes: '',
    row: 2,
    ...over,
  };
}

/** A line as the target-text parser would give it. */
export function line(comparator: Comparator, value: number, text = '', upper?: number): Line {
  return upper === undefined
    ? { comparator, value, unit: '', text }
    : { comparator, value, upper, unit: '', text };
}

let nextRow = 2;

/** One Actuals row; region '' (the plan region) and measure `value` unless told. */
export function actual(period: string, value: number | null, over: Partial<Actual> = {}): Actual {
  nextRow += 1;
  return {
    id: 'K1',
    region: '',
    period,
    measure: 'value',
    value,
    officialValue: null,
    source: '',
    enteredBy: '',
    enteredAt: '',
    row: nextRow,
    ...over,
  };
}

export function milestone(
  period: string,
  target: number,
  over: Partial<Milestone> = {},
): Milestone {
  return { id: 'K1', region: '', period, target, row: 2, ...over };
}

/** Settings with the plan region 湖州市. */
export function settings(over: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, planName: '湖州市场监管十四五', planRegion: '湖州市', ...over };
}
