/**
 * Vitest global setup: the cache folder (extracted font faces, see
 * worker/digest/font-face-cache.ts) of this run is a temporary one, removed afterwards —
 * tests never write into the user's own cache, and every run starts without one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_DIR_ENV } from '../../worker/digest/font-face-cache.ts';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-sentinel-test-cache-'));
  process.env[CACHE_DIR_ENV] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
