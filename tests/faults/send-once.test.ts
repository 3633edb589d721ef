// Fault family: a digest sender killed mid-send — after the SMTP server has the message
// and before the send log records it. The message must not go out a second time: the
// "sending" entry left behind is reported (log, metrics) for a person to decide, and the
// other recipients are not held up by it.
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../worker/channels/channel.ts';
import { EmailChannel } from '../../worker/channels/email/email-channel.ts';
import { DeduplicatingChannel } from '../../worker/channels/send-log/deduplicating-channel.ts';
import { RedisSendLog } from '../../worker/channels/send-log/redis-send-log.ts';
import { memoryLogger } from '../../worker/log/logger.ts';
import { RunQueues } from '../../worker/queue/queues.ts';
import { RedisStats } from '../../worker/queue/redis-stats.ts';
import { requestRun } from '../../worker/queue/run-starter.ts';
import {
  CliProcess,
  FAST_QUEUE,
  eventually,
  planWorkbook,
  queueConfig,
  runFinished,
  writeConfig,
} from '../support/queue-fixtures.ts';
import { TestRedis } from '../support/redis-server.ts';
import { SmtpSink } from '../support/smtp-sink.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('faults-send-once');
let server: TestRedis;
let redis: Redis;
let sink: SmtpSink;
const processes: CliProcess[] = [];

beforeAll(async () => {
  [server, sink] = await Promise.all([TestRedis.start(), SmtpSink.start()]);
  redis = server.client();
});
afterAll(async () => {
  for (const p of processes) await p.stop('SIGKILL');
  redis.disconnect();
  await Promise.all([server.stop(), sink.stop()]);
});

describe('a digest is sent at most once', () => {
  it('does not resend a message whose sender was killed between the SMTP reply and the record, reports it, and sends the others', async () => {
    await planWorkbook(join(dir, 'plans/湖州.xlsx'), [
      'first@example.gov.cn',
      'second@example.gov.cn',
    ]);
    const file = {
      workbooks: ['plans/*.xlsx'],
      redisUrl: server.url,
      mail: { smtpUrl: sink.url, from: 'kpi@example.gov.cn', attempts: 1, sendLeaseMs: 1_000 },
      queue: { ...FAST_QUEUE, prefix: 'once' },
    };
    const configPath = writeConfig(dir, file);
    const config = queueConfig(dir, file);
    sink.dataReplyDelayMs = () => 60_000;
    const first = new CliProcess(['worker', '--config', configPath], dir);
    processes.push(first);
    await first.waitFor('worker.started', 30_000);
    const queues = new RunQueues(server.url, config.queue, 'producer');
    try {
      const runId = await requestRun(queues.runs, { asOf: '2025-03-31' });
      // The server has the first message; its reply is held back: kill the sender now.
      await eventually(() => sink.received.length > 0, 60_000, 'the first message');
      await first.stop('SIGKILL');
      sink.dataReplyDelayMs = () => 0;
      const second = new CliProcess(['worker', '--config', configPath], dir);
      processes.push(second);
      const summary = await runFinished(queues, runId, 60_000);
      expect(sink.countsByRunAndRecipient()).toEqual(
        new Map([
          [`${runId} first@example.gov.cn`, 1],
          [`${runId} second@example.gov.cn`, 1],
        ]),
      );
      expect(summary.emails.failed).toBe(1); // the one in doubt, left to a person
      // Counted each time a digest attempt meets it (a retried job meets it again).
      expect((await new RedisStats(redis, 'once').read()).emails_in_doubt).toBeGreaterThan(0);
      const doubt = second.events('mail.not_sent').map((l) => l.msg);
      expect(doubt.join('\n')).toContain('在发送途中中断，可能已送达');
    } finally {
      await queues.close();
    }
  }, 120_000);

  it('keeps a send that went out when recording it fails (Redis paused): logged and retried, never a rejection or a second send', async () => {
    const email = new EmailChannel({
      smtpUrl: sink.url,
      from: 'kpi@example.gov.cn',
      attempts: 1,
      backoffMs: 10,
      maxConnections: 1,
    });
    // The store stops answering right after the SMTP server took the message.
    const pausingAfterSend: Channel = {
      name: 'email',
      deliver: async (m) => {
        const result = await email.deliver(m);
        server.pause();
        return result;
      },
    };
    const log = memoryLogger();
    const channel = new DeduplicatingChannel(
      pausingAfterSend,
      new RedisSendLog(redis, { prefix: 'record', retentionDays: 14 }),
      { waitMs: 1_000, pollMs: 10, recordTimeoutMs: 300, recordAttempts: 2, log },
    );
    const message = {
      to: { name: '局长', email: 'chief@example.gov.cn' },
      subject: 's',
      html: '<p>x</p>',
      text: 'x',
      attachments: [],
      runId: 'run-record',
      workbook: 'hz.xlsx',
    };
    try {
      const result = await channel.deliver(message);
      expect(result.ok).toBe(true);
      expect(log.lines.filter((l) => l.event === 'mail.record_failed')).toHaveLength(2);
    } finally {
      server.resume();
      email.close();
    }
    // Whether the late record landed ("sent") or not ("sending", in doubt), no second copy goes out.
    await channel.deliver(message);
    expect(sink.to('chief@example.gov.cn')).toHaveLength(1);
  }, 60_000);
});
