import { describe, expect, it } from 'vitest';
import {
  parseAggregation,
  parseAlertState,
  parseDigestMode,
  parseDirection,
  parseFrequency,
  parseKind,
  parseLanguage,
  parseRule,
  parseSeverity,
  parseStatus,
  parseYesNo,
  type EnumResult,
} from '../../../shared/parse/enum-values.ts';

type Parser = (v: string | number | boolean | null) => EnumResult<unknown>;

/** Each parser, the spellings it must accept, and words from its "allowed" list. */
const CASES: Array<
  [
    name: string,
    parse: Parser,
    accepted: Array<[string | number | boolean, unknown]>,
    allowed: string[],
  ]
> = [
  [
    'kind',
    parseKind,
    [
      ['约束性', 'binding'],
      ['约束', 'binding'],
      ['binding', 'binding'],
      ['BINDING', 'binding'],
      [' 预期性 ', 'expected'],
      ['预期', 'expected'],
      ['Expected', 'expected'],
      ['约束性 binding', 'binding'],
      ['预期性/expected', 'expected'],
    ],
    ['约束性', '预期性'],
  ],
  [
    'direction',
    parseDirection,
    [
      ['越高越好', 'higher'],
      ['越低越好', 'lower'],
      ['区间', 'band'],
      ['higher', 'higher'],
      ['Lower', 'lower'],
      ['band', 'band'],
      ['正向', 'higher'],
      ['逆向', 'lower'],
      ['↑', 'higher'],
      ['↓', 'lower'],
    ],
    ['越高越好', '越低越好', '区间'],
  ],
  [
    'aggregation',
    parseAggregation,
    [
      ['level', 'level'],
      ['存量', 'level'],
      ['水平', 'level'],
      ['cumulative', 'cumulative'],
      ['累计', 'cumulative'],
      ['累加', 'cumulative'],
      ['*', 'cumulative'],
      ['＊', 'cumulative'],
      ['是', 'cumulative'],
      ['Y', 'cumulative'],
      ['annual', 'annual'],
      ['每年', 'annual'],
      ['年度', 'annual'],
      ['threshold', 'threshold'],
      ['阈值', 'threshold'],
      ['底线', 'threshold'],
      ['growth', 'growth'],
      ['增长', 'growth'],
      ['增速', 'growth'],
      ['否', null],
      ['N', null],
    ],
    ['存量', '累计', '阈值'],
  ],
  [
    'frequency',
    parseFrequency,
    [
      ['年', 'annual'],
      ['季', 'quarterly'],
      ['月', 'monthly'],
      ['annual', 'annual'],
      ['Quarterly', 'quarterly'],
      ['monthly', 'monthly'],
      ['季度', 'quarterly'],
    ],
    ['年', '季', '月'],
  ],
  [
    'yes/no',
    parseYesNo,
    [
      ['是', true],
      ['否', false],
      ['Y', true],
      ['n', false],
      ['*', true],
      [true, true],
      [false, false],
      [1, true],
      [0, false],
    ],
    ['是', '否', '*'],
  ],
  [
    'severity',
    parseSeverity,
    [
      ['critical', 'critical'],
      ['严重', 'critical'],
      ['红', 'critical'],
      ['warning', 'warning'],
      ['警告', 'warning'],
      ['黄', 'warning'],
      ['info', 'info'],
      ['提示', 'info'],
      ['蓝', 'info'],
      ['红 critical', 'critical'],
    ],
    ['红', '黄', '提示'],
  ],
  [
    'language',
    parseLanguage,
    [
      ['zh-CN', 'zh-CN'],
      ['zh', 'zh-CN'],
      ['中文', 'zh-CN'],
      ['en', 'en'],
      ['English', 'en'],
      ['ＥＮ', 'en'],
    ],
    ['zh-CN', 'en'],
  ],
  [
    'digest mode',
    parseDigestMode,
    [
      ['always', 'always'],
      ['on-change', 'on-change'],
      ['有变化时', 'on-change'],
    ],
    ['always', 'on-change'],
  ],
  [
    'alert state',
    parseAlertState,
    [
      ['firing', 'firing'],
      ['预警中', 'firing'],
      ['预警中 firing', 'firing'],
      ['已静默 silenced', 'silenced'],
    ],
    ['预警中', '已恢复'],
  ],
  [
    'status',
    parseStatus,
    [
      ['breached', 'breached'],
      ['越线 breached', 'breached'],
      ['符合序时进度 on track', 'on_track'],
      ['on_track', 'on_track'],
      ['预计难以完成', 'forecast_miss'],
    ],
    ['越线', '滞后'],
  ],
  [
    'rule',
    parseRule,
    [
      ['line', 'line'],
      ['底线 line', 'line'],
      ['缺报 missing data', 'missing'],
    ],
    ['序时进度', '底线'],
  ],
];

describe.each(CASES)('the %s parser', (_name, parse, accepted, allowed) => {
  it.each(accepted)('reads %j as %j', (input, value) => {
    expect(parse(input)).toEqual({ ok: true, value });
  });

  it('reports an empty cell as empty so the caller can apply its default', () => {
    expect(parse(null)).toMatchObject({ ok: false, reason: 'empty' });
    expect(parse('  ')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('rejects an unknown value with a message naming it and listing the allowed values', () => {
    const r = parse('随便');
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    if (r.ok) return;
    expect(r.message.zh).toContain('“随便”');
    expect(r.message.en).toContain('"随便"');
    for (const word of allowed) expect(r.message.zh).toContain(word);
  });
});

describe('bilingual labels', () => {
  it('rejects a label whose two words name different values', () => {
    expect(parseKind('约束性 expected')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('rejects a boolean in a choice that is not yes/no', () => {
    expect(parseKind(true)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
