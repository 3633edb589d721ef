import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECIPIENTS } from '../../../shared/contract/tables.ts';
import { TEMPLATES } from '../../../seeds/templates.ts';
import { templateRow } from '../../../seeds/template-row.ts';
import {
  configuredChannel,
  robotChannelNames,
} from '../../../worker/channels/configured-channel.ts';
import { FileSendLog } from '../../../worker/channels/send-log/file-send-log.ts';
import { runCheck } from '../../../worker/pipeline/run-check.ts';
import { FileReminderLog } from '../../../worker/remind/reminder-log.ts';
import { initWorkbook } from '../../../worker/workbook/init-workbook.ts';
import { channelDeps } from '../../support/channel-deps.ts';
import { queueConfig } from '../../support/queue-fixtures.ts';
import { ok, refused, robotForFile, type RobotRequest } from '../../support/robot-stand-in.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('reminders-robots');
const SECRET = 'SECremindersecret0123456789';

/** Both services take a markdown message at their send path, and nothing else. */
const dingtalk = robotForFile((r: RobotRequest) =>
  r.url.pathname === '/robot/send' && r.url.searchParams.get('sign') !== null
    ? ok()
    : refused(310000, 'sign not match'),
);
const wecom = robotForFile((r: RobotRequest) =>
  r.url.pathname === '/cgi-bin/webhook/send' && r.url.searchParams.get('key') === 'wk'
    ? ok()
    : refused(93000, 'invalid webhook url'),
);

describe('reminders (催报) over the DingTalk and WeCom robots', () => {
  it('sends each unit’s reminder to its group robot, @-mentioning its mobiles on DingTalk, once per run', async () => {
    const workbook = join(dir, 'plan.xlsx');
    const template = TEMPLATES['huzhou-14th-fyp']();
    await initWorkbook(workbook, {
      ...template,
      recipients: [
        templateRow(RECIPIENTS, {
          name: '市场规范管理处',
          scope: '责任单位:市场规范管理处',
          purpose: 'reminder',
          channel: 'dingtalk:guifan',
          mobile: '13800138000',
        }),
        templateRow(RECIPIENTS, {
          name: '食品安全协调处',
          scope: '责任单位:食品安全协调处',
          purpose: 'reminder',
          channel: 'wecom:food',
        }),
      ],
    });
    const config = queueConfig(dir, {
      mail: { outbox: join(dir, 'outbox') },
      channels: {
        dingtalk: {
          guifan: { baseUrl: dingtalk().origin, accessToken: 'tok', secret: SECRET, backoffMs: 1 },
        },
        wecom: { food: { baseUrl: wecom().origin, key: 'wk', backoffMs: 1 } },
      },
    });
    const { deps } = channelDeps();
    const sendLog = await FileSendLog.open(join(dir, 'send-log.jsonl'), 7);
    const delivery = configuredChannel(config, sendLog, deps);
    const options = {
      asOf: '2025-03-31',
      channel: delivery.channel,
      robots: robotChannelNames(config),
      reminderLog: new FileReminderLog(join(dir, 'reminder-log.json')),
      stats: deps.stats,
      runId: 'run-1',
    };
    const report = await runCheck([workbook], options);
    expect(report.reminders.deliveries.map((d) => [d.channel, d.result.ok])).toEqual([
      ['dingtalk:guifan', true],
      ['wecom:food', true],
    ]);
    expect(dingtalk().accepted).toHaveLength(1);
    const ding = dingtalk().accepted[0]?.body as {
      msgtype: string;
      markdown: { title: string; text: string };
      at: { atMobiles: string[] };
    };
    expect(ding.msgtype).toBe('markdown');
    expect(ding.markdown.title).toBe('【催报】2025-03-31：1 项数据待报送');
    expect(ding.markdown.text).toContain('HZ13');
    expect(ding.markdown.text).toContain('@13800138000');
    expect(ding.at.atMobiles).toEqual(['13800138000']);
    const wc = wecom().accepted[0]?.body as { msgtype: string; markdown: { content: string } };
    expect(wc.msgtype).toBe('markdown');
    expect(wc.markdown.content).toContain('HZ16');
    expect(deps.stats.counts.reminders_sent_dingtalk).toBe(1);
    expect(deps.stats.counts.reminders_sent_wecom).toBe(1);
    expect(JSON.stringify(deps.log.lines)).not.toContain(SECRET);

    // The same run again (a retry): the send log says they went out; the robots hear nothing.
    await runCheck([workbook], {
      ...options,
      reminderLog: new FileReminderLog(join(dir, 'fresh.json')),
    });
    expect(dingtalk().requests).toHaveLength(1);
    expect(wecom().requests).toHaveLength(1);
    delivery.close();
  }, 180_000);
});
