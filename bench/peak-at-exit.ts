/**
 * Preloaded (`node --import`) into every process the bench times, compiled to
 * dist/node/bench/peak-at-exit.js: at exit it writes the process's own peak resident memory
 * (the kernel's high-water mark) and CPU time as JSON to the file named by
 * {@link PEAK_FILE_ENV}. Nothing else loads with it, so the process measured is the one a
 * user runs.
 */
import { writeFileSync } from 'node:fs';

export const PEAK_FILE_ENV = 'KPI_SENTINEL_BENCH_PEAK_FILE';

const file = process.env[PEAK_FILE_ENV];
if (file !== undefined && file !== '') {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        maxRss: usage.maxRSS * 1024,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      }),
    );
  });
}
