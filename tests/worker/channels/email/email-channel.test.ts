import { channelDeps } from '../../../support/channel-deps.ts';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DigestMessage } from '../../../../worker/channels/channel.ts';
import { EmailChannel } from '../../../../worker/channels/email/email-channel.ts';
import { digestMessageId } from '../../../../worker/channels/mail-options.ts';
import { CHART_CID, composeDigestMessage } from '../../../../worker/digest/compose-message.ts';
import { freePort } from '../../../support/redis-server.ts';
import { SmtpSink } from '../../../support/smtp-sink.ts';
import { sampleDigest } from '../../digest/sample-digest.ts';

let sink: SmtpSink;
beforeAll(async () => {
  sink = await SmtpSink.start();
});
afterAll(async () => {
  await sink.stop();
});
beforeEach(() => sink.reset());

function messageTo(email: string, runId = 'run-1'): DigestMessage {
  const content = sampleDigest();
  return composeDigestMessage({ ...content, recipient: { ...content.recipient, email } }, runId);
}

function channel(over: Partial<ConstructorParameters<typeof EmailChannel>[0]> = {}) {
  const { waits, deps } = channelDeps();
  const email = new EmailChannel({
    smtpUrl: sink.url,
    from: '督查室 <kpi@example.gov.cn>',
    attempts: 3,
    backoffMs: 1_000,
    maxConnections: 2,
    ...deps,
    ...over,
  });
  return { email, ...deps, waits };
}

describe('EmailChannel', () => {
  it('sends a digest as HTML with the chart inline by Content-ID, a plain-text alternative, subject and run header', async () => {
    const { email } = channel();
    const message = messageTo('zhang.san@example.gov.cn');
    const result = await email.deliver(message);
    email.close();
    expect(result).toMatchObject({ ok: true, channel: 'email', to: 'zhang.san@example.gov.cn' });
    const [got] = sink.to('zhang.san@example.gov.cn');
    if (!got) throw new Error('nothing received');
    expect(got.mail.subject).toBe('【指标预警】湖州市场监管十四五 2025-11-22：红2 黄3');
    expect(got.mail.from).toMatchObject({ name: '督查室', address: 'kpi@example.gov.cn' });
    expect(got.runId).toBe('run-1');
    expect(got.mail.messageId).toBe(digestMessageId(message));
    expect(got.mail.html).toContain(`src="cid:${CHART_CID}"`);
    expect(got.mail.html).not.toContain('<script>alert'); // workbook values arrive escaped
    expect(got.mail.text).toContain('湖州市场监管');
    const chart = got.mail.attachments.find((a) => a.contentId === `<${CHART_CID}>`);
    if (!chart || typeof chart.content === 'string') throw new Error('no inline chart');
    expect(chart.mimeType).toBe('image/png');
    expect(PNG.sync.read(Buffer.from(new Uint8Array(chart.content))).width).toBe(560);
  });

  it('sends one message per recipient, each addressed to that recipient alone', async () => {
    const { email, stats } = channel();
    const addresses = ['a@example.gov.cn', 'b@example.gov.cn', 'c@example.gov.cn'];
    const results = await Promise.all(addresses.map((a) => email.deliver(messageTo(a))));
    email.close();
    expect(results.every((r) => r.ok)).toBe(true);
    expect(sink.received.map((m) => m.rcpt).sort()).toEqual(addresses);
    for (const m of sink.received) expect(m.mail.to?.map((t) => t.address)).toEqual([m.rcpt]);
    expect(stats.counts.emails_sent).toBe(3);
  });

  it('retries a "try again later" answer with growing waits and delivers exactly one email', async () => {
    sink.policy = (_address, attempt) =>
      attempt <= 2 ? { code: 451, text: 'greylisted, try again later' } : null;
    const { email, stats, waits, log } = channel();
    const result = await email.deliver(messageTo('later@example.gov.cn'));
    email.close();
    expect(result.ok).toBe(true);
    expect(sink.to('later@example.gov.cn')).toHaveLength(1);
    expect(waits).toEqual([1_000, 2_000]);
    expect(stats.counts.email_retries).toBe(2);
    expect(log.lines.filter((l) => l.event === 'mail.retry').map((l) => l.fields.attempt)).toEqual([
      1, 2,
    ]);
  });

  it('gives up on a permanent refusal at once, without retrying, and says so in both languages', async () => {
    sink.policy = (address) =>
      address === 'gone@example.gov.cn' ? { code: 550, text: 'mailbox unavailable' } : null;
    const { email, stats, waits } = channel();
    const [gone, kept] = await Promise.all([
      email.deliver(messageTo('gone@example.gov.cn')),
      email.deliver(messageTo('kept@example.gov.cn')),
    ]);
    email.close();
    expect(gone).toMatchObject({ ok: false, retryable: false });
    if (gone.ok) throw new Error('unexpected');
    expect(gone.message.zh).toContain('拒收 gone@example.gov.cn');
    expect(gone.message.en).toContain('550');
    expect(sink.attempts.get('gone@example.gov.cn')).toBe(1);
    expect(waits).toEqual([]);
    expect(kept.ok).toBe(true);
    expect(sink.to('kept@example.gov.cn')).toHaveLength(1);
    expect(stats.counts.email_failures_permanent).toBe(1);
  });

  it('reports a server it cannot reach as a retryable failure after every try, counted in the metrics', async () => {
    const { email, stats, waits, log } = channel({
      smtpUrl: `smtp://127.0.0.1:${await freePort()}`,
      attempts: 2,
    });
    const result = await email.deliver(messageTo('x@example.gov.cn'));
    email.close();
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(waits).toEqual([1_000]);
    expect(stats.counts.email_failures_transient).toBe(1);
    expect(log.lines.some((l) => l.level === 'error' && l.event === 'mail.failed')).toBe(true);
  });
});
