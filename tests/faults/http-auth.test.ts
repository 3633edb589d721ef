// Fault family: credentials the HTTP API did not document. `POST /runs` takes only the
// Bearer token; Basic (user name anything, password the token) is for the dashboard's
// browser login alone.
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHttpServer } from '../../worker/http/http-server.ts';
import { RunQueues } from '../../worker/queue/queues.ts';
import { RedisStats } from '../../worker/queue/redis-stats.ts';
import { FAST_QUEUE, queueConfig } from '../support/queue-fixtures.ts';
import { TestRedis } from '../support/redis-server.ts';
import { tempDir } from '../support/temp-dir.ts';

const TOKEN = 'a-long-enough-secret-token';
const dir = tempDir('faults-http');
let server: TestRedis;
let redis: Redis;
let queues: RunQueues;
let app: FastifyInstance;

beforeAll(async () => {
  server = await TestRedis.start();
  redis = server.client();
  queues = new RunQueues(
    server.url,
    queueConfig(dir, { queue: { ...FAST_QUEUE, prefix: 'auth' } }).queue,
    'worker',
  );
  app = await buildHttpServer({
    queues,
    redis,
    stats: new RedisStats(redis, 'auth'),
    token: TOKEN,
    name: 'test-worker',
  });
});

afterAll(async () => {
  await app.close();
  await queues.close();
  redis.disconnect();
  await server.stop();
});

const basic = `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`;

describe('POST /runs is Bearer-only', () => {
  it('refuses Basic credentials carrying the right token, and starts no run', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/runs',
      headers: { authorization: basic },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="kpi-sentinel"');
    expect(await queues.runs.count()).toBe(0);
  });

  it('accepts the Bearer token', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/runs',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(202);
  });

  it('keeps Basic for the dashboard, where a browser can only log in that way', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/queues',
      headers: { authorization: basic },
    });
    expect(res.statusCode).toBe(200);
  });
});
