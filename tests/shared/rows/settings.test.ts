import { describe, expect, it } from 'vitest';
import { bilingualHeader, SETTINGS } from '../../../shared/contract/tables.ts';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings.ts';
import { readSettings, SETTING_KEYS } from '../../../shared/rows/settings.ts';
import { grid, where, type TestCell } from './grid-fixture.ts';

const SHEET = '设置 Settings';
const HEADER = SETTINGS.columns.map(bilingualHeader);

function read(rows: TestCell[][]) {
  return readSettings(grid(SHEET, 'Settings', HEADER, rows));
}

describe('readSettings', () => {
  it('returns the defaults for an empty table', () => {
    expect(read([])).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('reads every key by its canonical name', () => {
    const { settings, problems } = read([
      ['plan.name', '湖州市场监管十四五', null],
      ['plan.region', '湖州市', null],
      ['plan.timezone', 'Asia/Urumqi', null],
      ['plan.language', 'zh-CN+en', null],
      ['pace.behindMaxPp', 5, null],
      ['dueDays.annual', 45, null],
      ['dueDays.quarterly', 20, null],
      ['dueDays.monthly', '5个工作日', null],
      ['due.calendar', 'workdays', null],
      ['remind.beforeDays', 5, null],
      ['remind.repeatDays', 2, null],
      ['alerts.consecutivePeriods', 2, null],
      ['alerts.retentionDays', 30, null],
      ['digest.mode', 'on-change', null],
      ['check.minIndicatorShare', 0.25, null],
      ['contract.version', 1, null],
    ]);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      planName: '湖州市场监管十四五',
      planRegion: '湖州市',
      timezone: 'Asia/Urumqi',
      language: 'zh-CN+en',
      behindMaxPp: 5,
      dueDays: {
        annual: { days: 45, calendar: null },
        quarterly: { days: 20, calendar: null },
        monthly: { days: 5, calendar: 'workdays' },
      },
      dueCalendar: 'workdays',
      remindBeforeDays: 5,
      remindRepeatDays: 2,
      consecutivePeriods: 2,
      retentionDays: 30,
      digestMode: 'on-change',
      minIndicatorShare: 0.25,
      contractVersion: '1',
    });
  });

  it.each([
    ['计划名称', 'planName'],
    ['计划名称 plan.name', 'planName'],
    ['PLAN.NAME', 'planName'],
    ['本级地区', 'planRegion'],
  ])('reads the key %j', (key, field) => {
    const { settings, problems } = read([[key, '值', null]]);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ [field]: '值' });
  });

  it('reads each key by its Chinese name as well', () => {
    for (const k of SETTING_KEYS) {
      const canonical = read([[k.key, 3, null]]);
      const chinese = read([[k.zh, 3, null]]);
      expect(chinese.settings).toEqual(canonical.settings);
      expect(chinese.problems.map((p) => p.code)).toEqual(canonical.problems.map((p) => p.code));
    }
  });

  it('ignores a schedule left in the workbook, saying the schedule lives in the worker config', () => {
    const { settings, problems } = read([['schedule.cron', '30 1 * * 1-5', null]]);
    expect(settings).toEqual(read([]).settings);
    expect(problems.map((p) => [p.level, p.code])).toEqual([
      ['warning', 'row.setting_schedule_ignored'],
    ]);
    expect(problems[0]?.message.zh).toContain('后台服务的配置文件');
  });

  it('refuses a minimum indicator share outside 0 to 1', () => {
    const { settings, problems } = read([['check.minIndicatorShare', 2, null]]);
    expect(settings.minIndicatorShare).toBe(0.5);
    expect(problems.map((p) => p.code)).toEqual(['row.setting_share']);
  });

  it('does not change the shared defaults', () => {
    read([['dueDays.annual', 60, null]]);
    expect(DEFAULT_SETTINGS.dueDays.annual).toEqual({ days: 30, calendar: null });
  });

  it('warns about an unknown key and keeps reading', () => {
    const { settings, problems } = read([
      ['plan.colour', 'red', null],
      ['plan.name', '计划', null],
    ]);
    expect(settings.planName).toBe('计划');
    expect(problems.map(where)).toEqual([
      { sheet: SHEET, row: 2, column: '设置项 Key (A)', value: 'plan.colour', level: 'warning' },
    ]);
    expect(problems[0]?.message.en).toContain('plan.name');
  });

  it.each([
    ['a time zone that does not exist', 'plan.timezone', 'Mars/Olympus', 'Mars/Olympus'],
    ['text where a number is needed', 'pace.behindMaxPp', '十', '十'],
    ['a gap of zero', 'pace.behindMaxPp', 0, '0'],
    ['fractional days', 'dueDays.annual', 2.5, '2.5'],
    ['negative days', 'alerts.retentionDays', -1, '-1'],
    ['zero consecutive periods', 'alerts.consecutivePeriods', 0, '0'],
    ['an unknown digest mode', 'digest.mode', 'sometimes', 'sometimes'],
    ['an unknown due calendar', 'due.calendar', 'lunar', 'lunar'],
    ['due days in weeks', 'dueDays.quarterly', '2 weeks', '2 weeks'],
    ['a repeat of zero days', 'remind.repeatDays', 0, '0'],
    ['an error value', 'dueDays.monthly', { value: null, error: '#N/A' }, '#N/A'],
  ])('keeps the default on %s and names the value', (_what, key, value, shown) => {
    const { settings, problems } = read([[key, value, null]]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems.map(where)).toEqual([
      { sheet: SHEET, row: 2, column: '值 Value (B)', value: shown, level: 'error' },
    ]);
  });

  it('counts the first of a key given twice and reports the second', () => {
    const { settings, problems } = read([
      ['plan.name', '第一', null],
      ['计划名称', '第二', null],
    ]);
    expect(settings.planName).toBe('第一');
    expect(problems.map(where)).toEqual([
      { sheet: SHEET, row: 3, column: '设置项 Key (A)', value: '计划名称', level: 'error' },
    ]);
  });

  it('skips blank rows and ignores the notes column', () => {
    const { settings, problems } = read([
      [null, null, null],
      ['plan.name', '计划', '说明文字'],
    ]);
    expect(problems).toEqual([]);
    expect(settings.planName).toBe('计划');
  });

  it('reports a value without a key', () => {
    const { problems } = read([[null, '孤立的值', null]]);
    expect(problems.map(where)).toEqual([
      { sheet: SHEET, row: 2, column: '设置项 Key (A)', value: '', level: 'error' },
    ]);
  });
});
