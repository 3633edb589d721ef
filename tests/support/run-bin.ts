import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** The package's executable: runs the compiled CLI, which vitest's global setup builds (build-cli.ts). */
export const BIN = resolve(REPO_ROOT, 'bin/kpi-sentinel.js');

/** Runs the real `kpi-sentinel` executable, as a user or a script would. */
export function runBin(
  args: string[],
  cwd: string,
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
