// Fault family: a check job that never ends by itself — here its workbook's Redis lock is
// held by another worker that stalled with it (a long lease, renewed). The job's overall
// time limit (`queue.checkTimeoutMs`) must end it, the night's digest must still go out,
// and the digest must name the workbook that was not checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisWorkbookLocks } from '../../worker/file-safety/workbook-lock-redis.ts';
import { sha256 } from '../../worker/file-safety/file-snapshot.ts';
import { RunQueues } from '../../worker/queue/queues.ts';
import { checkJobId, workbookIdOf } from '../../worker/queue/run-id.ts';
import { requestRun } from '../../worker/queue/run-starter.ts';
import {
  CliProcess,
  FAST_QUEUE,
  planWorkbook,
  queueConfig,
  runFinished,
  writeConfig,
} from '../support/queue-fixtures.ts';
import { privateRedis } from '../support/redis-server.ts';
import { SmtpSink } from '../support/smtp-sink.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('faults-check-timeout');
const PREFIX = 'timeout';
// Stopped last (hooks run in reverse): after the worker process and the SMTP sink.
const local = privateRedis();
let sink: SmtpSink;
let worker: CliProcess | null = null;

beforeAll(async () => {
  sink = await SmtpSink.start();
});
afterAll(async () => {
  await worker?.stop('SIGKILL');
  await sink.stop();
});

describe('a check job has an overall time limit', () => {
  it('gives up a check that stalls, fails it for good after its retries, and the digest names the workbook', async () => {
    const stuck = await planWorkbook(join(dir, 'plans/stuck.xlsx'), ['chief@example.gov.cn']);
    await planWorkbook(join(dir, 'plans/fine.xlsx'), ['chief@example.gov.cn']);
    const before = sha256(readFileSync(stuck));
    const file = {
      workbooks: ['plans/*.xlsx'],
      redisUrl: local.server.url,
      mail: { smtpUrl: sink.url, from: 'kpi@example.gov.cn', attempts: 1 },
      // A lease far longer than the time limit: without the limit the check waits for the lock for minutes.
      queue: {
        ...FAST_QUEUE,
        prefix: PREFIX,
        attempts: 2,
        checkTimeoutMs: 8_000,
        workbookLockLeaseMs: 120_000,
      },
    };
    const configPath = writeConfig(dir, file);
    const config = queueConfig(dir, file);
    // Another worker holds the workbook and stalls with it (its lease renewed all along).
    const stalled = await new RedisWorkbookLocks(local.redis, PREFIX, { leaseMs: 120_000 }).acquire(
      stuck,
    );
    worker = new CliProcess(['worker', '--config', configPath], dir);
    await worker.waitFor('worker.started', 30_000);
    const queues = new RunQueues(local.server.url, config.queue, 'producer');
    try {
      const runId = await requestRun(queues.runs, { asOf: '2025-03-31' });
      const summary = await runFinished(queues, runId, 100_000);
      expect(summary.failed).toEqual(['stuck.xlsx']);
      expect(summary.checked).toBe(1);
      const check = await queues.checks.getJob(checkJobId(runId, workbookIdOf(stuck)));
      expect(await check?.getState()).toBe('failed');
      expect(check?.attemptsMade).toBe(2);
      const [digest, ...more] = sink.to('chief@example.gov.cn');
      expect(more).toEqual([]);
      expect(digest?.mail.text).toContain('stuck.xlsx');
      expect(digest?.mail.text).toContain('的检查超过 8 秒仍未结束');
      expect(sha256(readFileSync(stuck))).toBe(before);
    } finally {
      await stalled.release();
      await queues.close();
    }
  }, 120_000);
});
