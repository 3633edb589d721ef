import type { Grid } from '../contract/grid.ts';
import { normalizeHeader } from '../contract/header-match.ts';
import { SETTINGS } from '../contract/tables.ts';
import { t } from '../i18n/messages.ts';
import type { Frequency } from '../model/indicator.ts';
import type { Problem } from '../model/problem.ts';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings.ts';
import { parseDigestMode, parseDueCalendar, parseLanguage } from '../parse/enum-values.ts';
import type { RowReader } from './row-reader.ts';
import { readTable } from './table-reader.ts';
import { isKnownTimeZone } from '../parse/zone-date.ts';

/** One Settings key: its canonical name, the Chinese name `init` writes, and how it applies. */
export interface SettingKey {
  key: string;
  zh: string;
  /** Other names planners use for it. */
  aliases: readonly string[];
  /** Reads the row's value into the settings; reports through the reader when it cannot. */
  apply: (r: RowReader, s: Settings) => void;
}

/** Sets a number read by `read` when it is present (a bad value is reported, the default kept). */
function numberInto(
  read: (r: RowReader) => number | null,
  put: (s: Settings, n: number) => void,
): SettingKey['apply'] {
  return (r: RowReader, s: Settings): void => {
    const n = read(r);
    if (n !== null) put(s, n);
  };
}

function textInto(put: (s: Settings, v: string) => void): SettingKey['apply'] {
  return (r: RowReader, s: Settings): void => {
    const v = r.text('value');
    if (v !== '') put(s, v);
  };
}

/** `dueDays.annual` (年度报送期限): `30`, `10个工作日`; the header before working days came in still reads. */
function dueDaysKey(frequency: Frequency, zh: string): SettingKey {
  return {
    key: `dueDays.${frequency}`,
    zh: `${zh}报送期限`,
    aliases: [`${zh}报送期限(天)`],
    apply: (r, s) => {
      const due = r.dueDays('value');
      if (due !== null) s.dueDays[frequency] = due;
    },
  };
}

/** Every key the Settings table understands (docs/architecture.md §3.2; each number of §4). */
export const SETTING_KEYS: readonly SettingKey[] = [
  {
    key: 'plan.name',
    zh: '计划名称',
    aliases: ['规划名称'],
    apply: textInto((s, v) => (s.planName = v)),
  },
  {
    key: 'plan.region',
    zh: '本级地区',
    aliases: ['计划地区', '地区'],
    apply: textInto((s, v) => (s.planRegion = v)),
  },
  {
    key: 'plan.language',
    zh: '预警语言',
    aliases: ['语言', 'language'],
    apply: (r, s) => {
      const language = r.choice('value', parseLanguage);
      if (language !== undefined) s.language = language;
    },
  },
  {
    key: 'plan.timezone',
    zh: '时区',
    aliases: ['timezone'],
    apply: (r, s) => {
      const zone = r.text('value');
      if (zone === '') return;
      if (isKnownTimeZone(zone)) s.timezone = zone;
      else r.fail('value', 'row.setting_timezone', t('row.setting_timezone', { value: zone }));
    },
  },
  {
    key: 'pace.behindMaxPp',
    zh: '滞后上限(百分点)',
    aliases: ['滞后上限', '滞后阈值'],
    apply: numberInto(
      (r) => positive(r),
      (s, n) => (s.behindMaxPp = n),
    ),
  },
  dueDaysKey('annual', '年度'),
  dueDaysKey('quarterly', '季度'),
  dueDaysKey('monthly', '月度'),
  {
    key: 'due.calendar',
    zh: '报送期限计算方式',
    aliases: ['期限计算方式', '工作日计算'],
    apply: (r, s) => {
      const calendar = r.choice('value', parseDueCalendar);
      if (calendar !== undefined) s.dueCalendar = calendar;
    },
  },
  {
    key: 'remind.beforeDays',
    zh: '到期前催报(工作日)',
    aliases: ['提前催报天数', '催报提前天数'],
    apply: numberInto(
      (r) => r.integer('value', 0),
      (s, n) => (s.remindBeforeDays = n),
    ),
  },
  {
    key: 'remind.repeatDays',
    zh: '逾期重复催报间隔(工作日)',
    aliases: ['催报间隔', '重复催报间隔'],
    apply: numberInto(
      (r) => r.integer('value', 1),
      (s, n) => (s.remindRepeatDays = n),
    ),
  },
  {
    key: 'alerts.consecutivePeriods',
    zh: '连续触发期数',
    aliases: ['连续期数'],
    apply: numberInto(
      (r) => r.integer('value', 1),
      (s, n) => (s.consecutivePeriods = n),
    ),
  },
  {
    key: 'alerts.retentionDays',
    zh: '已恢复预警保留天数',
    aliases: ['保留天数'],
    apply: numberInto(
      (r) => r.integer('value', 0),
      (s, n) => (s.retentionDays = n),
    ),
  },
  {
    key: 'digest.mode',
    zh: '摘要发送方式',
    aliases: ['发送方式', '摘要模式'],
    apply: (r, s) => {
      const mode = r.choice('value', parseDigestMode);
      if (mode !== undefined) s.digestMode = mode;
    },
  },
  {
    key: 'check.minIndicatorShare',
    zh: '最少指标比例',
    aliases: ['指标减少阈值'],
    apply: numberInto(
      (r) => share(r),
      (s, n) => (s.minIndicatorShare = n),
    ),
  },
  {
    // The schedule lives in the worker's configuration (one for all plans); a row left
    // from older templates is read only to say so.
    key: 'schedule.cron',
    zh: '检查时间',
    aliases: ['检查计划', 'schedule'],
    apply: (r) => {
      r.warn('key', 'row.setting_schedule_ignored', t('row.setting_schedule_ignored'));
    },
  },
  {
    key: 'contract.version',
    zh: '契约版本',
    aliases: ['模板版本'],
    apply: textInto((s, v) => (s.contractVersion = v)),
  },
];

