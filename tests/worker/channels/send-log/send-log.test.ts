import { setTimeout as sleep } from 'node:timers/promises';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  Channel,
  DeliveryResult,
  DigestMessage,
} from '../../../../worker/channels/channel.ts';
import { DeduplicatingChannel } from '../../../../worker/channels/send-log/deduplicating-channel.ts';
import { FileSendLog } from '../../../../worker/channels/send-log/file-send-log.ts';
import { RedisSendLog } from '../../../../worker/channels/send-log/redis-send-log.ts';
import type { SendKey, SendLog } from '../../../../worker/channels/send-log/send-log.ts';
import { MemoryStats } from '../../../../worker/metrics/stats.ts';
import { privateRedis } from '../../../support/redis-server.ts';
import { tempDir } from '../../../support/temp-dir.ts';

const local = privateRedis();

const dir = tempDir('send-log');
const KEY: SendKey = {
  runId: '20251121T180000Z',
  email: 'Leader@Example.gov.cn',
};

function message(email: string, runId = KEY.runId): DigestMessage {
  return {
    to: { name: '', email },
    subject: 's',
    html: '',
    text: '',
    attachments: [],
    runId,
    workbook: 'hz.xlsx',
  };
}

/** A channel that answers from a script and counts what it was asked to send. */
function scriptedChannel(
  answer: (m: DigestMessage, n: number) => DeliveryResult,
): Channel & { sent: string[] } {
  const sent: string[] = [];
  return {
    name: 'scripted',
    sent,
    deliver: (m) => {
      sent.push(m.to.email);
      return Promise.resolve(answer(m, sent.filter((e) => e === m.to.email).length));
    },
  };
}

const ok = (m: DigestMessage): DeliveryResult => ({
  ok: true,
  channel: 'scripted',
  to: m.to.email,
  locations: [`<id-${m.to.email}>`],
});

describe.each([
  [
    'RedisSendLog',
    (): SendLog =>
      new RedisSendLog(local.redis, {
        prefix: `t${Math.random().toString(36).slice(2)}`,
        retentionDays: 14,
      }),
  ],
  [
    'FileSendLog',
    async (): Promise<SendLog> =>
      FileSendLog.open(join(dir, `${Math.random().toString(36).slice(2)}.jsonl`), 14),
  ],
])('%s', (_name, open) => {
  it('lets one claim through and shows the others the claim is taken', async () => {
    const log = await open();
    const first = await log.claim(KEY);
    expect(first.kind).toBe('claimed');
    expect((await log.claim(KEY)).kind).not.toBe('claimed');
    expect((await log.claim({ ...KEY, email: 'other@example.gov.cn' })).kind).toBe('claimed');
  });

  it('answers "done, sent" for a settled send, whatever the case of the address', async () => {
    const log = await open();
    const claim = await log.claim(KEY);
    if (claim.kind !== 'claimed') throw new Error('not claimed');
    await log.settle(KEY, claim.token, { state: 'sent', at: 1, location: '<m1>' });
    expect(await log.claim({ ...KEY, email: 'leader@example.gov.cn' })).toEqual({
      kind: 'done',
      record: { state: 'sent', at: 1, location: '<m1>' },
    });
  });

  it('frees a released claim for the next try and keeps runs apart', async () => {
    const log = await open();
    const claim = await log.claim(KEY);
    if (claim.kind !== 'claimed') throw new Error('not claimed');
    await log.release(KEY, claim.token);
    expect((await log.claim(KEY)).kind).toBe('claimed');
    expect((await log.claim({ ...KEY, runId: 'another-run' })).kind).toBe('claimed');
  });

  it('keeps a run’s digest and reminder to one person apart: each goes once', async () => {
    const log = await open();
    const digest = await log.claim(KEY);
    if (digest.kind !== 'claimed') throw new Error('not claimed');
    await log.settle(KEY, digest.token, { state: 'sent', at: 1, location: '<d>' });
    const reminder = { ...KEY, purpose: 'reminder' as const };
    const first = await log.claim(reminder);
    expect(first.kind).toBe('claimed');
    if (first.kind !== 'claimed') return;
    await log.settle(reminder, first.token, { state: 'sent', at: 2, location: '<r>' });
    expect(await log.claim(reminder)).toEqual({
      kind: 'done',
      record: { state: 'sent', at: 2, location: '<r>' },
    });
    expect((await log.claim({ ...KEY, purpose: 'digest' })).kind).toBe('done');
  });
});

describe('RedisSendLog', () => {
  it('keeps a claim its sender never settled as "sending" (in doubt) instead of letting it lapse into a resend', async () => {
    const log = new RedisSendLog(local.redis, { prefix: 'lease', retentionDays: 14 });
    expect((await log.claim(KEY)).kind).toBe('claimed');
    await sleep(250);
    expect(await log.claim(KEY)).toMatchObject({ kind: 'done', record: { state: 'sending' } });
    expect(await local.redis.ttl(log.keyOf(KEY))).toBeGreaterThan(14 * 86_400 - 10);
  });

  it('keeps a sent record for the retention period', async () => {
    const log = new RedisSendLog(local.redis, { prefix: 'keep', retentionDays: 2 });
    const claim = await log.claim(KEY);
    if (claim.kind !== 'claimed') throw new Error('not claimed');
    await log.settle(KEY, claim.token, { state: 'sent', at: 1, location: '<m>' });
    const ttl = await local.redis.ttl(log.keyOf(KEY));
    expect(ttl).toBeGreaterThan(2 * 86_400 - 10);
    expect(ttl).toBeLessThanOrEqual(2 * 86_400);
  });
});

