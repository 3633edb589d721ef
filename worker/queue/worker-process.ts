import { hostname } from 'node:os';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { t } from '../../shared/i18n/messages.ts';
import { configuredChannel, robotChannelNames } from '../channels/configured-channel.ts';
import { RedisReminderLog } from '../remind/redis-reminder-log.ts';
import { RedisSendLog } from '../channels/send-log/redis-send-log.ts';
import type { Config } from '../config/config-schema.ts';
import { PANE_PATH, publicBase } from '../addin-host/addin-manifest.ts';
import { addinHosting, readTls } from '../addin-host/hosting-config.ts';
import { buildHttpServer } from '../http/http-server.ts';
import type { Logger } from '../log/logger.ts';
import { startCheckWorker, type CheckWorkerDeps } from './check-worker.ts';
import { checkEvictionPolicy, openRedis } from './connection.ts';
import { startDigestWorker } from './digest-worker.ts';
import { ActiveJobs, gracefulShutdown } from './graceful-shutdown.ts';
import { jobDefaults, RunQueues } from './queues.ts';
import { RedisStats } from './redis-stats.ts';
import { startRunWorker } from './run-starter.ts';
import { ensureRunScheduler } from './scheduler.ts';
import { RedisWorkbookLocks } from '../file-safety/workbook-lock-redis.ts';

/** A running worker process, for the CLI and for tests that run one in-process. */
export interface RunningWorker {
  name: string;
  /** The HTTP port, when the configuration turns the server on. */
  httpPort: number | null;
  /** What SIGTERM does: finish or hand back, close, then `exit`. */
  shutdown(signal: string): Promise<void>;
}

/** Reports errors BullMQ emits (lost Redis connection …) instead of crashing on them. */
function logErrors(
  emitter: { on(event: 'error', listener: (err: Error) => void): unknown },
  log: Logger,
  what: string,
): void {
  let last = 0;
  emitter.on('error', (err: Error) => {
    // A Redis outage makes every connection complain every retry: one line a few seconds.
    if (Date.now() - last < 5_000) return;
    last = Date.now();
    log.log('error', 'queue.error', t('queue.error', { what, reason: err.message }));
  });
}

/**
 * Says when Redis cannot be reached and when the next attempt is, from the start (the
 * worker would otherwise wait silently for it): host and port only, never the password.
 * At most one line every 30 s.
 */
function logRedisRetries(redis: Redis, url: string, log: Logger): void {
  const host = new URL(url).host;
  let reason = '';
  let last = 0;
  redis.on('error', (err: Error) => {
    reason = err.message;
  });
  redis.on('reconnecting', (delay: unknown) => {
    if (Date.now() - last < 30_000) return;
    last = Date.now();
    const at = new Date(Date.now() + (typeof delay === 'number' ? delay : 0)).toISOString();
    log.log('warn', 'redis.retry', t('queue.redis_retry', { host, reason, at }), {
      nextAttemptAt: at,
    });
  });
}

/**
 * `kpi-sentinel worker`: the queue mode of docs/architecture.md §7 in one process. Connects to Redis,
 * makes sure the nightly scheduler exists, and works the three queues — run starts,
 * workbook checks, digests — plus the HTTP API when configured. Any number of these
 * processes, on any number of machines, share the work.
 */
export async function startWorkerProcess(
  config: Config,
  log: Logger,
  exit: (code: number) => void,
  overrides: Pick<CheckWorkerDeps, 'check'> & { name?: string } = {},
): Promise<RunningWorker> {
  const redisUrl = config.redisUrl;
  if (redisUrl === undefined) throw new Error(t('config.redis_required').en);
  const name = overrides.name ?? `${hostname()}:${process.pid}`;
  const prefix = config.queue.prefix;
  const redis = openRedis(redisUrl, 'worker');
  logRedisRetries(redis, redisUrl, log);
  await checkEvictionPolicy(redis, log);

  const queues = new RunQueues(redisUrl, config.queue, 'worker');
  for (const q of queues.all()) logErrors(q, log, q.name);
  const jobOptions = jobDefaults(config.queue);
  await ensureRunScheduler(queues.runs, config.schedule, jobOptions, log);

  const stats = new RedisStats(redis, prefix);
  const locks = new RedisWorkbookLocks(redis, prefix, {
    leaseMs: config.queue.workbookLockLeaseMs,
  });
  const sendLog = new RedisSendLog(redis, {
    prefix,
    retentionDays: config.queue.keepCompletedDays,
  });
  const delivery = configuredChannel(config, sendLog, { stats, log });
  const active = new ActiveJobs();

  const workers: Worker[] = [
    startRunWorker(redisUrl, config, queues, jobOptions, { log, stats }, active, name),
    startCheckWorker(
      redisUrl,
      config,
      {
        locks,
        stats,
        log,
        limits: config.queue,
        robots: robotChannelNames(config),
        ...(overrides.check ? { check: overrides.check } : {}),
      },
      active,
      name,
    ),
    startDigestWorker(
      redisUrl,
      config,
      {
        channel: delivery.channel,
        checks: queues.checks,
        redis,
        config,
        stats,
        log,
        reminderLog: new RedisReminderLog(redis, {
          prefix,
          retentionDays: config.queue.keepCompletedDays,
        }),
      },
      active,
      name,
    ),
  ];
  for (const w of workers) logErrors(w, log, w.name);

  let httpPort: number | null = null;
  const http = config.http
    ? await buildHttpServer({
        queues,
        redis,
        stats,
        token: config.http.token,
        name,
        addin: addinHosting(config.http),
        tls: await readTls(config.http.tls),
      })
    : null;
  if (http && config.http) {
    await http.listen({ port: config.http.port, host: config.http.host });
    const address = http.server.address();
    httpPort = address !== null && typeof address === 'object' ? address.port : config.http.port;
    log.log(
      'info',
      'http.listening',
      t('http.listening', { host: config.http.host, port: httpPort }),
      { port: httpPort },
    );
    if (config.http.publicUrl !== undefined) {
      const base = publicBase(config.http.publicUrl);
      log.log(
        'info',
        'http.serving_addin',
        t('http.serving_addin', {
          pane: new URL(`${PANE_PATH}taskpane.html`, base).href,
          manifest: new URL('manifest.xml', base).href,
          source: config.http.officeJs,
        }),
      );
    }
    if (!config.http.token) log.log('warn', 'http.no_token', t('http.token_not_configured'));
    else if (config.http.token.length < 16)
      log.log(
        'warn',
        'http.weak_token',
        t('http.token_weak', { length: config.http.token.length }),
      );
  }

  const shutdown = gracefulShutdown({
    workers,
    active,
    timeoutMs: config.queue.shutdownTimeoutMs,
    log,
    exit,
    closeRest: async () => {
      await http?.close();
      delivery.close();
      await queues.close();
      redis.disconnect();
    },
  });
  log.log(
    'info',
    'worker.started',
    t('queue.worker_started', {
      name,
      cron: config.schedule.cron,
      timezone: config.schedule.timezone,
    }),
    { name, prefix },
  );
  return { name, httpPort, shutdown };
}
