/**
 * `npm run bench:queue`: the same small workbooks checked three ways — in one process
 * (embedded mode, `runCheck`), then as one queue run through 1 and through 2 `kpi-sentinel
 * worker` processes against a private redis-server — and the times side by side: workbooks
 * per second, and the queue's overhead per job against the embedded mode.
 * `BENCH_QUEUE_COUNT=n` sets the number of workbooks (default 1,000).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { configSchema } from '../../worker/config/config-schema.ts';
import { runCheck } from '../../worker/pipeline/run-check.ts';
import { RunQueues } from '../../worker/queue/queues.ts';
import { runJobId } from '../../worker/queue/run-id.ts';
import { requestRun } from '../../worker/queue/run-starter.ts';
import { initWorkbook } from '../../worker/workbook/init-workbook.ts';
import { TestRedis } from '../../tests/support/redis-server.ts';
import { smallPlanTemplate } from './small-plan.ts';

const BIN = resolve(import.meta.dirname, '../../bin/kpi-sentinel.js');
const AS_OF = '2025-03-31';

function progress(text: string): void {
  process.stderr.write(`bench:queue: ${text}\n`);
}

function countFromEnv(): number {
  const raw = process.env.BENCH_QUEUE_COUNT;
  const n = raw === undefined || raw.trim() === '' ? 1_000 : Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    process.stderr.write(
      `bench:queue: BENCH_QUEUE_COUNT must be a positive whole number, not "${raw}"\n`,
    );
    process.exit(2);
  }
  return n;
}

/** Starts `kpi-sentinel worker` processes and resolves once each has logged that it started. */
async function startWorkers(n: number, config: string, cwd: string): Promise<ChildProcess[]> {
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<ChildProcess>((resolveStarted, reject) => {
          const child = spawn(process.execPath, [BIN, 'worker', '--config', config], {
            cwd,
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let seen = '';
          child.stderr.on('data', (chunk: Buffer) => {
            if (seen.includes('"worker.started"')) return;
            seen += chunk.toString('utf8');
            if (seen.includes('"worker.started"')) resolveStarted(child);
          });
          child.once('exit', (code) =>
            reject(new Error(`worker exited (${code}) before starting: ${seen.slice(-500)}`)),
          );
        }),
    ),
  );
}

async function stopWorkers(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((r) => {
          c.removeAllListeners('exit');
          c.once('exit', () => r());
          c.kill('SIGTERM');
        }),
    ),
  );
}

/** One queue run over every workbook, from the request to the completed digest, in ms. */
async function queueRun(
  workers: number,
  redis: TestRedis,
  dir: string,
  count: number,
): Promise<number> {
  const prefix = `bench${workers}`;
  const file = {
    workbooks: ['plans/*.xlsx'],
    redisUrl: redis.url,
    queue: { prefix, concurrency: 1 },
    stateDir: '.state',
  };
  const config = join(dir, `queue-${workers}.json`);
  await writeFile(config, JSON.stringify(file));
  const children = await startWorkers(workers, config, dir);
  const queues = new RunQueues(redis.url, configSchema.parse(file).queue, 'worker');
  try {
    const started = performance.now();
    const runId = await requestRun(queues.runs, { asOf: AS_OF });
    for (;;) {
      const job = await queues.digests.getJob(runJobId(runId));
      const state = job ? await job.getState() : 'missing';
      if (state === 'completed') break;
      if (state === 'failed') throw new Error(`run failed: ${job?.failedReason ?? ''}`);
      await sleep(20);
    }
    const ms = performance.now() - started;
    const done = await queues.checks.getJobCountByTypes('completed');
    if (done !== count) throw new Error(`expected ${count} completed checks, got ${done}`);
    return ms;
  } finally {
    await queues.close();
    await stopWorkers(children);
  }
}

function row(cells: (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const count = countFromEnv();
  const dir = await mkdtemp(join(os.tmpdir(), 'kpi-sentinel-bench-queue-'));
  const redis = await TestRedis.start();
  try {
    progress(`building ${count} small workbooks in ${dir}`);
    const plans = join(dir, 'plans');
    await mkdir(plans, { recursive: true });
    const first = join(plans, 'plan-0000.xlsx');
    await initWorkbook(first, smallPlanTemplate());
    const paths = [first];
    for (let i = 1; i < count; i++) {
      const path = join(plans, `plan-${String(i).padStart(4, '0')}.xlsx`);
      await copyFile(first, path);
      paths.push(path);
    }

    progress('embedded: one process, runCheck');
    const t0 = performance.now();
    const report = await runCheck(paths, { asOf: AS_OF, channel: null });
    const embedded = performance.now() - t0;
    if (report.checks.some((c) => !c.ok)) throw new Error('a workbook failed in the embedded run');

    const queue: { workers: number; ms: number }[] = [];
    for (const workers of [1, 2]) {
      progress(`queue: ${workers} worker process${workers > 1 ? 'es' : ''}`);
      queue.push({ workers, ms: await queueRun(workers, redis, dir, count) });
    }

    const perSec = (ms: number): string => (count / (ms / 1000)).toFixed(1);
    const lines = [
      `kpi-sentinel queue benchmark — ${count} small workbooks (3 indicators, 16 actuals each), ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}`,
      '',
      row([
        'mode',
        'processes',
        'run time (s)',
        'workbooks/s',
        'per workbook (ms)',
        'overhead per job vs embedded (ms)',
      ]),
      row(['---', '---', '---', '---', '---', '---']),
      row([
        'embedded (runCheck)',
        1,
        (embedded / 1000).toFixed(2),
        perSec(embedded),
        (embedded / count).toFixed(1),
        '—',
      ]),
      ...queue.map((q) =>
        row([
          'queue (BullMQ)',
          q.workers,
          (q.ms / 1000).toFixed(2),
          perSec(q.ms),
          (q.ms / count).toFixed(1),
          // Work spread over q.workers processes: compare the processes' total time with one embedded process.
          ((q.ms * q.workers - embedded) / count).toFixed(1),
        ]),
      ),
      '',
      'Queue run time: from the request (POST /runs, enqueue) to the completed digest job, worker start-up excluded; one check at a time per process.',
      'Overhead per job = (run time × processes − embedded time) / workbooks: what the queue adds to each check (Redis round trips, job locking, results stored for the digest).',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await redis.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
