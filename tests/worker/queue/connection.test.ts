import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../worker/log/logger.ts';
import { checkEvictionPolicy, redisOptions } from '../../../worker/queue/connection.ts';
import { privateRedis } from '../../support/redis-server.ts';

const local = privateRedis();

describe('redisOptions', () => {
  it('reads host, port, credentials, database and TLS from the URL', () => {
    expect(redisOptions('rediss://kpi:p%40ss@redis.example.gov.cn:6380/3', 'worker')).toMatchObject(
      {
        host: 'redis.example.gov.cn',
        port: 6380,
        username: 'kpi',
        password: 'p@ss',
        db: 3,
        tls: {},
      },
    );
    expect(redisOptions('redis://127.0.0.1', 'worker')).toMatchObject({
      host: '127.0.0.1',
      port: 6379,
      db: 0,
    });
  });

  it('lets workers wait out a Redis restart and producers fail fast', () => {
    expect(redisOptions('redis://127.0.0.1:6379', 'worker').maxRetriesPerRequest).toBeNull();
    const producer = redisOptions('redis://127.0.0.1:6379', 'producer');
    expect(producer).toMatchObject({ maxRetriesPerRequest: 1, connectTimeout: 5_000 });
    // Commands made before the socket is up wait for it (BullMQ's first INFO does).
    expect(producer.enableOfflineQueue).toBeUndefined();
  });
});

describe('checkEvictionPolicy', () => {
  it('logs an error, in both languages, when Redis may evict queue keys', async () => {
    await local.redis.config('SET', 'maxmemory-policy', 'allkeys-lru');
    const log = memoryLogger();
    expect(await checkEvictionPolicy(local.redis, log)).toBe('allkeys-lru');
    const [line] = log.lines;
    expect(line).toMatchObject({
      level: 'error',
      event: 'redis.eviction',
      fields: { policy: 'allkeys-lru' },
    });
    expect(line?.text.zh).toContain('请设置为 noeviction');
    expect(line?.text.en).toContain('Set it to noeviction');
    await local.redis.config('SET', 'maxmemory-policy', 'noeviction');
  });

  it('says nothing when the policy is noeviction', async () => {
    const log = memoryLogger();
    expect(await checkEvictionPolicy(local.redis, log)).toBe('noeviction');
    expect(log.lines).toEqual([]);
  });
});
