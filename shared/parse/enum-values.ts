import type { DueCalendar } from '../calendar/due-days-text.ts';
import type { ReaderLanguage } from '../model/digest.ts';
import type { RecipientPurpose } from '../model/recipient.ts';
import { MESSAGES, t, type Bilingual, type MessageKey } from '../i18n/messages.ts';
import type { AlertState } from '../model/alert.ts';
import type { Aggregation, Direction, Frequency, Kind } from '../model/indicator.ts';
import {
  RULES,
  SEVERITIES,
  STATUSES,
  type Rule,
  type Severity,
  type Status,
} from '../model/status.ts';
import { normalizeText } from './text-normalize.ts';

/**
 * A choice read from a cell. `empty` lets the caller apply its default; `invalid` carries
 * a message that names the value and lists what is allowed.
 */
export type EnumResult<T> =
  { ok: true; value: T } | { ok: false; reason: 'empty' | 'invalid'; message: Bilingual };

/** What a cell may hold (the shells hand plain values). */
type Input = string | number | boolean | null;

/**
 * A parser over a table of accepted spellings (compared lower-cased, without spaces).
 * A bilingual label such as `约束性 binding` or `越线 breached` is accepted when every
 * word of it names the same value.
 */
function enumParser<T>(
  table: ReadonlyMap<string, T>,
  invalidKey: MessageKey,
): (input: Input) => EnumResult<T> {
  return (input) => {
    const typed = input === null ? '' : String(input).trim();
    const s = normalizeText(typed).toLowerCase();
    if (s === '') return { ok: false, reason: 'empty', message: t('parse.value.empty') };
    const whole = table.get(s.replace(/\s+/g, ''));
    if (whole !== undefined) return { ok: true, value: whole };
    const values = s
      .split(/[\s/|]+/)
      .filter((w) => w !== '')
      .map((w) => table.get(w));
    const first = values[0];
    if (first !== undefined && values.every((v) => v === first)) return { ok: true, value: first };
    return { ok: false, reason: 'invalid', message: t(invalidKey, { value: typed }) };
  };
}

/** Builds a lookup table from `value: [spellings…]` (spellings stored lower-cased). */
function spellings<T extends string | boolean | null>(
  entries: ReadonlyArray<[T, string[]]>,
): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of entries)
    for (const w of words) map.set(w.toLowerCase().replace(/\s+/g, ''), value);
  return map;
}

/** The labels of a message key: `越线`, `breached` and `越线 breached` (as sheets show it). */
function labelsOf(key: MessageKey): string[] {
  const m: Bilingual = MESSAGES[key];
  return [m.zh, m.en, `${m.zh}${m.en}`];
}

/** 约束性 (binding) / 预期性 (expected). */
export const parseKind = enumParser<Kind>(
  spellings([
    ['binding', ['binding', '约束性', '约束', '约束性指标']],
    ['expected', ['expected', '预期性', '预期', '预期性指标']],
  ]),
  'parse.kind.invalid',
);

/** 越高越好 / 越低越好 / 区间. */
export const parseDirection = enumParser<Direction>(
  spellings([
    ['higher', ['higher', '越高越好', '越大越好', '正向', '↑', 'up', 'high']],
    ['lower', ['lower', '越低越好', '越小越好', '逆向', '反向', '↓', 'down', 'low']],
    ['band', ['band', '区间', 'range', '↕']],
  ]),
  'parse.direction.invalid',
);

/**
 * How figures add up. The Huzhou tables mark cumulative (累加值) with `*`, so `*`, `是`
 * and `Y` read as cumulative; `否`/`N` read as null: "not cumulative, use the default".
 */
export const parseAggregation = enumParser<Aggregation | null>(
  spellings<Aggregation | null>([
    ['level', ['level', '存量', '水平', '总量', '期末值']],
    ['cumulative', ['cumulative', '累计', '累加', '累加值', '累计值', '*', '是', 'y', 'yes']],
    ['annual', ['annual', '每年', '年度', '每年新增', '年度目标']],
    ['threshold', ['threshold', '阈值', '底线', '控制线']],
    ['growth', ['growth', '增长', '增速', '年均增长', '增长率']],
    [null, ['否', 'n', 'no']],
  ]),
  'parse.aggregation.invalid',
);

