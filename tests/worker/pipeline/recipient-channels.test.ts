import { describe, expect, it } from 'vitest';
import type { Recipient } from '../../../shared/model/recipient.ts';
import { recipient } from '../../support/recipient-factory.ts';
import { checkRecipientChannels } from '../../../worker/pipeline/recipient-channels.ts';

function unit(name: string, channel: string, row: number): Recipient {
  return recipient({
    name,
    email: channel === 'email' ? `${row}@example.gov.cn` : '',
    purpose: 'reminder',
    channel,
    row,
  });
}

describe('recipient channels against the config', () => {
  const recipients = [
    unit('局长', 'email', 2),
    unit('食品处', 'dingtalk:food', 3),
    unit('特设处', 'wecom:tezhong', 4),
  ];

  it('keeps email and configured robots, and reports an unknown robot by row, naming the configured ones', () => {
    const { recipients: kept, problems } = checkRecipientChannels('plan.xlsx', recipients, [
      'dingtalk:food',
      'dingtalk:leaders',
    ]);
    expect(kept.map((r) => r.name)).toEqual(['局长', '食品处']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      workbook: 'plan.xlsx',
      sheet: '设置 Settings',
      row: 4,
      column: '渠道 Channel',
      value: 'wecom:tezhong',
      level: 'error',
    });
    expect(problems[0]?.message.zh).toContain('第 4 行');
    expect(problems[0]?.message.zh).toContain('dingtalk:food、dingtalk:leaders');
    expect(problems[0]?.message.en).toContain('configured: dingtalk:food, dingtalk:leaders');
  });

  it('says none are configured when the config has no robots', () => {
    const { problems } = checkRecipientChannels('plan.xlsx', recipients, []);
    expect(problems.map((p) => p.row)).toEqual([3, 4]);
    expect(problems[0]?.message.en).toContain('configured: none');
  });
});
