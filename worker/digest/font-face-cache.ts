import { mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { writeFileAtomicSync } from '../file-safety/write-atomic.ts';

/** Environment variable naming the folder extracted font faces are kept in. */
export const CACHE_DIR_ENV = 'KPI_SENTINEL_CACHE_DIR';

/**
 * Where derived files that can always be made again are kept: `$KPI_SENTINEL_CACHE_DIR`,
 * else the user's cache folder (`$XDG_CACHE_HOME`, `~/.cache`; `%LOCALAPPDATA%` on
 * Windows) under `kpi-sentinel`. A private folder of the user's, not the shared temporary
 * one, where anybody could put a font file of their own for the chart to load.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const own = env[CACHE_DIR_ENV];
  if (own) return own;
  const base =
    process.platform === 'win32'
      ? (env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
      : (env.XDG_CACHE_HOME ?? join(homedir(), '.cache'));
  return join(base, 'kpi-sentinel');
}

/** The source file as it is now: a face taken from it is kept under this name. */
function faceFileName(source: string, face: number): string {
  const { size, mtimeMs } = statSync(source);
  const stem = basename(source).replace(/[^\w.-]/g, '_');
  return `${stem}-${face}-${size}-${Math.trunc(mtimeMs)}.otf`;
}

/**
 * A font face taken out of a collection, kept as a file of its own: the canvas loads a
 * face from a path in a fraction of the time it takes to be handed the same 16 MB in
 * memory (and taking the face out is itself a read of them), which every check that
 * draws a chart paid. The file is named for the collection's path, size and time, so a
 * changed font is taken out afresh; it is written whole or not at all (a temporary name,
 * then renamed), and one of the wrong length is made again. Returns null when no such
 * file can be kept (the folder cannot be made or written): the caller uses the face from
 * memory then.
 */
export function cachedFace(
  source: string,
  face: number,
  expectedSize: number,
  extract: () => Buffer,
  dir: string,
): string | null {
  try {
    const path = join(dir, 'fonts', faceFileName(source, face));
    try {
      if (statSync(path).size === expectedSize) return path;
    } catch {
      // not kept yet
    }
    mkdirSync(join(dir, 'fonts'), { recursive: true, mode: 0o700 });
    writeFileAtomicSync(path, extract(), 0o600);
    return path;
  } catch {
    return null;
  }
}
