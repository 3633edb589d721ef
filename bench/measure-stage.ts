/**
 * Times one benchmark stage and reads its memory: garbage is collected first (when node
 * runs with --expose-gc) so a stage does not pay for the previous one's leftovers.
 */
import type { MemoryReading, RssSampler } from './rss-sampler.ts';

/** One run of one stage. */
export interface StageRun extends MemoryReading {
  ms: number;
}

/** True when node was started with --expose-gc. */
export function canCollectGarbage(): boolean {
  return typeof globalThis.gc === 'function';
}

/** Full garbage collection, when exposed; twice, so objects freed by finalisers go too. */
export function collectGarbage(): void {
  const gc = globalThis.gc;
  if (typeof gc !== 'function') return;
  gc();
  gc();
}

/** Runs `fn` once as a measured stage; returns its result and the run's figures. */
export async function measureStage<T>(
  meter: RssSampler,
  fn: () => T | Promise<T>,
): Promise<{ value: T; run: StageRun }> {
  collectGarbage();
  meter.begin();
  const start = performance.now();
  const value = await fn();
  const ms = performance.now() - start;
  return { value, run: { ms, ...meter.end() } };
}
