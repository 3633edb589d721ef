/**
 * Peak resident memory per benchmark stage, two ways:
 * - sampled: `process.memoryUsage().rss` read on a short timer while the stage runs. A
 *   timer only fires when the event loop is free, so it sees asynchronous stages (file
 *   reads and writes) but only the start and the end of synchronous ones (validate,
 *   evaluate).
 * - the kernel's high-water mark, `process.resourceUsage().maxRSS`. On Linux it is reset
 *   before each stage through /proc/self/clear_refs, so it is that stage's exact peak;
 *   elsewhere it is the peak of the whole process so far.
 */
import { writeFileSync } from 'node:fs';

/** Memory figures of one stage, in bytes. */
export interface MemoryReading {
  /** RSS when the stage started. */
  startRss: number;
  /** Highest RSS sampled during the stage (start and end included). */
  sampledPeak: number;
  /** process.resourceUsage().maxRSS after the stage. */
  maxRss: number;
  /** Timer samples taken during the stage. */
  samples: number;
}

/** A memory meter for one stage at a time. */
export interface RssSampler {
  /** True when the kernel peak is reset per stage (Linux); false when it is the process peak so far. */
  readonly perStagePeak: boolean;
  readonly intervalMs: number;
  /** Starts a stage: resets the sampled and kernel peaks and starts the timer. */
  begin(): void;
  /** Ends the stage: stops the timer and returns what was seen. */
  end(): MemoryReading;
}

/** Asks Linux to reset this process's peak RSS (VmHWM, which maxRSS reports); false when it cannot. */
function resetKernelPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

const rss = (): number => process.memoryUsage().rss;
const kernelPeak = (): number => process.resourceUsage().maxRSS * 1024;

/** A meter sampling every `intervalMs` (default 5 ms). */
export function rssSampler(intervalMs = 5): RssSampler {
  const perStagePeak = resetKernelPeak();
  let timer: NodeJS.Timeout | null = null;
  let startRss = 0;
  let peak = 0;
  let samples = 0;
  const sample = (): void => {
    peak = Math.max(peak, rss());
    samples++;
  };
  return {
    perStagePeak,
    intervalMs,
    begin() {
      if (timer !== null) clearInterval(timer);
      if (perStagePeak) resetKernelPeak();
      startRss = rss();
      peak = startRss;
      samples = 0;
      timer = setInterval(sample, intervalMs);
    },
    end() {
      if (timer !== null) clearInterval(timer);
      timer = null;
      const end = rss();
      return {
        startRss,
        sampledPeak: Math.max(peak, end),
        maxRss: Math.max(kernelPeak(), end),
        samples,
      };
    },
  };
}
