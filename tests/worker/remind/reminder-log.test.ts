import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RedisReminderLog } from '../../../worker/remind/redis-reminder-log.ts';
import { FileReminderLog, type ReminderLog } from '../../../worker/remind/reminder-log.ts';
import { privateRedis } from '../../support/redis-server.ts';
import { tempDir } from '../../support/temp-dir.ts';

const local = privateRedis();
const dir = tempDir('reminder-log');

describe.each([
  [
    'RedisReminderLog (queue mode)',
    (): ReminderLog =>
      new RedisReminderLog(local.redis, {
        prefix: `t${Math.random().toString(36).slice(2)}`,
        retentionDays: 14,
      }),
  ],
  [
    'FileReminderLog (embedded mode)',
    (): ReminderLog =>
      new FileReminderLog(join(dir, `${Math.random().toString(36).slice(2)}.json`)),
  ],
])('%s', (_name, open) => {
  it('remembers when each figure last went to each address, the latest date winning', async () => {
    const log = open();
    expect(await log.lastSent('food@example.gov.cn')).toEqual(new Map());
    await log.record(
      'food@example.gov.cn',
      ['a|HZ13|湖州市|2024|overdue', 'a|HZ16|湖州市|2024|due'],
      '2025-03-31',
    );
    await log.record('food@example.gov.cn', ['a|HZ13|湖州市|2024|overdue'], '2025-04-01');
    await log.record('dingtalk:food/食品处', ['a|HZ16|湖州市|2024|due'], '2025-03-31');
    expect(await log.lastSent('food@example.gov.cn')).toEqual(
      new Map([
        ['a|HZ13|湖州市|2024|overdue', '2025-04-01'],
        ['a|HZ16|湖州市|2024|due', '2025-03-31'],
      ]),
    );
    expect(await log.lastSent('dingtalk:food/食品处')).toEqual(
      new Map([['a|HZ16|湖州市|2024|due', '2025-03-31']]),
    );
  });
});

describe('FileReminderLog', () => {
  it('keeps its record across a restart', async () => {
    const path = join(dir, 'restart.json');
    await new FileReminderLog(path).record('x@example.gov.cn', ['k'], '2025-03-31');
    expect(await new FileReminderLog(path).lastSent('x@example.gov.cn')).toEqual(
      new Map([['k', '2025-03-31']]),
    );
  });
});
