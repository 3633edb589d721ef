import { bilingualLine, t } from '../../shared/i18n/messages.ts';
import type { Config } from '../config/config-schema.ts';
import { loadConfig } from '../config/load-config.ts';
import { stderrLogger } from '../log/logger.ts';
import { say, type Output } from './output.ts';
import { ConfigUsageError } from './usage-error.ts';

// The queue and schedule modules (BullMQ, fastify, bull-board, node-cron) are loaded only by
// the commands that use them, so `check` and `import` start as fast as before.

/** The configuration (`--config FILE`, else the default names in the working folder), or a usage error listing every problem. */
export async function configFor(file: string | undefined): Promise<Config> {
  const loaded = await loadConfig(file === undefined ? {} : { file });
  if (!loaded.ok) throw new ConfigUsageError(loaded.messages.map(bilingualLine).join('\n'));
  return loaded.config;
}

function redisUrlOf(config: Config): string {
  if (config.redisUrl === undefined)
    throw new ConfigUsageError(bilingualLine(t('config.redis_required')));
  return config.redisUrl;
}

/**
 * SIGTERM (systemd stop, docker stop) and SIGINT (Ctrl-C) both stop gracefully; a second
 * one exits at once. Listening starts before the process is up, so a signal during
 * start-up stops it as soon as it is up instead of killing it halfway. Either way the
 * process exits within `timeoutMs` (`queue.shutdownTimeoutMs`) of the signal, even when
 * Redis never answers.
 */
function stopOnSignals(timeoutMs: number): {
  stopWith(stop: (signal: string) => Promise<void>): void;
} {
  let stop: ((signal: string) => Promise<void>) | null = null;
  let pending: string | null = null;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      // Whatever Redis does (down, paused, a wrong password), the process is gone in time.
      setTimeout(() => process.exit(1), timeoutMs).unref();
      if (stop) void stop(signal);
      else pending = signal;
    });
  }
  return {
    stopWith(s) {
      stop = s;
      if (pending !== null) void s(pending);
    },
  };
}

const forever = (): Promise<never> => new Promise<never>(() => undefined);

/** `kpi-sentinel worker`: runs until a signal stops it. */
export async function workerCommand(file: string | undefined): Promise<never> {
  const config = await configFor(file);
  redisUrlOf(config);
  if (config.workbooks.length === 0)
    throw new ConfigUsageError(
      bilingualLine(t('config.no_workbooks', { file: config.file ?? '-' })),
    );
  const { startWorkerProcess } = await import('../queue/worker-process.ts');
  const signals = stopOnSignals(config.queue.shutdownTimeoutMs);
  const running = await startWorkerProcess(config, stderrLogger, (code) => process.exit(code));
  signals.stopWith((signal) => running.shutdown(signal));
  return forever();
}

/** `kpi-sentinel enqueue`: asks the workers for a run now and prints its id. */
/** How long `enqueue` waits for Redis before it says so and gives up. */
const ENQUEUE_CONNECT_MS = 10_000;

/** `kpi-sentinel enqueue`: asks the workers for a run now; false when Redis could not be reached. */
export async function enqueueCommand(
  o: Output,
  file: string | undefined,
  asOf: string | undefined,
): Promise<boolean> {
  const config = await configFor(file);
  const { openRunsQueue } = await import('../queue/queues.ts');
  const { requestRun } = await import('../queue/run-starter.ts');
  const url = redisUrlOf(config);
  const runs = openRunsQueue(url, config.queue, 'producer');
  try {
    // The producer keeps ioredis's offline queue (see connection.ts), so a Redis that is
    // down would make it wait for ever: give it a deadline and a message instead.
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), ENQUEUE_CONNECT_MS);
    });
    const ready = await Promise.race([
      runs.waitUntilReady().then(() => 'ready' as const),
      deadline,
    ]);
    clearTimeout(timer);
    if (ready === 'timeout') {
      o.err(
        bilingualLine(
          t('queue.redis_unreachable', {
            url: new URL(url).host,
            seconds: ENQUEUE_CONNECT_MS / 1000,
          }),
        ),
      );
      return false;
    }
    const runId = await requestRun(runs, asOf === undefined ? {} : { asOf });
    say(o, t('queue.enqueued', { runId }));
    return true;
  } finally {
    await runs.close().catch(() => undefined);
  }
}

/** `kpi-sentinel watch`: the embedded schedule, until a signal stops it. */
export async function watchCommand(file: string | undefined): Promise<never> {
  const config = await configFor(file);
  if (config.workbooks.length === 0)
    throw new ConfigUsageError(
      bilingualLine(t('config.no_workbooks', { file: config.file ?? '-' })),
    );
  const { startWatch } = await import('../watch/watch-command.ts');
  const signals = stopOnSignals(config.queue.shutdownTimeoutMs);
  const running = await startWatch(config, stderrLogger, (code) => process.exit(code));
  signals.stopWith((signal) => running.shutdown(signal));
  return forever();
}
