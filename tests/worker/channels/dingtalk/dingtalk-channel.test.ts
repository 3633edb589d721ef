import { channelDeps } from '../../../support/channel-deps.ts';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bilingualLine } from '../../../../shared/i18n/messages.ts';
import type { DigestMessage } from '../../../../worker/channels/channel.ts';
import {
  DingTalkChannel,
  type DingTalkChannelOptions,
} from '../../../../worker/channels/dingtalk/dingtalk-channel.ts';
import { composeDigestMessage } from '../../../../worker/digest/compose-message.ts';
import { renderDigestMarkdown } from '../../../../worker/digest/digest-markdown.ts';
import { freePort } from '../../../support/redis-server.ts';
import {
  ok,
  refused,
  robotForFile,
  type RobotReply,
  type RobotRequest,
} from '../../../support/robot-stand-in.ts';
import { sampleDigest } from '../../digest/sample-digest.ts';

const TOKEN = 'tok-6f1c2e9a8b7d4c3e';
const SECRET = 'SECa1b2c3d4e5f60718293a4b5c6d7e8f9';

const robot = robotForFile((request) => dingtalkChecks(request, SECRET));

/**
 * What DingTalk's custom robot does with a request: the token must be known; with 加签
 * the timestamp must be within an hour and the signature must match; the body must be a
 * markdown message with a title and text.
 */
function dingtalkChecks(request: RobotRequest, secret: string | null): RobotReply {
  const q = request.url.searchParams;
  if (request.url.pathname !== '/robot/send') return { status: 404, body: {} };
  if (q.get('access_token') !== TOKEN) return refused(300001, 'token is not exist');
  if (secret !== null) {
    const timestamp = Number(q.get('timestamp'));
    if (!Number.isFinite(timestamp) || Math.abs(Date.now() - timestamp) > 3_600_000) {
      return refused(310000, 'timestamp invalid');
    }
    const expected = createHmac('sha256', secret)
      .update(`${q.get('timestamp') ?? ''}\n${secret}`)
      .digest('base64');
    if (q.get('sign') !== expected) return refused(310000, 'sign not match');
  }
  const body = request.body as {
    msgtype?: unknown;
    markdown?: { title?: unknown; text?: unknown };
    at?: { atMobiles?: unknown };
  } | null;
  if (
    body?.msgtype !== 'markdown' ||
    typeof body.markdown?.title !== 'string' ||
    body.markdown.title === '' ||
    typeof body.markdown.text !== 'string' ||
    body.markdown.text === ''
  ) {
    return refused(40035, 'missing param');
  }
  return ok();
}

function digest(runId = 'run-1'): DigestMessage {
  const content = sampleDigest();
  return {
    ...composeDigestMessage(content, runId),
    markdown: renderDigestMarkdown(content),
    mobiles: ['13800000001'],
  };
}

function channel(over: Partial<DingTalkChannelOptions> = {}) {
  const { waits, deps } = channelDeps();
  const ding = new DingTalkChannel({
    name: 'leaders',
    robot: { baseUrl: robot().origin, accessToken: TOKEN, secret: SECRET },
    attempts: 4,
    backoffMs: 1_000,
    timeoutMs: 5_000,
    ...deps,
    ...over,
  });
  return { ding, ...deps, waits };
}

