// Queue mode's side of issue 12: the city plan and three district plans listing the same three
// people, checked by two `kpi-sentinel worker` processes on a private redis-server, mailed
// through a real SMTP server — one email per address per run, also when the digest job is
// retried and when one workbook cannot be checked.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF } from '../../seeds/huzhou-demo-expectations.ts';
import type { RunSummary } from '../../worker/queue/job-data.ts';
import type { RunQueues } from '../../worker/queue/queues.ts';
import { RedisStats } from '../../worker/queue/redis-stats.ts';
import { runJobId } from '../../worker/queue/run-id.ts';
import {
  DEPUTY,
  DIRECTOR,
  PEOPLE,
  PLANNING,
  PLANS,
  writePlans,
} from '../support/city-and-district-plans.ts';
import {
  type CliProcess,
  brokenWorkbook,
  eventually,
  runFinished,
} from '../support/queue-fixtures.ts';
import { runBin } from '../support/run-bin.ts';
import type { ReceivedMail } from '../support/smtp-sink.ts';
import { tempDir } from '../support/temp-dir.ts';
import { workerProcesses } from '../support/worker-processes.ts';

const root = tempDir('one-digest-queue');
const rig = workerProcesses();

interface Setup {
  dir: string;
  config: string;
  prefix: string;
  queues: RunQueues;
  workers: CliProcess[];
}

/** The four workbooks in `<name>/plans`, a configuration file over them and two worker processes. */
async function twoWorkers(name: string): Promise<Setup> {
  const dir = join(root, name);
  await writePlans(join(dir, 'plans'));
  const prefix = `one-${name}`;
  const config = rig.configFile(dir, prefix);
  const queues = rig.observer(prefix);
  const workers = rig.start(config, dir, 2);
  await Promise.all(workers.map((p) => p.waitFor('worker.started', 60_000)));
  return { dir, config, prefix, queues, workers };
}

/** `kpi-sentinel enqueue --as-of` as an operator types it; returns the run id it prints. */
function enqueue(s: Setup): string {
  const r = runBin(['enqueue', '--config', s.config, '--as-of', DEMO_AS_OF], s.dir);
  expect(r.code, r.stderr).toBe(0);
  const runId = /manual-\S+Z/.exec(r.stdout)?.[0];
  if (runId === undefined) throw new Error(`no run id in: ${r.stdout}`);
  return runId;
}

/** The one message each of the three people got in `runId` (fails on none or a second). */
function oneEach(runId: string): Map<string, ReceivedMail> {
  const mails = rig.sink.received.filter((m) => m.runId === runId);
  expect(mails.map((m) => m.rcpt).sort()).toEqual([...PEOPLE].sort());
  return new Map(mails.map((m) => [m.rcpt, m]));
}

/** How long a run may take on a busy machine: generous, never asserted. */
const RUN_MS = 180_000;

async function finished(s: Setup, runId: string): Promise<RunSummary> {
  return runFinished(s.queues, runId, RUN_MS);
}

