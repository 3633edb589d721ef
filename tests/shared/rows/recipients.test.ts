import { describe, expect, it } from 'vitest';
import { bilingualHeader, RECIPIENTS } from '../../../shared/contract/tables.ts';
import { readRecipients } from '../../../shared/rows/recipients.ts';
import { grid, where, type TestCell } from './grid-fixture.ts';

const SHEET = '设置 Settings';
const HEADER = RECIPIENTS.columns.map(bilingualHeader);

function read(rows: TestCell[][]) {
  return readRecipients(grid(SHEET, 'Recipients', HEADER, rows));
}

describe('readRecipients', () => {
  it('reads good rows with defaults for scope, severity and language', () => {
    const { items, problems } = read([
      ['王局长', 'wang@hzamr.gov.cn', null, null, null],
      ['李处长', 'li＠hzamr.gov.cn', '类别:营商环境; 地区:吴兴区', '红', 'English'],
    ]);
    expect(problems).toEqual([]);
    expect(items).toEqual([
      {
        name: '王局长',
        email: 'wang@hzamr.gov.cn',
        scope: { categories: [], regions: [], owners: [] },
        minSeverity: 'warning',
        language: 'zh-CN',
        purpose: 'digest',
        channel: 'email',
        mobiles: [],
        row: 2,
      },
      {
        name: '李处长',
        email: 'li@hzamr.gov.cn',
        scope: { categories: ['营商环境'], regions: ['吴兴区'], owners: [] },
        minSeverity: 'critical',
        language: 'en',
        purpose: 'digest',
        channel: 'email',
        mobiles: [],
        row: 3,
      },
    ]);
  });

  it.each([
    ['a bad email', ['张三', 'zhangsan.hzamr.gov.cn'], '邮箱 Email (B)', 'zhangsan.hzamr.gov.cn'],
    ['an empty email', ['张三', null], '邮箱 Email (B)', ''],
    ['an empty name', [null, 'z@hzamr.gov.cn'], '姓名 Name (A)', ''],
    [
      'a scope that cannot be read',
      ['张三', 'z@hzamr.gov.cn', '部门:登记处'],
      '范围 Scope (C)',
      '部门:登记处',
    ],
    [
      'an unknown severity',
      ['张三', 'z@hzamr.gov.cn', null, '紧急'],
      '最低级别 Min severity (D)',
      '紧急',
    ],
    [
      'an unknown language',
      ['张三', 'z@hzamr.gov.cn', null, null, '法语'],
      '语言 Language (E)',
      '法语',
    ],
    [
      'an unknown purpose',
      ['张三', 'z@hzamr.gov.cn', null, null, null, '通知'],
      '用途 Purpose (F)',
      '通知',
    ],
    [
      'a channel of an unknown kind',
      ['张三', 'z@hzamr.gov.cn', null, null, null, null, 'slack:ops'],
      '渠道 Channel (G)',
      'slack:ops',
    ],
    [
      'a robot channel without a robot name',
      ['张三', null, null, null, null, null, 'dingtalk'],
      '渠道 Channel (G)',
      'dingtalk',
    ],
    [
      'a mobile number that is not one',
      ['张三', null, null, null, null, 'reminder', 'dingtalk:food', '1380013800'],
      '手机 Mobile (H)',
      '1380013800',
    ],
  ])('drops a row with %s, naming sheet, row, column and value', (_what, bad, column, value) => {
    const { items, problems } = read([['王局长', 'wang@hzamr.gov.cn'], bad]);
    expect(items.map((r) => r.name)).toEqual(['王局长']);
    expect(problems.map(where)).toEqual([{ sheet: SHEET, row: 3, column, value, level: 'error' }]);
  });

  it('drops a second row for the same address, whatever its case', () => {
    const { items, problems } = read([
      ['王局长', 'wang@hzamr.gov.cn'],
      ['王某', 'WANG@hzamr.gov.cn'],
    ]);
    expect(items.map((r) => r.name)).toEqual(['王局长']);
    expect(problems.map(where)).toEqual([
      {
        sheet: SHEET,
        row: 3,
        column: '邮箱 Email (B)',
        value: 'WANG@hzamr.gov.cn',
        level: 'error',
      },
    ]);
  });

  it('reads purpose, robot channel and mobiles; a robot recipient needs no email', () => {
    const { items, problems } = read([
      [
        '食品抽检处',
        null,
        '责任单位:食品抽检处',
        null,
        null,
        '催报',
        '钉钉:food',
        '13800138000, 139-0013-9000',
      ],
      ['李处长', 'li@hzamr.gov.cn', null, null, null, 'digest+reminder', 'email', null],
      [
        '特设处群',
        null,
        '责任单位:特种设备处',
        null,
        null,
        'reminder',
        'WeCom: tezhong',
        13900139001,
      ],
    ]);
    expect(problems).toEqual([]);
    expect(items.map((r) => [r.name, r.purpose, r.channel, r.mobiles, r.email])).toEqual([
      ['食品抽检处', 'reminder', 'dingtalk:food', ['13800138000', '13900139000'], ''],
      ['李处长', 'digest+reminder', 'email', [], 'li@hzamr.gov.cn'],
      ['特设处群', 'reminder', 'wecom:tezhong', ['13900139001'], ''],
    ]);
  });

  it('takes one address twice for different purposes, and refuses an overlapping purpose', () => {
    const { items, problems } = read([
      ['王局长', 'wang@hzamr.gov.cn', null, null, null, 'digest'],
      ['王局长', 'wang@hzamr.gov.cn', '责任单位:登记处', null, null, 'reminder'],
      ['王某', 'WANG@hzamr.gov.cn', null, null, null, 'digest+reminder'],
    ]);
    expect(items.map((r) => [r.row, r.purpose])).toEqual([
      [2, 'digest'],
      [3, 'reminder'],
    ]);
    expect(problems.map(where)).toEqual([
      {
        sheet: SHEET,
        row: 4,
        column: '邮箱 Email (B)',
        value: 'WANG@hzamr.gov.cn',
        level: 'error',
      },
    ]);
    expect(problems[0]?.message.zh).toContain('第 2 行');
  });
});
