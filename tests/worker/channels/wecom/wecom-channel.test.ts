import { channelDeps } from '../../../support/channel-deps.ts';
import { describe, expect, it } from 'vitest';
import { bilingualLine } from '../../../../shared/i18n/messages.ts';
import type { DigestMessage } from '../../../../worker/channels/channel.ts';
import {
  WeComChannel,
  type WeComChannelOptions,
} from '../../../../worker/channels/wecom/wecom-channel.ts';
import { composeDigestMessage } from '../../../../worker/digest/compose-message.ts';
import { renderDigestMarkdown } from '../../../../worker/digest/digest-markdown.ts';
import {
  ok,
  refused,
  robotForFile,
  type RobotReply,
  type RobotRequest,
} from '../../../support/robot-stand-in.ts';
import { digestItem, sampleDigest } from '../../digest/sample-digest.ts';

const KEY = '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
const MAX = 4096;

const robot = robotForFile(wecomChecks);

/**
 * What WeCom's group robot does with a request: the key must be known, the body a
 * markdown message whose content is valid UTF-8 of at most 4,096 bytes.
 */
function wecomChecks(request: RobotRequest): RobotReply {
  if (request.url.pathname !== '/cgi-bin/webhook/send') return { status: 404, body: {} };
  if (request.url.searchParams.get('key') !== KEY) return refused(93000, 'invalid webhook url');
  const body = request.body as { msgtype?: unknown; markdown?: { content?: unknown } } | null;
  if (body?.msgtype !== 'markdown' || typeof body.markdown?.content !== 'string') {
    return refused(40008, 'invalid message type');
  }
  const bytes = Buffer.byteLength(body.markdown.content, 'utf8');
  if (bytes === 0) return refused(44004, 'empty content');
  if (bytes > MAX) return refused(40058, 'markdown.content exceed max length 4096');
  return ok();
}

function digest(content = sampleDigest(), runId = 'run-1'): DigestMessage {
  return { ...composeDigestMessage(content, runId), markdown: renderDigestMarkdown(content) };
}

/** A digest whose markdown is far beyond 4,096 bytes: many Chinese items, an emoji, a long line. */
function longDigest(): DigestMessage {
  const content = sampleDigest();
  const items = Array.from({ length: 60 }, (_, i) =>
    digestItem({
      alertId: `long-${i}`,
      indicator: `第${i + 1}项：每万人高价值发明专利拥有量👩‍👩‍👧`,
      message: i === 7 ? '超长说明'.repeat(400) : '较序时进度滞后',
    }),
  );
  const [plan] = content.plans;
  if (!plan) throw new Error('the sample digest has no plan');
  plan.sections = [
    { key: 'firing', count: items.length, groups: [{ category: '科技支撑', items }] },
  ];
  return digest(content);
}

function channel(over: Partial<WeComChannelOptions> = {}) {
  const { waits, deps } = channelDeps();
  const wecom = new WeComChannel({
    name: 'office',
    robot: { baseUrl: robot().origin, key: KEY },
    attempts: 4,
    backoffMs: 1_000,
    timeoutMs: 5_000,
    ...deps,
    ...over,
  });
  return { wecom, ...deps, waits };
}

function contents(requests: RobotRequest[]): string[] {
  return requests.map((r) => (r.body as { markdown: { content: string } }).markdown.content);
}

describe('WeComChannel', () => {
  it('posts a short digest as one markdown message and counts it', async () => {
    const { wecom, stats } = channel();
    const message = digest();
    const result = await wecom.deliver(message);
    expect(result).toMatchObject({ ok: true, channel: 'wecom:office' });
    expect(robot().accepted.map((r) => r.body)).toEqual([
      { msgtype: 'markdown', markdown: { content: message.markdown } },
    ]);
    expect(stats.counts.wecom_messages_sent).toBe(1);
  });

  it('takes the whole webhook URL as WeCom shows it', async () => {
    const { wecom } = channel({
      robot: { webhook: `${robot().origin}/cgi-bin/webhook/send?key=${KEY}` },
    });
    expect((await wecom.deliver(digest())).ok).toBe(true);
  });

  it('splits a digest over 4,096 bytes into parts the service accepts, never cutting a character', async () => {
    const message = longDigest();
    const markdown = message.markdown ?? '';
    expect(Buffer.byteLength(markdown, 'utf8')).toBeGreaterThan(3 * MAX);
    const { wecom } = channel();
    expect((await wecom.deliver(message)).ok).toBe(true);
    expect(robot().requests.length).toBe(robot().accepted.length);
    expect(robot().accepted.length).toBeGreaterThan(3);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const request of robot().accepted) {
      const raw = Buffer.from(contents([request])[0] ?? '', 'utf8');
      expect(raw.length).toBeLessThanOrEqual(MAX);
      // Re-decoding the part's bytes strictly would throw on a cut character.
      expect(() => decoder.decode(raw)).not.toThrow();
      expect(raw.toString('utf8')).not.toContain('\uFFFD');
    }
    // The raw request bodies were valid UTF-8 too, and the parts hold the whole text in order.
    for (const request of robot().accepted) expect(() => decoder.decode(request.raw)).not.toThrow();
    expect(contents(robot().accepted).join('')).toBe(markdown);
    expect(markdown).toContain('👩‍👩‍👧');
  });

  it('retries a 5xx and delivers the message once', async () => {
    robot().answer = (request, index) =>
      index === 0 ? { status: 500, body: {} } : wecomChecks(request);
    const { wecom, stats } = channel();
    expect((await wecom.deliver(digest())).ok).toBe(true);
    expect(robot().requests).toHaveLength(2);
    expect(robot().accepted).toHaveLength(1);
    expect(stats.counts.wecom_retries).toBe(1);
  });

  it('backs off on the rate limit (errcode 45009) and is then accepted', async () => {
    robot().answer = (request, index) =>
      index < 2 ? refused(45009, 'api freq out of limit') : wecomChecks(request);
    const { wecom, waits } = channel();
    expect((await wecom.deliver(digest())).ok).toBe(true);
    expect(robot().accepted).toHaveLength(1);
    expect(waits).toEqual([1_000, 2_000]);
  });

  it('reports a wrong key as permanent, once, and without the key in logs or results', async () => {
    const wrongKey = 'ffffffff-0000-4bc4-97a0-000000000000';
    // The service echoes the key it was sent, as error pages do.
    robot().answer = (request) =>
      request.url.searchParams.get('key') === KEY
        ? wecomChecks(request)
        : refused(93000, `invalid webhook url, key=${request.url.searchParams.get('key') ?? ''}`);
    const { wecom, stats, log } = channel({ robot: { baseUrl: robot().origin, key: wrongKey } });
    const result = await wecom.deliver(digest());
    expect(result).toMatchObject({ ok: false, retryable: false });
    expect(robot().requests).toHaveLength(1);
    expect(stats.counts.wecom_failures_permanent).toBe(1);
    const seen = JSON.stringify({ result, log: log.lines.map((l) => bilingualLine(l.text)) });
    expect(seen).toContain('93000');
    expect(seen).not.toContain(wrongKey);

    const good = channel();
    const delivered = await good.wecom.deliver(digest(sampleDigest(), 'run-2'));
    expect(delivered.ok).toBe(true);
    expect(JSON.stringify(delivered)).not.toContain(KEY);
  });
});