/** 年 / 季 / 月. */
export const parseFrequency = enumParser<Frequency>(
  spellings([
    ['annual', ['annual', 'yearly', 'year', '年', '年度', '每年', '按年']],
    ['quarterly', ['quarterly', 'quarter', '季', '季度', '每季', '每季度', '按季']],
    ['monthly', ['monthly', 'month', '月', '月度', '每月', '按月']],
  ]),
  'parse.frequency.invalid',
);

const YES_NO = spellings([
  [true, ['是', 'y', 'yes', 'true', '*', '1', '√', '✓', '✔']],
  [false, ['否', 'n', 'no', 'false', '0', '×', '✗', '✘']],
]);
const yesNoText = enumParser<boolean>(YES_NO, 'parse.yesno.invalid');

/** 是/否/Y/N/*; a boolean cell reads as itself. */
export function parseYesNo(input: Input): EnumResult<boolean> {
  return typeof input === 'boolean' ? { ok: true, value: input } : yesNoText(input);
}

/** Traffic-light and everyday words for severities, besides their labels. */
const SEVERITY_WORDS: Readonly<Record<Severity, string[]>> = {
  critical: ['严重', '红', 'red'],
  warning: ['警告', '黄', 'yellow'],
  info: ['提示', '蓝', 'blue'],
};

/** critical (严重/红) / warning (警告/黄) / info (提示/蓝). */
export const parseSeverity = enumParser<Severity>(
  spellings(
    SEVERITIES.map((s): [Severity, string[]] => [
      s,
      [s, ...labelsOf(`severity.${s}`), ...SEVERITY_WORDS[s]],
    ]),
  ),
  'parse.severity.invalid',
);

/** zh-CN (中文) / en (English) / zh-CN+en (中英文, Chinese first). */
export const parseLanguage = enumParser<ReaderLanguage>(
  spellings([
    ['zh-CN', ['zh-CN', 'zh', 'zh-hans', 'cn', '中文', '简体中文', '汉语', 'chinese']],
    ['en', ['en', 'en-US', 'en-GB', 'english', '英文', '英语']],
    ['zh-CN+en', ['zh-CN+en', 'zh+en', 'zh-CN+en-US', '中英文', '中英', '双语', 'bilingual']],
  ]),
  'parse.language.invalid',
);

/** Digest sending: every run, or only when something changed. */
export const parseDigestMode = enumParser<'always' | 'on-change'>(
  spellings([
    ['always', ['always', '总是', '每次', '始终']],
    ['on-change', ['on-change', 'onchange', '有变化时', '仅变化时', '变化时']],
  ]),
  'parse.digestMode.invalid',
);

/** How a bare due period is counted (`due.calendar`): calendar days or working days. */
export const parseDueCalendar = enumParser<DueCalendar>(
  spellings([
    ['natural', ['natural', '自然日', '日历日', 'calendar', 'calendardays', '自然日natural']],
    ['workdays', ['workdays', 'workday', 'workingdays', '工作日', '工作日workdays']],
  ]),
  'parse.dueCalendar.invalid',
);

/** What a recipient is sent: 汇总 digests, 催报 reminders, or both. */
export const parsePurpose = enumParser<RecipientPurpose>(
  spellings([
    ['digest', ['digest', '汇总', '摘要', '预警汇总', '汇总digest']],
    ['reminder', ['reminder', 'remind', '催报', '催报reminder']],
    [
      'digest+reminder',
      [
        'digest+reminder',
        'reminder+digest',
        'both',
        '汇总+催报',
        '催报+汇总',
        '汇总和催报',
        '汇总+催报digest+reminder',
      ],
    ],
  ]),
  'parse.purpose.invalid',
);

/** An alert's state as the worker writes it (`firing` or its label `预警中 firing`). */
export const parseAlertState = enumParser<AlertState>(
  spellings(
    (['firing', 'resolved', 'acknowledged', 'silenced'] as const).map(
      (s): [AlertState, string[]] => [s, [s, ...labelsOf(`state.${s}`)]],
    ),
  ),
  'parse.alertState.invalid',
);

/** A status as the worker writes it (`breached` or its label `越线 breached`). */
export const parseStatus = enumParser<Status>(
  spellings(STATUSES.map((s): [Status, string[]] => [s, [s, ...labelsOf(`status.${s}`)]])),
  'parse.status.invalid',
);

/** A rule as the worker writes it (`line` or its label `底线 line`). */
export const parseRule = enumParser<Rule>(
  spellings(RULES.map((r): [Rule, string[]] => [r, [r, ...labelsOf(`rule.${r}`)]])),
  'parse.rule.invalid',
);
