import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { buildHttpServer, type HttpDeps } from '../../worker/http/http-server.ts';
import { RunQueues } from '../../worker/queue/queues.ts';
import { RedisStats } from '../../worker/queue/redis-stats.ts';
import { FAST_QUEUE, queueConfig } from './queue-fixtures.ts';
import { TestRedis } from './redis-server.ts';

interface Started {
  server: TestRedis;
  redis: Redis;
  queues: RunQueues;
  app: FastifyInstance;
}

/**
 * The worker's HTTP API for one test file: a private redis-server, the run queues under
 * `prefix`, and the Fastify app built (not listening; tests inject), torn down afterwards.
 */
export function workerHttp(
  dir: string,
  prefix: string,
  over: Partial<HttpDeps> & Pick<HttpDeps, 'token'>,
): Started {
  let started: Started | null = null;
  beforeAll(async () => {
    const server = await TestRedis.start();
    const redis = server.client();
    const queues = new RunQueues(
      server.url,
      queueConfig(dir, { queue: { ...FAST_QUEUE, prefix } }).queue,
      'worker',
    );
    const app = await buildHttpServer({
      queues,
      redis,
      stats: new RedisStats(redis, prefix),
      name: 'test-worker',
      ...over,
    });
    started = { server, redis, queues, app };
  });
  afterAll(async () => {
    if (started === null) return;
    await started.app.close();
    await started.queues.close();
    started.redis.disconnect();
    await started.server.stop();
  });
  const get = (): Started => {
    if (started === null) throw new Error('the worker HTTP API has not started');
    return started;
  };
  return {
    get server() {
      return get().server;
    },
    get redis() {
      return get().redis;
    },
    get queues() {
      return get().queues;
    },
    get app() {
      return get().app;
    },
  };
}
