/**
 * One service for a bureau: the worker serves the built task pane under /addin/ and the
 * manifest for its public URL; Chromium loads the served pane (office.js answered by the
 * fake Excel host) and its "Check now" posts to the origin that served it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkManifest } from '../../../addin/tooling/manifest-schema-check.ts';
import { buildHttpServer } from '../../../worker/http/http-server.ts';
import { RunQueues } from '../../../worker/queue/queues.ts';
import { RedisStats } from '../../../worker/queue/redis-stats.ts';
import {
  buildAddin,
  buildHostScript,
  launchChromium,
  OFFICE_JS,
} from '../../addin/e2e/pane-harness.ts';
import { FAST_QUEUE, queueConfig } from '../../support/queue-fixtures.ts';
import { TestRedis } from '../../support/redis-server.ts';
import { REPO_ROOT } from '../../support/run-bin.ts';
import { tempDir } from '../../support/temp-dir.ts';

const TOKEN = 'served-pane-token-0123456789';
const PUBLIC_URL = 'https://kpi.example.gov.cn/sj/';
const SHOTS = join(REPO_ROOT, 'test-artifacts', 'addin');
const dir = tempDir('served-pane');
const paneDir = join(dir, 'addin');

let server: TestRedis;
let redis: Redis;
let queues: RunQueues;
let app: FastifyInstance;
let local: FastifyInstance;
let origin: string;
let hostScript: string;
let browser: Browser;

async function serverFor(officeJs: 'cdn' | 'local'): Promise<FastifyInstance> {
  return buildHttpServer({
    queues,
    redis,
    stats: new RedisStats(redis, 'served'),
    token: TOKEN,
    name: 'served-pane-worker',
    addin: { publicUrl: PUBLIC_URL, officeJs, paneDir },
  });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await TestRedis.start();
  redis = server.client();
  queues = new RunQueues(
    server.url,
    queueConfig(dir, { queue: { ...FAST_QUEUE, prefix: 'served' } }).queue,
    'worker',
  );
  [hostScript] = await Promise.all([buildHostScript(), buildAddin(paneDir)]);
  app = await serverFor('cdn');
  local = await serverFor('local');
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser.close();
  await app.close();
  await local.close();
  await queues.close();
  redis.disconnect();
  await server.stop();
});

describe('the worker serving the add-in', { timeout: 60_000 }, () => {
  it('serves the manifest generated for its public URL', async () => {
    const res = await app.inject({ method: 'GET', url: '/manifest.xml' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const xml = res.body;
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://kpi.example.gov.cn/sj/addin/taskpane.html"/>',
    );
    expect(xml).toContain('<AppDomain>https://kpi.example.gov.cn</AppDomain>');
    expect(xml).not.toContain('localhost');
    expect(await checkManifest(xml, 'manifest.xml')).toEqual({ valid: true, errors: [] });
  });

  it('serves the built pane under /addin/, marked as served by the worker, office.js from the CDN by default', async () => {
    const page = await app.inject({ method: 'GET', url: '/addin/taskpane.html' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<meta name="kpi-sentinel-worker" content="same-origin" />');
    expect(page.body).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const script = /src="\.\/(assets\/taskpane-[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const asset = await app.inject({ method: 'GET', url: `/addin/${String(script)}` });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    const missing = await app.inject({ method: 'GET', url: '/addin/../package.json' });
    expect(missing.statusCode).toBe(404);
  });

  it('serves office.js itself with http.officeJs "local", and the pane loads it from there', async () => {
    const page = await local.inject({ method: 'GET', url: '/addin/taskpane.html' });
    expect(page.body).not.toContain('appsforoffice.microsoft.com');
    expect(page.body).toContain('<script src="office-js/office.js"></script>');
    const officeJs = await local.inject({ method: 'GET', url: '/addin/office-js/office.js' });
    expect(officeJs.statusCode).toBe(200);
    expect(officeJs.body.length).toBeGreaterThan(10_000);
    const cdnMode = await app.inject({ method: 'GET', url: '/addin/office-js/office.js' });
    expect(cdnMode.statusCode).toBe(404);
  });

  it('loads in Chromium and posts Check now to its own origin with only the token typed', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 900 }, locale: 'zh-CN' });
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: hostScript }),
    );
    const posted: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posted.push(r.url());
    });
    await page.goto(`${origin}/addin/taskpane.html`);
    await page.getByRole('button', { name: '创建规划表格' }).click();
    await page.getByTestId('notice').filter({ hasText: '已创建工作表' }).waitFor();
    await page.getByRole('tab', { name: '设置' }).click();
    expect(await page.locator('[data-field="worker-url"]').count()).toBe(0);
    await page
      .locator('[data-field="worker-served"]')
      .filter({ hasText: `${origin}/` })
      .waitFor();
    await page.locator('[data-field="worker-token"]').fill(TOKEN);
    await page.getByRole('button', { name: '保存后台服务设置' }).click();
    const before = await queues.runs.getJobCounts();
    await page.getByRole('button', { name: '立即检查' }).click();
    await page.getByTestId('notice').filter({ hasText: '后台检查已开始' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'served-by-worker.png'), fullPage: true });
    expect(posted).toEqual([`${origin}/runs`]);
    const after = await queues.runs.getJobCounts();
    const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    expect(total(after)).toBe(total(before) + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the queue dashboard without fonts or scripts from other hosts', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/queues',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<div id="root">');
    expect(res.body).not.toMatch(/(href|src)="https?:\/\//);
  });
});
