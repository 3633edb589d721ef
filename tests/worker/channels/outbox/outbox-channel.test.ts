import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import PostalMime from 'postal-mime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DigestMessage } from '../../../../worker/channels/channel.ts';
import { OutboxChannel } from '../../../../worker/channels/outbox/outbox-channel.ts';
import { CHART_CID, composeDigestMessage } from '../../../../worker/digest/compose-message.ts';
import { sampleDigest } from '../../digest/sample-digest.ts';

const BASE = '2025-11-22__湖州十四五__zhang.san_at_example.gov.cn';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'outbox-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function message(): DigestMessage {
  return composeDigestMessage(sampleDigest(), 'run-42');
}

async function deliveredPaths(
  msg: DigestMessage,
  outbox = new OutboxChannel({ dir }),
): Promise<string[]> {
  const result = await outbox.deliver(msg);
  if (!result.ok) throw new Error(result.message.en);
  return result.locations;
}

describe('OutboxChannel', () => {
  it('writes <date>__<workbook>__<recipient>.eml, .html and the chart .png, and returns their paths', async () => {
    const paths = await deliveredPaths(message());
    expect(paths.map((p) => basename(p))).toEqual([
      `${BASE}.eml`,
      `${BASE}.html`,
      `${BASE}__status-chart.png`,
    ]);
    expect((await readdir(dir)).sort()).toEqual(paths.map((p) => basename(p)).sort());
  });

  it('writes an .eml that a MIME parser reads back with subject, addresses, HTML, text and the inline chart', async () => {
    const msg = message();
    const [emlPath] = await deliveredPaths(msg);
    if (!emlPath) throw new Error('no .eml path');
    const raw = await readFile(emlPath);
    const email = await PostalMime.parse(raw);
    expect(email.subject).toBe('【指标预警】湖州市场监管十四五 2025-11-22：红2 黄3');
    expect(email.to).toEqual([{ name: '张三', address: 'Zhang.San@example.gov.cn' }]);
    expect(email.from?.address).toBe('kpi-sentinel@localhost');
    expect(email.html).toContain('万台特种设备事故率');
    expect(email.html).toContain(`src="cid:${CHART_CID}"`);
    expect(email.text).toContain('[越线 breached] 万台特种设备事故率');
    expect(email.headers.find((h) => h.key === 'x-kpi-sentinel-run')?.value).toBe('run-42');
    expect(email.attachments).toHaveLength(1);
    const chart = email.attachments[0];
    if (!chart) throw new Error('no attachment');
    expect(chart.contentId).toBe(`<${CHART_CID}>`);
    expect(chart.mimeType).toBe('image/png');
    expect(chart.disposition).toBe('inline');
    expect(chart.related).toBe(true);
    const bytes = chart.content;
    if (typeof bytes === 'string') throw new Error('attachment decoded as text');
    const decoded = Buffer.from(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes);
    expect(decoded.equals(msg.attachments[0]?.content ?? Buffer.alloc(0))).toBe(true);
  });

  it('encodes the Chinese subject as UTF-8 and nests text and HTML as alternatives around a related image', async () => {
    const [emlPath] = await deliveredPaths(message());
    if (!emlPath) throw new Error('no .eml path');
    const raw = (await readFile(emlPath)).toString('latin1');
    expect(raw).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/im);
    expect(raw).not.toContain('\r\n');
    const alternative = raw.indexOf('multipart/alternative');
    const related = raw.indexOf('multipart/related');
    expect(alternative).toBeGreaterThan(0);
    expect(related).toBeGreaterThan(alternative);
  });

  it('writes an .html that opens in a browser: the chart points at the .png beside it', async () => {
    const msg = message();
    const [, htmlPath, pngPath] = await deliveredPaths(msg);
    if (!htmlPath || !pngPath) throw new Error('missing paths');
    const html = await readFile(htmlPath, 'utf8');
    expect(html).not.toContain('cid:');
    expect(html).toContain(`<img src="${encodeURIComponent(basename(pngPath))}"`);
    expect((await readFile(pngPath)).equals(msg.attachments[0]?.content ?? Buffer.alloc(0))).toBe(
      true,
    );
  });

  it('uses the configured From address', async () => {
    const outbox = new OutboxChannel({ dir, from: '湖州市场监管局 <kpi@hz.example.gov.cn>' });
    const [emlPath] = await deliveredPaths(message(), outbox);
    if (!emlPath) throw new Error('no .eml path');
    const email = await PostalMime.parse(await readFile(emlPath));
    expect(email.from).toEqual({ name: '湖州市场监管局', address: 'kpi@hz.example.gov.cn' });
  });

  it("names the files by today's date in the plan's time zone when the message carries no date", async () => {
    const msg: DigestMessage = { ...message(), date: undefined };
    // 17:30 UTC on 31 March is already 1 April in Shanghai.
    const outbox = new OutboxChannel({ dir, now: () => new Date('2025-03-31T17:30:00Z') });
    const [emlPath] = await deliveredPaths(msg, outbox);
    expect(basename(emlPath ?? '')).toBe('2025-04-01__湖州十四五__zhang.san_at_example.gov.cn.eml');
  });

  it('replaces an earlier digest of the same day and leaves no temporary files', async () => {
    await deliveredPaths(message());
    const second = message();
    second.subject = '第二次';
    const [emlPath] = await deliveredPaths(second);
    if (!emlPath) throw new Error('no .eml path');
    expect((await PostalMime.parse(await readFile(emlPath))).subject).toBe('第二次');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports, as a bilingual value naming the path, an outbox it cannot write to', async () => {
    const blocked = join(dir, 'not-a-folder');
    await writeFile(blocked, 'a file where the outbox folder should be');
    const result = await new OutboxChannel({ dir: blocked }).deliver(message());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.channel).toBe('outbox');
    expect(result.to).toBe('Zhang.San@example.gov.cn');
    expect(result.message.zh).toContain(`无法写入发件箱文件 ${blocked}`);
    expect(result.message.en).toContain(`Could not write the outbox file ${blocked}`);
  });
});
