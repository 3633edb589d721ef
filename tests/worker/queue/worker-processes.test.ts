import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunQueues } from '../../../worker/queue/queues.ts';
import { RedisStats } from '../../../worker/queue/redis-stats.ts';
import { checkJobId, runJobId, slotOfRunId, workbookIdOf } from '../../../worker/queue/run-id.ts';
import { readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import {
  type CliProcess,
  eventually,
  planWorkbook,
  runFinished,
} from '../../support/queue-fixtures.ts';
import { runBin } from '../../support/run-bin.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { workerProcesses } from '../../support/worker-processes.ts';

const root = tempDir('processes');
const rig = workerProcesses();
/** Several processes on a busy machine: generous, never asserted. */
const PROCESS_TEST_MS = 240_000;

interface Setup {
  dir: string;
  config: string;
  prefix: string;
  plans: { path: string; recipients: string[] }[];
  queues: RunQueues;
}

/** Workbooks with their own recipients, and a configuration file for the worker processes. */
async function setup(
  name: string,
  workbooks: number,
  file: Record<string, unknown>,
): Promise<Setup> {
  const dir = join(root, name);
  const plans = await Promise.all(
    Array.from({ length: workbooks }, async (_, i) => {
      const recipients = [`${name}-${i}@example.gov.cn`];
      return {
        path: await planWorkbook(join(dir, `plans/plan-${i}.xlsx`), recipients),
        recipients,
      };
    }),
  );
  const prefix = `p-${name}`;
  const config = rig.configFile(dir, prefix, file);
  const queues = rig.observer(prefix);
  return { dir, config, prefix, plans, queues };
}

function workers(s: Setup, n: number): CliProcess[] {
  return rig.start(s.config, s.dir, n);
}

/** Every recipient of every plan got exactly one email for `runId`. */
function expectOneEmailEach(s: Setup, runId: string): void {
  for (const plan of s.plans) {
    for (const r of plan.recipients)
      expect(
        rig.sink.received.filter((m) => m.runId === runId && m.rcpt === r),
        `${r} in ${runId}`,
      ).toHaveLength(1);
  }
}

describe('worker processes', () => {
  it(
    'three workers on a schedule every three seconds run each slot exactly once and send each recipient one email per run',
    async () => {
      const s = await setup('three', 2, {
        schedule: { cron: '*/3 * * * * *', timezone: 'Asia/Shanghai' },
      });
      const three = workers(s, 3);
      await Promise.all(three.map((p) => p.waitFor('worker.started', 30_000)));
      const completed = () => three.flatMap((p) => p.events('run.completed'));
      await eventually(() => completed().length >= 4, 60_000, 'four completed runs', 200);
      // SIGTERM: each worker finishes (or hands back) what it is doing and exits cleanly.
      expect(await Promise.all(three.map((p) => p.stop('SIGTERM')))).toEqual([0, 0, 0]);

      const runIds = completed().map((l) => String(l.runId));
      expect(new Set(runIds).size).toBe(runIds.length); // no run's digest ran twice
      const slots = runIds.map((id) => slotOfRunId(id)?.getTime() ?? NaN).sort((a, b) => a - b);
      for (let i = 1; i < slots.length; i++)
        expect((slots[i] ?? 0) - (slots[i - 1] ?? 0)).toBe(3_000); // none skipped
      const started = three.flatMap((p) => p.events('run.started')).map((l) => String(l.runId));
      expect(new Set(started).size).toBe(started.length); // each slot's flow was added once
      for (const runId of runIds) expectOneEmailEach(s, runId);
      expect(Math.max(...rig.sink.countsByRunAndRecipient().values())).toBe(1);
      const stats = await new RedisStats(rig.redis, s.prefix).read();
      expect(stats.runs_completed).toBeGreaterThanOrEqual(runIds.length);
      expect(stats.emails_already_sent).toBe(0);
    },
    PROCESS_TEST_MS,
  );

  it(
    'completes a run once when the worker running a check is killed with SIGKILL, and leaves the workbook intact',
    async () => {
      const s = await setup('sigkill', 4, {});
      const two = workers(s, 2);
      await Promise.all(two.map((p) => p.waitFor('worker.started', 30_000)));
      const enqueued = runBin(['enqueue', '--config', s.config], s.dir);
      expect(enqueued.code, enqueued.stderr).toBe(0);
      const runId = /manual-\S+Z/.exec(enqueued.stdout)?.[0] ?? '';
      expect(enqueued.stdout).toContain(`已请求检查批次 ${runId} / run ${runId} requested`);

      const victim = await eventually(
        async () => {
          const [active] = await s.queues.checks.getActive();
          const pid = Number(active?.processedBy?.split(':').pop());
          const proc = two.find((p) => p.pid === pid);
          return active && proc ? { job: active, proc } : undefined;
        },
        30_000,
        'a check to be running',
        5,
      );
      victim.proc.child.kill('SIGKILL');
      await victim.proc.exited;

      const summary = await runFinished(s.queues, runId, 60_000);
      expect(summary).toMatchObject({ checked: 4, failed: [] });
      expectOneEmailEach(s, runId);
      const survivor = two.find((p) => p !== victim.proc);
      const redone = await s.queues.checks.getJob(String(victim.job.id));
      expect(await redone?.getState()).toBe('completed');
      expect(redone?.processedBy?.endsWith(`:${survivor?.pid}`)).toBe(true); // redone by the survivor
      const plan = s.plans.find((p) => checkJobId(runId, workbookIdOf(p.path)) === victim.job.id);
      if (!plan) throw new Error('killed job matches no workbook');
      const read = await readWorkbookGrids(plan.path);
      if (!read.ok) throw new Error('workbook damaged');
      expect(read.grids.Alerts?.rows.length ?? 0).toBeGreaterThan(0);
      expect(
        readdirSync(join(s.dir, 'plans')).filter((f) => f.endsWith('.xlsx') && !f.startsWith('.')),
      ).toHaveLength(4);
      expect((await s.queues.digests.getJob(runJobId(runId)))?.attemptsMade).toBe(1);
    },
    PROCESS_TEST_MS,
  );

  it(
    'completes a run once, losing and doubling no email, when Redis restarts in the middle of it',
    async () => {
      const s = await setup('restart', 6, { queue: { concurrency: 1 } });
      const two = workers(s, 2);
      await Promise.all(two.map((p) => p.waitFor('worker.started', 30_000)));
      const enqueued = runBin(['enqueue', '--config', s.config], s.dir);
      const runId = /manual-\S+Z/.exec(enqueued.stdout)?.[0] ?? '';
      await eventually(
        async () => (await s.queues.checks.getJobCountByTypes('completed')) >= 1,
        30_000,
        'a first check to complete',
        5,
      );
      expect(await s.queues.digests.getJobCountByTypes('completed')).toBe(0);

      await rig.server.restart(500);

      const summary = await runFinished(s.queues, runId, 60_000);
      expect(summary).toMatchObject({ checked: 6, failed: [] });
      expectOneEmailEach(s, runId);
      expect(rig.sink.received.filter((m) => m.runId === runId)).toHaveLength(6);
      const stats = await new RedisStats(rig.redis, s.prefix).read();
      expect([stats.runs_started, stats.runs_completed]).toEqual([1, 1]);
      expect(two.every((p) => p.child.exitCode === null)).toBe(true); // the outage did not crash a worker
    },
    PROCESS_TEST_MS,
  );
});