describe('FileSendLog', () => {
  it('remembers sends across a restart and forgets those older than the retention', async () => {
    const path = join(dir, 'restart.jsonl');
    const now = Date.parse('2025-11-22T00:00:00Z');
    const first = await FileSendLog.open(path, 14, () => now);
    for (const [email, at] of [
      ['old@example.gov.cn', now - 20 * 86_400_000],
      ['new@example.gov.cn', now - 86_400_000],
    ] as const) {
      const claim = await first.claim({ ...KEY, email });
      if (claim.kind !== 'claimed') throw new Error('not claimed');
      await first.settle({ ...KEY, email }, claim.token, { state: 'sent', at, location: email });
    }
    await writeFile(path, `${await readFile(path, 'utf8')}{"key":"cut short by a cra`);
    const again = await FileSendLog.open(path, 14, () => now);
    expect((await again.claim({ ...KEY, email: 'new@example.gov.cn' })).kind).toBe('done');
    expect((await again.claim({ ...KEY, email: 'old@example.gov.cn' })).kind).toBe('claimed');
    // new's record, kept from the compacted file, and the claim on old, on disk before its send.
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"state":"sending"');
  });
});

describe('DeduplicatingChannel', () => {
  it('sends each (run, workbook, recipient) once: a second delivery returns the first one, marked already sent', async () => {
    const inner = scriptedChannel(ok);
    const stats = new MemoryStats();
    const channel = new DeduplicatingChannel(
      inner,
      new RedisSendLog(local.redis, { prefix: 'dedup1', retentionDays: 14 }),
      { waitMs: 1_000, stats },
    );
    const first = await channel.deliver(message('a@example.gov.cn'));
    const second = await channel.deliver(message('a@example.gov.cn'));
    expect(inner.sent).toEqual(['a@example.gov.cn']);
    expect(first).toMatchObject({ ok: true, locations: ['<id-a@example.gov.cn>'] });
    expect(second).toMatchObject({
      ok: true,
      alreadySent: true,
      locations: ['<id-a@example.gov.cn>'],
    });
    expect(stats.counts.emails_already_sent).toBe(1);
    await channel.deliver(message('a@example.gov.cn', 'next-run'));
    expect(inner.sent).toEqual(['a@example.gov.cn', 'a@example.gov.cn']);
  });

  it('tries a transient failure again next time but never an address refused for good', async () => {
    const inner = scriptedChannel((m, n) =>
      m.to.email === 'refused@example.gov.cn'
        ? {
            ok: false,
            channel: 'scripted',
            to: m.to.email,
            message: { zh: '拒收', en: 'refused' },
            retryable: false,
          }
        : n === 1
          ? {
              ok: false,
              channel: 'scripted',
              to: m.to.email,
              message: { zh: '稍后', en: 'later' },
              retryable: true,
            }
          : ok(m),
    );
    const channel = new DeduplicatingChannel(
      inner,
      new RedisSendLog(local.redis, { prefix: 'dedup2', retentionDays: 14 }),
      { waitMs: 1_000 },
    );
    for (let i = 0; i < 2; i++) {
      await channel.deliver(message('refused@example.gov.cn'));
      await channel.deliver(message('later@example.gov.cn'));
    }
    expect(inner.sent).toEqual([
      'refused@example.gov.cn',
      'later@example.gov.cn',
      'later@example.gov.cn',
    ]);
    expect(await channel.deliver(message('refused@example.gov.cn'))).toMatchObject({
      ok: false,
      retryable: false,
      message: { en: 'refused' },
    });
  });

  it('reports a send another sender left in doubt at once, without waiting and without sending again', async () => {
    const log = new RedisSendLog(local.redis, { prefix: 'dedup3', retentionDays: 14 });
    const key = { runId: KEY.runId, workbook: 'hz.xlsx', email: 'wait@example.gov.cn' };
    const held = await log.claim(key);
    if (held.kind !== 'claimed') throw new Error('not claimed');
    const inner = scriptedChannel(ok);
    const channel = new DeduplicatingChannel(inner, log, { waitMs: 5_000, pollMs: 20 });
    const began = Date.now();
    expect(await channel.deliver(message('wait@example.gov.cn'))).toMatchObject({
      ok: false,
      retryable: false,
      message: { en: expect.stringContaining('interrupted mid-send') as unknown },
    });
    expect(Date.now() - began).toBeLessThan(1_000);
    expect(inner.sent).toEqual([]);
  });

  it('does not send when the send log cannot be reached, and says the try is worth repeating', async () => {
    const broken: SendLog = {
      claim: () => Promise.reject(new Error('connection refused')),
      settle: () => Promise.resolve(),
      release: () => Promise.resolve(),
    };
    const inner = scriptedChannel(ok);
    const result = await new DeduplicatingChannel(inner, broken, { waitMs: 100 }).deliver(
      message('x@example.gov.cn'),
    );
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(inner.sent).toEqual([]);
  });
});