describe('DingTalkChannel', () => {
  it('posts a signed markdown message with title, text and @mobiles, and counts it', async () => {
    const { ding, stats } = channel();
    const message = digest();
    const result = await ding.deliver(message);
    expect(result).toMatchObject({ ok: true, channel: 'dingtalk:leaders' });
    expect(robot().accepted).toHaveLength(1);
    expect(robot().accepted[0]?.body).toEqual({
      msgtype: 'markdown',
      markdown: { title: message.subject, text: `${message.markdown ?? ''}\n\n@13800000001` },
      at: { atMobiles: ['13800000001'], isAtAll: false },
    });
    expect(stats.counts.dingtalk_messages_sent).toBe(1);
  });

  it('takes the whole webhook URL as DingTalk shows it', async () => {
    const { ding } = channel({
      robot: { webhook: `${robot().origin}/robot/send?access_token=${TOKEN}`, secret: SECRET },
    });
    expect((await ding.deliver(digest())).ok).toBe(true);
    expect(robot().accepted).toHaveLength(1);
  });

  it('sends unsigned when no secret is configured', async () => {
    robot().answer = (request) => dingtalkChecks(request, null);
    const { ding } = channel({ robot: { baseUrl: robot().origin, accessToken: TOKEN } });
    expect((await ding.deliver(digest())).ok).toBe(true);
    expect(robot().accepted[0]?.url.searchParams.has('sign')).toBe(false);
  });

  it('reports a wrong signature as permanent without retrying, and the next message still goes', async () => {
    const wrong = channel({
      robot: { baseUrl: robot().origin, accessToken: TOKEN, secret: 'SECwrong-secret-000' },
    });
    const result = await wrong.ding.deliver(digest('run-1'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.retryable).toBe(false);
    expect(result.message.zh).toContain('310000');
    expect(result.message.en).toContain('sign not match');
    expect(robot().requests).toHaveLength(1);
    expect(wrong.stats.counts.dingtalk_failures_permanent).toBe(1);
    expect(wrong.waits).toEqual([]);

    const right = channel();
    expect((await right.ding.deliver(digest('run-2'))).ok).toBe(true);
    expect(robot().accepted).toHaveLength(1);
  });

  it('retries a 5xx and delivers the message once', async () => {
    robot().answer = (request, index) =>
      index === 0 ? { status: 502, body: {} } : dingtalkChecks(request, SECRET);
    const { ding, stats, waits } = channel();
    expect((await ding.deliver(digest())).ok).toBe(true);
    expect(robot().requests).toHaveLength(2);
    expect(robot().accepted).toHaveLength(1);
    expect(stats.counts.dingtalk_retries).toBe(1);
    expect(waits).toEqual([1_000]);
  });

  it('backs off on the rate limit (errcode 130101, then HTTP 429 with Retry-After) and is then accepted', async () => {
    robot().answer = (request, index) => {
      if (index === 0) return refused(130101, 'send too fast, exceed 20 times per minute');
      if (index === 1) return { status: 429, body: {}, headers: { 'retry-after': '7' } };
      return dingtalkChecks(request, SECRET);
    };
    const { ding, stats, waits } = channel();
    expect((await ding.deliver(digest())).ok).toBe(true);
    expect(robot().accepted).toHaveLength(1);
    expect(stats.counts.dingtalk_retries).toBe(2);
    // Exponential backoff, stretched to the service's Retry-After.
    expect(waits).toEqual([1_000, 7_000]);
  });

  it('gives up after the configured tries as a retryable failure', async () => {
    robot().answer = () => ({ status: 503, body: {} });
    const { ding, stats, waits } = channel({ attempts: 3 });
    const result = await ding.deliver(digest());
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(robot().requests).toHaveLength(3);
    expect(waits).toEqual([1_000, 2_000]);
    expect(stats.counts.dingtalk_failures_transient).toBe(1);
  });

  it('resolves, never rejects, when the service cannot be reached', async () => {
    const port = await freePort();
    const { ding } = channel({
      robot: { baseUrl: `http://127.0.0.1:${port}`, accessToken: TOKEN, secret: SECRET },
      attempts: 2,
    });
    const result = await ding.deliver(digest());
    expect(result).toMatchObject({ ok: false, retryable: true });
  });

  it('never lets the access token or the secret reach logs, results or metrics', async () => {
    const outcomes: unknown[] = [];
    const { ding, stats, log } = channel();
    outcomes.push(await ding.deliver(digest()));
    // A service that echoes the token it was sent, a wrong token, and an unreachable host.
    robot().answer = (request) =>
      refused(300001, `token ${request.url.searchParams.get('access_token') ?? ''} is not exist`);
    outcomes.push(await ding.deliver(digest('run-2')));
    robot().answer = () => ({ status: 500, body: {} });
    outcomes.push(await ding.deliver(digest('run-3')));
    const port = await freePort();
    const offline = channel({
      robot: {
        webhook: `http://127.0.0.1:${port}/robot/send?access_token=${TOKEN}`,
        secret: SECRET,
      },
      attempts: 1,
      log,
      stats,
    });
    outcomes.push(await offline.ding.deliver(digest('run-4')));

    const seen = JSON.stringify({
      outcomes,
      log: log.lines.map((l) => ({ ...l, line: bilingualLine(l.text) })),
      // The counters /metrics publishes: names fixed in code, numbers only.
      metrics: stats.counts,
    });
    expect(log.lines.map((l) => l.event)).toEqual(
      expect.arrayContaining(['robot.sent', 'robot.rejected', 'robot.retry', 'robot.failed']),
    );
    expect(seen).toContain('***');
    expect(seen).not.toContain(TOKEN);
    expect(seen).not.toContain(SECRET);
  });
});
