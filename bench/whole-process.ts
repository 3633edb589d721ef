/**
 * Times a command as a whole process, start to exit, as a user runs it: wall time measured
 * here, peak resident memory and CPU time reported by the process itself at exit through
 * the preloaded peak-at-exit.js. Every script run is compiled JavaScript (dist/node/, built
 * by `npm run build`), so no TypeScript compiler loads in a measured process.
 */
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../worker/addin-host/package-root.ts';
import { PEAK_FILE_ENV } from './peak-at-exit.ts';

/** One finished process. */
export interface ProcessRun {
  /** Wall time from spawn to exit. */
  ms: number;
  /** Peak resident memory (the kernel's high-water mark), bytes. */
  maxRss: number;
  /** User + system CPU time. */
  cpuMs: number;
}

const ROOT = packageRoot();

/** The package's executable (bin/kpi-sentinel.js), which runs the bundled CLI (dist/cli/). */
export const CLI_BIN = join(ROOT, 'bin', 'kpi-sentinel.js');

/** A bench script as compiled into dist/node/bench/ (`name` without extension). */
export function compiledBenchScript(name: string): string {
  return join(ROOT, 'dist', 'node', 'bench', `${name}.js`);
}

let spawned = 0;

function usageOf(text: string): { maxRss: number; cpuMs: number } {
  const x: unknown = JSON.parse(text);
  if (
    typeof x === 'object' &&
    x !== null &&
    'maxRss' in x &&
    'cpuMs' in x &&
    typeof x.maxRss === 'number' &&
    typeof x.cpuMs === 'number'
  )
    return { maxRss: x.maxRss, cpuMs: x.cpuMs };
  throw new Error(`bench: the peak file held ${text}`);
}

/**
 * Runs `node <args>` in `cwd` and measures it; `scratch` holds the peak file. Throws with
 * the process's error output when it exits with another code than 0.
 */
export async function runProcess(
  args: string[],
  cwd: string,
  scratch: string,
): Promise<ProcessRun> {
  spawned += 1;
  const peakFile = join(scratch, `peak-${process.pid}-${spawned}.json`);
  const preload = pathToFileURL(compiledBenchScript('peak-at-exit')).href;
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', preload, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, [PEAK_FILE_ENV]: peakFile },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c) => resolve(c));
  });
  const ms = performance.now() - start;
  if (code !== 0)
    throw new Error(`bench: node ${args.join(' ')} exited with ${String(code)}: ${stderr}`);
  const usage = usageOf(await readFile(peakFile, 'utf8'));
  await rm(peakFile, { force: true });
  return { ms, ...usage };
}
