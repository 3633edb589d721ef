import { setTimeout as sleep } from 'node:timers/promises';
import { basename, join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../worker/config/config-schema.ts';
import { memoryLogger } from '../../../worker/log/logger.ts';
import {
  checkWorkbookFile,
  type CheckOptions,
  type WorkbookCheck,
} from '../../../worker/pipeline/check-stage.ts';
import { RunQueues, jobDefaults } from '../../../worker/queue/queues.ts';
import { RedisStats } from '../../../worker/queue/redis-stats.ts';
import { addRunFlow } from '../../../worker/queue/run-flow.ts';
import { checkJobId, runJobId, workbookIdOf } from '../../../worker/queue/run-id.ts';
import { requestRun } from '../../../worker/queue/run-starter.ts';
import { startWorkerProcess, type RunningWorker } from '../../../worker/queue/worker-process.ts';
import { workbookProblem } from '../../../worker/problems/workbook-problem.ts';
import { readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import {
  FAST_QUEUE,
  brokenWorkbook,
  eventually,
  planWorkbook,
  queueConfig,
  runFinished,
} from '../../support/queue-fixtures.ts';
import { TestRedis } from '../../support/redis-server.ts';
import { SmtpSink } from '../../support/smtp-sink.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('run-flow');
let server: TestRedis;
let redis: Redis;
let sink: SmtpSink;
let planA: string;
let planB: string;
const started: { worker: RunningWorker; exits: number[] }[] = [];
const producers: RunQueues[] = [];

beforeAll(async () => {
  [server, sink] = await Promise.all([TestRedis.start(), SmtpSink.start()]);
  redis = server.client();
  planA = await planWorkbook(join(dir, 'plans/湖州-a.xlsx'), [
    'a1@example.gov.cn',
    'a2@example.gov.cn',
  ]);
  planB = await planWorkbook(join(dir, 'plans/湖州-b.xlsx'), ['b1@example.gov.cn']);
});

afterEach(async () => {
  for (const s of started.splice(0)) await s.worker.shutdown('SIGTERM');
  for (const p of producers.splice(0)) await p.close();
  sink.reset();
});

afterAll(async () => {
  redis.disconnect();
  await Promise.all([server.stop(), sink.stop()]);
});

let prefixes = 0;

/** A configuration of its own (own Redis prefix) over the given workbooks. */
function config(
  workbooks: string[],
  over: Partial<{ mail: Record<string, unknown>; queue: Record<string, unknown> }> = {},
): Config {
  prefixes += 1;
  return queueConfig(dir, {
    workbooks,
    redisUrl: server.url,
    mail: {
      smtpUrl: sink.url,
      from: 'kpi@example.gov.cn',
      attempts: 2,
      backoffMs: 50,
      sendLeaseMs: 2_000,
      ...over.mail,
    },
    queue: { ...FAST_QUEUE, prefix: `flow${prefixes}`, ...over.queue },
  });
}

async function worker(
  c: Config,
  overrides: Parameters<typeof startWorkerProcess>[3] = {},
): Promise<{ worker: RunningWorker; exits: number[]; log: ReturnType<typeof memoryLogger> }> {
  const exits: number[] = [];
  const log = memoryLogger();
  const w = await startWorkerProcess(c, log, (code) => exits.push(code), overrides);
  started.push({ worker: w, exits });
  return { worker: w, exits, log };
}

function producer(c: Config): RunQueues {
  const q = new RunQueues(server.url, c.queue, 'producer');
  producers.push(q);
  return q;
}

describe('a run in queue mode', () => {
  it('checks every workbook once, writes the alerts back, and sends each recipient one digest', async () => {
    const c = config(['plans/*.xlsx']);
    await worker(c);
    const queues = producer(c);
    const runId = await requestRun(queues.runs, { asOf: '2025-03-31' });
    const summary = await runFinished(queues, runId, 30_000);

    expect(summary).toMatchObject({
      runId,
      workbooks: 2,
      checked: 2,
      failed: [],
      emails: { sent: 3, alreadySent: 0, failed: 0 },
    });
    expect([...sink.countsByRunAndRecipient().entries()].sort()).toEqual([
      [`${runId} a1@example.gov.cn`, 1],
      [`${runId} a2@example.gov.cn`, 1],
      [`${runId} b1@example.gov.cn`, 1],
    ]);
    expect(sink.to('b1@example.gov.cn')[0]?.mail.subject).toMatch(
      /^【指标预警】.* 2025-03-31：红\d+ 黄\d+$/,
    );
    for (const path of [planA, planB]) {
      const child = await queues.checks.getJob(checkJobId(runId, workbookIdOf(path)));
      expect(await child?.getState()).toBe('completed');
      const read = await readWorkbookGrids(path);
      if (!read.ok) throw new Error('workbook unreadable after the run');
      expect(read.grids.Alerts?.rows.length ?? 0).toBeGreaterThan(0);
    }
    const stats = await new RedisStats(redis, c.queue.prefix).read();
    expect(stats).toMatchObject({
      runs_started: 1,
      runs_completed: 1,
      checks_completed: 2,
      emails_sent: 3,
    });
  });

  it('fails a broken workbook for good without retrying it, and the digest still goes out naming it', async () => {
    brokenWorkbook(join(dir, 'broken/坏的.xlsx'));
    const c = config(['plans/湖州-b.xlsx', 'broken/*.xlsx']);
    await worker(c);
    const queues = producer(c);
    const runId = await requestRun(queues.runs);
    const summary = await runFinished(queues, runId, 30_000);

    expect(summary.failed).toEqual(['坏的.xlsx']);
    const child = await queues.checks.getJob(
      checkJobId(runId, workbookIdOf(join(dir, 'broken/坏的.xlsx'))),
    );
    expect(await child?.getState()).toBe('failed');
    expect(child?.attemptsMade).toBe(1);
    const [mail] = sink.to('b1@example.gov.cn');
    expect(mail?.mail.text).toContain('坏的.xlsx');
    expect(mail?.mail.html).toContain('data-block="failures"');
    expect(mail?.mail.html).toContain('坏的.xlsx');
  });

  it('retries a check that keeps failing transiently with backoff, then reports it in the digest', async () => {
    const c = config(['plans/*.xlsx']);
    const calls = new Map<string, number>();
    const flaky = async (path: string, options: CheckOptions): Promise<WorkbookCheck> => {
      calls.set(path, (calls.get(path) ?? 0) + 1);
      if (path !== planA) return checkWorkbookFile(path, options);
      return {
        ok: false,
        path,
        workbook: basename(path),
        problems: [
          workbookProblem(
            'workbook.write_failed',
            { workbook: basename(path) },
            { reason: 'EBUSY: resource busy or locked' },
          ),
        ],
      };
    };
    await worker(c, { check: flaky });
    const queues = producer(c);
    const runId = await requestRun(queues.runs);
    const summary = await runFinished(queues, runId, 30_000);

    expect(calls.get(planA)).toBe(FAST_QUEUE.attempts);
    expect(summary.failed).toEqual(['湖州-a.xlsx']);
    expect(sink.to('b1@example.gov.cn')[0]?.mail.text).toContain('EBUSY');
    // Nobody of the failed workbook hears from it, and the others hear exactly once.
    expect(sink.to('a1@example.gov.cn')).toHaveLength(0);
    expect(sink.to('b1@example.gov.cn')).toHaveLength(1);
    expect((await new RedisStats(redis, c.queue.prefix).read()).checks_retried).toBe(
      FAST_QUEUE.attempts - 1,
    );
  });

  it('retries the digest job after a transient SMTP failure and sends nothing twice', async () => {
    // b1 is told "later" three times: both tries of the first job attempt, then once more.
    sink.policy = (address, attempt) =>
      address === 'b1@example.gov.cn' && attempt <= 3
        ? { code: 451, text: 'try again later' }
        : null;
    const c = config(['plans/*.xlsx']);
    await worker(c);
    const queues = producer(c);
    const runId = await requestRun(queues.runs, { asOf: '2025-03-31' });
    const summary = await runFinished(queues, runId, 30_000);

    const digest = await queues.digests.getJob(runJobId(runId));
    expect(digest?.attemptsMade).toBe(2);
    expect([...sink.countsByRunAndRecipient().values()]).toEqual([1, 1, 1]);
    expect(sink.attempts.get('a1@example.gov.cn')).toBe(1);
    expect(summary.emails).toMatchObject({ sent: 1, alreadySent: 2, failed: 0 });
  });

  it('still sends the others their digests when the server refuses one address for good', async () => {
    sink.policy = (address) =>
      address === 'a2@example.gov.cn' ? { code: 550, text: 'no such mailbox' } : null;
    const c = config(['plans/*.xlsx']);
    await worker(c);
    const queues = producer(c);
    const runId = await requestRun(queues.runs);
    const summary = await runFinished(queues, runId, 30_000);

    expect(sink.received.map((m) => m.rcpt).sort()).toEqual([
      'a1@example.gov.cn',
      'b1@example.gov.cn',
    ]);
    expect(sink.attempts.get('a2@example.gov.cn')).toBe(1);
    expect(summary.emails).toMatchObject({ sent: 2, failed: 1 });
    expect((await queues.digests.getJob(runJobId(runId)))?.attemptsMade).toBe(1);
    expect((await new RedisStats(redis, c.queue.prefix).read()).email_failures_permanent).toBe(1);
  });

  it('adds a run once: the same run id again adds nothing', async () => {
    const c = config(['plans/*.xlsx']);
    const queues = producer(c);
    const plan = {
      runId: '20251121T180000Z',
      slot: Date.parse('2025-11-21T18:00:00Z'),
      asOf: null,
      trigger: 'schedule' as const,
      paths: [planA, planB],
    };
    expect(await addRunFlow(queues, plan, jobDefaults(c.queue))).toBe('added');
    expect(await addRunFlow(queues, plan, jobDefaults(c.queue))).toBe('exists');
    expect(await queues.digests.getJobCountByTypes('waiting-children')).toBe(1);
    expect(await queues.checks.getJobCountByTypes('waiting')).toBe(2);
  });
});

describe('graceful shutdown', () => {
  /** The real check, slowed down on its first call only. */
  function slowFirst(ms: number): (path: string, options: CheckOptions) => Promise<WorkbookCheck> {
    let first = true;
    return async (path, options) => {
      if (first) {
        first = false;
        await sleep(ms);
      }
      return checkWorkbookFile(path, options);
    };
  }

  it('lets a running check finish within the time limit before stopping', async () => {
    const c = config(['plans/湖州-b.xlsx'], { queue: { shutdownTimeoutMs: 5_000 } });
    const w = await worker(c, { check: slowFirst(800), name: 'w-finish' });
    const queues = producer(c);
    const runId = await requestRun(queues.runs);
    const id = checkJobId(runId, workbookIdOf(planB));
    await eventually(
      async () => (await (await queues.checks.getJob(id))?.getState()) === 'active',
      10_000,
      'the check to start',
    );
    await w.worker.shutdown('SIGTERM');
    expect(w.exits).toEqual([0]);
    expect(await (await queues.checks.getJob(id))?.getState()).toBe('completed');
    expect(w.log.lines.some((l) => l.event === 'shutdown.handed_back')).toBe(false);
  });

  it('hands a check still running at the time limit back to the queue, where another worker completes it', async () => {
    const c = config(['plans/湖州-b.xlsx'], {
      queue: { shutdownTimeoutMs: 500, stalledIntervalMs: 30_000, lockDurationMs: 30_000 },
    });
    const first = await worker(c, { check: slowFirst(60_000), name: 'w-slow' });
    const queues = producer(c);
    const runId = await requestRun(queues.runs);
    const id = checkJobId(runId, workbookIdOf(planB));
    await eventually(
      async () => (await (await queues.checks.getJob(id))?.getState()) === 'active',
      10_000,
      'the check to start',
    );
    await first.worker.shutdown('SIGTERM');
    expect(first.exits).toEqual([0]);
    expect(first.log.lines.find((l) => l.event === 'shutdown.handed_back')?.text.en).toContain(
      'handed 1 unfinished jobs back',
    );
    expect(await (await queues.checks.getJob(id))?.getState()).toBe('waiting');

    // Stall detection is 30 s away: only the hand-back lets the second worker start at once.
    await worker(c, { name: 'w-second' });
    await runFinished(queues, runId, 15_000);
    expect((await queues.checks.getJob(id))?.processedBy).toBe('w-second');
    expect(sink.to('b1@example.gov.cn')).toHaveLength(1);
  });
});
