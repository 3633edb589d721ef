import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { configSchema } from '../../worker/config/config-schema.ts';
import { RunQueues } from '../../worker/queue/queues.ts';
import { CliProcess } from './queue-fixtures.ts';
import { privateRedis, type TestRedis } from './redis-server.ts';
import { SmtpSink } from './smtp-sink.ts';

/** What the tests of a file that runs `kpi-sentinel worker` processes share. */
export interface WorkerProcesses {
  readonly server: TestRedis;
  readonly redis: Redis;
  readonly sink: SmtpSink;
  /** `n` worker processes over the configuration file `config`, started in `cwd`. */
  start(config: string, cwd: string, n: number): CliProcess[];
  /** The queues of `prefix`, to watch a run; they wait out a Redis restart as a worker does. */
  observer(prefix: string): RunQueues;
}

/**
 * A private redis-server (privateRedis) and an SMTP sink for the file's tests; the worker
 * processes and observers a test starts are stopped after it, and the sink forgets what it
 * got. Read the fields inside tests, once beforeAll has run.
 */
export function workerProcesses(): WorkerProcesses {
  const file = privateRedis();
  let sink: SmtpSink | null = null;
  const processes: CliProcess[] = [];
  const observers: RunQueues[] = [];
  beforeAll(async () => {
    sink = await SmtpSink.start();
  });
  afterEach(async () => {
    await Promise.all(processes.splice(0).map((p) => p.stop('SIGKILL')));
    for (const q of observers.splice(0)) await q.close();
    sink?.reset();
  });
  afterAll(async () => {
    await sink?.stop();
  });
  return {
    get server() {
      return file.server;
    },
    get redis() {
      return file.redis;
    },
    get sink() {
      if (sink === null) throw new Error('the SMTP sink has not started');
      return sink;
    },
    start(config, cwd, n) {
      const list = Array.from(
        { length: n },
        () => new CliProcess(['worker', '--config', config], cwd),
      );
      processes.push(...list);
      return list;
    },
    observer(prefix) {
      const queues = new RunQueues(
        file.server.url,
        configSchema.parse({ queue: { prefix } }).queue,
        'worker',
      );
      observers.push(queues);
      return queues;
    },
  };
}
