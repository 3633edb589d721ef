import type { Redis } from 'ioredis';
import type { RunSummary } from './job-data.ts';
import { sentinelKey } from './redis-keys.ts';

/**
 * The last finished run, for `GET /metrics` (last successful run time, alerts by
 * severity) whichever worker process answers.
 */
export async function saveRunSummary(
  redis: Redis,
  prefix: string,
  summary: RunSummary,
): Promise<void> {
  await redis.set(sentinelKey(prefix, 'last-run'), JSON.stringify(summary));
}

/** The last run's summary, or null before the first run. */
export async function readRunSummary(redis: Redis, prefix: string): Promise<RunSummary | null> {
  const raw = await redis.get(sentinelKey(prefix, 'last-run'));
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed !== null && typeof parsed === 'object' && 'runId' in parsed
      ? (parsed as RunSummary)
      : null;
  } catch {
    return null;
  }
}