function positive(r: RowReader): number | null {
  const n = r.number('value');
  if (n === null || n > 0) return n;
  r.fail('value', 'row.setting_positive', t('row.setting_positive', { value: r.shown('value') }));
  return null;
}

/** A share between 0 and 1 (`0.5`). */
function share(r: RowReader): number | null {
  const n = r.number('value');
  if (n === null || (n >= 0 && n <= 1)) return n;
  r.fail('value', 'row.setting_share', t('row.setting_share', { value: r.shown('value') }));
  return null;
}

const BY_NAME = new Map<string, SettingKey>();
for (const k of SETTING_KEYS)
  for (const name of [k.key, k.zh, ...k.aliases]) BY_NAME.set(normalizeHeader(name), k);

/** The canonical key (`plan.name`) of a key as typed in the Settings table; undefined when unknown. */
export function settingKeyOf(typed: string): string | undefined {
  return findKey(typed)?.key;
}

/** A key as typed: canonical, Chinese, or both (`计划名称 plan.name`). */
function findKey(typed: string): SettingKey | undefined {
  const whole = BY_NAME.get(normalizeHeader(typed));
  if (whole) return whole;
  const found = typed.split(/\s+/).map((w) => BY_NAME.get(normalizeHeader(w)));
  return found[0] && found.every((k) => k === found[0]) ? found[0] : undefined;
}

/**
 * Reads the Settings table (key/value) over the defaults. An unknown key is a warning; a
 * bad value is an error and the default stays; a key given twice is an error on the
 * later row (the first value counts).
 */
export function readSettings(grid: Grid): { settings: Settings; problems: Problem[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, dueDays: { ...DEFAULT_SETTINGS.dueDays } };
  const firstRowOf = new Map<string, number>();
  const { problems } = readTable(grid, SETTINGS, (r) => {
    const typed = r.required('key');
    if (typed === '') return null;
    const key = findKey(typed);
    if (!key) {
      const known = SETTING_KEYS.map((k) => k.key).join(', ');
      r.warn('key', 'row.setting_unknown', t('row.setting_unknown', { value: typed, known }));
      return null;
    }
    const first = firstRowOf.get(key.key);
    if (first !== undefined) {
      r.fail('key', 'row.setting_duplicate', t('row.setting_duplicate', { value: typed, first }));
      return null;
    }
    firstRowOf.set(key.key, r.rowNumber);
    key.apply(r, settings);
    return null;
  });
  return { settings, problems };
}
