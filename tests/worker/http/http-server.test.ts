import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerHttp } from '../../support/worker-http.ts';
import { buildHttpServer } from '../../../worker/http/http-server.ts';
import { memoryLogger } from '../../../worker/log/logger.ts';
import { RunQueues } from '../../../worker/queue/queues.ts';
import { RedisStats } from '../../../worker/queue/redis-stats.ts';
import { saveRunSummary } from '../../../worker/queue/run-summary-store.ts';
import { startWorkerProcess } from '../../../worker/queue/worker-process.ts';
import {
  FAST_QUEUE,
  planWorkbook,
  queueConfig,
  runFinished,
} from '../../support/queue-fixtures.ts';
import { SmtpSink } from '../../support/smtp-sink.ts';
import { tempDir } from '../../support/temp-dir.ts';

const TOKEN = 'a-long-enough-secret-token';
const dir = tempDir('http');
const served = workerHttp(dir, 'http', { token: TOKEN });

const bearer = { authorization: `Bearer ${TOKEN}` };

describe('the worker HTTP API', () => {
  it('answers GET /health with the Redis state and the worker name', async () => {
    const res = await served.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', redis: 'up', worker: 'test-worker' });
  });

  it('refuses POST /runs without the token, or with a wrong one, with 401 and a bilingual reason', async () => {
    const none = await served.app.inject({ method: 'POST', url: '/runs' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="kpi-sentinel"');
    expect(none.json<{ error: string }>().error).toMatch(/^需要令牌.* \/ a token is required/);
    const wrong = await served.app.inject({
      method: 'POST',
      url: '/runs',
      headers: { authorization: 'Bearer guess' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(await served.queues.runs.count()).toBe(0);
  });

  it('starts a run for POST /runs with the token, with an optional as-of date', async () => {
    const res = await served.app.inject({
      method: 'POST',
      url: '/runs',
      headers: bearer,
      payload: { asOf: '2025-03-31' },
    });
    expect(res.statusCode).toBe(202);
    const { runId } = res.json<{ runId: string }>();
    expect(runId).toMatch(/^manual-\d{8}T\d{6}\.\d{3}Z$/);
    const job = await served.queues.runs.getJob(`start-${runId}`);
    expect(job?.data).toMatchObject({ trigger: 'manual', runId, asOf: '2025-03-31' });
  });

  it('rejects a bad as-of date with 400 naming the value', async () => {
    const res = await served.app.inject({
      method: 'POST',
      url: '/runs',
      headers: bearer,
      payload: { asOf: '2025-13-01' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: string }>().error).toContain('"2025-13-01"');
  });

  it('answers the browser preflight of the add-in\'s "check now"', async () => {
    const res = await served.app.inject({
      method: 'OPTIONS',
      url: '/runs',
      headers: { origin: 'https://localhost:3000', 'access-control-request-method': 'POST' },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-headers']).toContain('Authorization');
  });

  it('exposes counters, alerts by severity, the last successful run and queue depths as Prometheus text', async () => {
    const stats = new RedisStats(served.redis, 'http');
    stats.increment('runs_started', 3);
    stats.increment('checks_failed');
    await saveRunSummary(served.redis, 'http', {
      runId: 'r1',
      trigger: 'schedule',
      finishedAt: Date.parse('2025-11-21T18:00:05Z'),
      workbooks: 2,
      checked: 1,
      failed: ['坏的.xlsx'],
      alerts: { critical: 2, warning: 5, info: 1 },
      emails: { sent: 3, alreadySent: 0, failed: 0, skipped: 0 },
    });
    const res = await served.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const lines = res.body.split('\n');
    expect(lines).toContain('# TYPE kpi_sentinel_runs_started_total counter');
    expect(lines).toContain('kpi_sentinel_runs_started_total 3');
    expect(lines).toContain('kpi_sentinel_checks_failed_total 1');
    expect(lines).toContain('kpi_sentinel_checks_completed_total 0');
    expect(lines).toContain('kpi_sentinel_alerts_firing{severity="critical"} 2');
    expect(lines).toContain('kpi_sentinel_alerts_firing{severity="warning"} 5');
    expect(lines).toContain(
      `kpi_sentinel_last_successful_run_timestamp_seconds ${Date.parse('2025-11-21T18:00:05Z') / 1000}`,
    );
    expect(lines).toContain('kpi_sentinel_last_run_failed_workbooks 1');
    // The POST /runs above left its start job waiting.
    expect(lines).toContain('kpi_sentinel_queue_jobs{queue="runs",state="waiting"} 1');
    expect(lines).toContain('kpi_sentinel_queue_jobs{queue="checks",state="failed"} 0');
  });

  it('puts the queue dashboard behind the token, asking a browser for it with Basic auth', async () => {
    const none = await served.app.inject({ method: 'GET', url: '/queues' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Basic realm="kpi-sentinel"');
    const basic = `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`;
    const page = await served.app.inject({
      method: 'GET',
      url: '/queues',
      headers: { authorization: basic },
    });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    // The page sets <base href="/queues/"> and links its assets relative to it.
    const relative = /(?:src|href)="(static\/[^"]+\.(?:css|js))"/.exec(page.body)?.[1];
    if (!relative) throw new Error('the dashboard page links no static asset');
    const asset = `/queues/${relative}`;
    // Served by @fastify/static (content-disposition 3), on this Node version.
    const file = await served.app.inject({
      method: 'GET',
      url: asset,
      headers: { authorization: basic },
    });
    expect(file.statusCode).toBe(200);
    expect(file.body.length).toBeGreaterThan(100);
    expect((await served.app.inject({ method: 'GET', url: asset })).statusCode).toBe(401);
    const api = await served.app.inject({
      method: 'GET',
      url: '/queues/api/queues',
      headers: bearer,
    });
    expect(api.statusCode).toBe(200);
    expect(
      api
        .json<{ queues: { name: string }[] }>()
        .queues.map((q) => q.name)
        .sort(),
    ).toEqual(['checks', 'digests', 'runs']);
  });

  it('turns POST /runs and the dashboard off (403) when no token is configured', async () => {
    const open = await buildHttpServer({
      queues: served.queues,
      redis: served.redis,
      stats: new RedisStats(served.redis, 'http'),
      token: undefined,
      name: 'x',
    });
    expect((await open.inject({ method: 'POST', url: '/runs', headers: bearer })).statusCode).toBe(
      403,
    );
    expect((await open.inject({ method: 'GET', url: '/queues' })).statusCode).toBe(403);
    expect((await open.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    await open.close();
  });
});

describe('the HTTP API of a running worker', () => {
  it('runs a check when POST /runs comes over the network with the token, and not without it', async () => {
    const sink = await SmtpSink.start();
    await planWorkbook(join(dir, 'plans/hz.xlsx'), ['leader@example.gov.cn']);
    const config = queueConfig(dir, {
      workbooks: ['plans/*.xlsx'],
      redisUrl: served.server.url,
      http: { port: 0, token: TOKEN },
      mail: { smtpUrl: sink.url, from: 'kpi@example.gov.cn' },
      queue: { ...FAST_QUEUE, prefix: 'http-live' },
    });
    const worker = await startWorkerProcess(config, memoryLogger(), () => undefined);
    const url = `http://127.0.0.1:${worker.httpPort}/runs`;
    try {
      expect((await fetch(url, { method: 'POST' })).status).toBe(401);
      const res = await fetch(url, {
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json' },
        body: JSON.stringify({ asOf: '2025-03-31' }),
      });
      expect(res.status).toBe(202);
      const { runId } = (await res.json()) as { runId: string };
      const live = new RunQueues(served.server.url, config.queue, 'worker');
      await runFinished(live, runId, 30_000);
      await live.close();
      expect(sink.to('leader@example.gov.cn').map((m) => m.runId)).toEqual([runId]);
    } finally {
      await worker.shutdown('SIGTERM');
      await sink.stop();
    }
  });
});
