import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { configSchema } from '../../worker/config/config-schema.ts';
import { RunQueues } from '../../worker/queue/queues.ts';
import { CliProcess, FAST_QUEUE, writeConfig } from './queue-fixtures.ts';
import { privateRedis, type TestRedis } from './redis-server.ts';
import { SmtpSink } from './smtp-sink.ts';

/** What the tests of a file that runs `kpi-sentinel worker` processes share. */
export interface WorkerProcesses {
  readonly server: TestRedis;
  readonly redis: Redis;
  readonly sink: SmtpSink;
  /**
   * Writes `dir`/kpi-sentinel.config.json over `dir`/plans/*.xlsx with this Redis (key prefix
   * `prefix`), this SMTP sink (two tries a message) and FAST_QUEUE; keys of `file` are added,
   * its `queue` keys merged. Returns its path.
   */
  configFile(dir: string, prefix: string, file?: Record<string, unknown>): string;
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
  const own = privateRedis();
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
  const smtp = (): SmtpSink => {
    if (sink === null) throw new Error('the SMTP sink has not started');
    return sink;
  };
  return {
    get server() {
      return own.server;
    },
    get redis() {
      return own.redis;
    },
    get sink() {
      return smtp();
    },
    configFile(dir, prefix, file = {}) {
      return writeConfig(dir, {
        workbooks: ['plans/*.xlsx'],
        redisUrl: own.server.url,
        mail: {
          smtpUrl: smtp().url,
          from: 'kpi@example.gov.cn',
          attempts: 2,
          backoffMs: 100,
          sendLeaseMs: 3_000,
        },
        ...file,
        queue: { ...FAST_QUEUE, prefix, ...(file.queue as object | undefined) },
      });
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
        own.server.url,
        configSchema.parse({ queue: { prefix } }).queue,
        'worker',
      );
      observers.push(queues);
      return queues;
    },
  };
}
