import { memoryLogger } from '../../worker/log/logger.ts';
import { MemoryStats } from '../../worker/metrics/stats.ts';

/**
 * What a delivery channel under test is given besides its own settings: counters and a log
 * to read back, and a sleep that only records how long the channel would have waited.
 */
export function channelDeps() {
  const waits: number[] = [];
  const stats = new MemoryStats();
  const log = memoryLogger();
  const sleep = (ms: number): Promise<void> => {
    waits.push(ms);
    return Promise.resolve();
  };
  return { waits, deps: { stats, log, sleep } };
}
