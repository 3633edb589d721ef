// Fault family: a worker whose Redis is unreachable from the start. It says so, with the
// next attempt's time (and no password), and a SIGTERM ends it within
// queue.shutdownTimeoutMs whatever Redis does.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliProcess, FAST_QUEUE, planWorkbook, writeConfig } from '../support/queue-fixtures.ts';
import { freePort } from '../support/redis-server.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('faults-redis-down');
const PASSWORD = 'RedisPw-42';
const processes: CliProcess[] = [];
afterAll(async () => {
  for (const p of processes) await p.stop('SIGKILL');
});

describe('a worker whose Redis cannot be reached', () => {
  it('logs a retry line with the next attempt time and no password, and exits within the shutdown timeout of SIGTERM', async () => {
    await planWorkbook(join(dir, 'plans/hz.xlsx'), ['a@example.gov.cn']);
    const port = await freePort(); // nothing listens there
    const config = writeConfig(dir, {
      workbooks: ['plans/*.xlsx'],
      redisUrl: `redis://:${PASSWORD}@127.0.0.1:${port}`,
      queue: { ...FAST_QUEUE, shutdownTimeoutMs: 3_000 },
    });
    const worker = new CliProcess(['worker', '--config', config], dir);
    processes.push(worker);
    const retry = await worker.waitFor('redis.retry', 30_000);
    expect(retry.msg).toContain(`127.0.0.1:${port}`);
    expect(typeof retry.nextAttemptAt).toBe('string');
    expect(Date.parse(String(retry.nextAttemptAt))).toBeGreaterThan(Date.now() - 10_000);
    expect(worker.lines.map((l) => JSON.stringify(l)).join('\n')).not.toContain(PASSWORD);
    const began = Date.now();
    worker.child.kill('SIGTERM');
    await worker.exited;
    expect(Date.now() - began).toBeLessThan(3_000 + 2_000);
  }, 60_000);
});