describe('one digest per person per run in queue mode, two worker processes', () => {
  it(
    'sends each address exactly one email naming all four plans by plan and file name',
    async () => {
      const s = await twoWorkers('plain');
      const runId = enqueue(s);
      const summary = await finished(s, runId);

      expect(summary).toMatchObject({
        workbooks: 4,
        checked: 4,
        failed: [],
        emails: { sent: 3, alreadySent: 0, failed: 0 },
      });
      for (const [to, { mail }] of oneEach(runId)) {
        for (const plan of PLANS) {
          expect(mail.text, to).toContain(plan.file);
          expect(mail.text, to).toContain(plan.name);
        }
      }
      expect(oneEach(runId).get(DIRECTOR)?.mail.subject).toMatch(
        new RegExp(`^【指标预警】${DEMO_AS_OF}：4 个规划 红\\d+ 黄\\d+$`),
      );
    },
    2 * RUN_MS,
  );

  it(
    'sends nobody a second email when the digest job is retried after the SMTP server put one address off',
    async () => {
      // The deputy is told "later" on both tries of the first digest attempt, after the
      // director has been sent theirs; the planning office comes after the deputy.
      rig.sink.policy = (address, attempt) =>
        address === DEPUTY && attempt <= 2 ? { code: 451, text: 'try again later' } : null;
      const s = await twoWorkers('smtp-later');
      const runId = enqueue(s);
      const summary = await finished(s, runId);

      expect((await s.queues.digests.getJob(runJobId(runId)))?.attemptsMade).toBe(2);
      oneEach(runId);
      expect(Object.fromEntries(rig.sink.attempts)).toEqual({
        [DIRECTOR]: 1,
        [DEPUTY]: 3,
        [PLANNING]: 1,
      });
      // The retry sent the deputy's and found the other two in the send log.
      expect(summary.emails).toMatchObject({ sent: 1, alreadySent: 2, failed: 0 });
    },
    2 * RUN_MS,
  );

  it(
    'sends nobody a second email when the worker process running the digest is killed mid-run',
    async () => {
      // The server keeps the deputy's message but holds back its reply: the sender is killed
      // after the director's went out and while the deputy's is on the wire.
      rig.sink.dataReplyDelayMs = (rcpts) => (rcpts.includes(DEPUTY) ? 120_000 : 0);
      const s = await twoWorkers('killed');
      const runId = enqueue(s);
      await eventually(
        () => rig.sink.received.some((m) => m.runId === runId && m.rcpt === DEPUTY),
        RUN_MS,
        "the deputy's message to reach the server",
      );
      const [active] = await s.queues.digests.getActive();
      const victim = s.workers.find((p) => active?.processedBy?.endsWith(`:${p.pid}`));
      if (!victim)
        throw new Error(`the digest job is run by no worker of ours: ${active?.processedBy}`);
      victim.child.kill('SIGKILL');
      await victim.exited;
      rig.sink.dataReplyDelayMs = () => 0;

      const summary = await finished(s, runId);
      const survivor = s.workers.find((p) => p !== victim);
      expect((await s.queues.digests.getJob(runJobId(runId)))?.processedBy).toMatch(
        new RegExp(`:${survivor?.pid}$`),
      );
      oneEach(runId);
      // The director's was recorded as sent, the deputy's is left in doubt (never resent),
      // the planning office's was sent by the survivor.
      expect(summary.emails).toMatchObject({ sent: 1, alreadySent: 1, failed: 1 });
      const inDoubt = survivor?.events('mail.not_sent') ?? [];
      expect(inDoubt.length).toBeGreaterThan(0);
      expect(inDoubt.filter((l) => !l.msg.includes(DEPUTY))).toEqual([]);
      expect((await new RedisStats(rig.redis, s.prefix).read()).emails_in_doubt).toBeGreaterThan(0);
    },
    2 * RUN_MS,
  );

  it(
    'still sends each address one email, naming the workbook that could not be checked',
    async () => {
      const s = await twoWorkers('corrupt');
      const broken = PLANS[3]?.file ?? '';
      brokenWorkbook(join(s.dir, 'plans', broken));
      const runId = enqueue(s);
      const summary = await finished(s, runId);

      expect(summary).toMatchObject({ workbooks: 4, checked: 3, failed: [broken] });
      for (const [to, { mail }] of oneEach(runId)) {
        expect(mail.html, to).toContain('data-block="failures"');
        expect(mail.html, to).toContain(broken);
        expect(mail.text, to).toContain(broken);
      }
      expect(oneEach(runId).get(DIRECTOR)?.mail.subject).toMatch(
        new RegExp(`^【指标预警】${DEMO_AS_OF}：3 个规划 红\\d+ 黄\\d+$`),
      );
    },
    2 * RUN_MS,
  );
});
