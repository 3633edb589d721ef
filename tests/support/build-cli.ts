/**
 * Vitest global setup: builds the CLI (`npm run build`: dist/node/, bundled into dist/cli/) before any test
 * file runs, so every test that spawns bin/kpi-sentinel.js runs the current sources — a fresh
 * clone needs no build of its own, and an edit is never tested against stale output. Skipped
 * when nothing the build reads changed since the last build this setup made.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from './run-bin.ts';

const SOURCES = ['worker', 'shared', 'seeds', 'bench', 'tooling'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json'];
const STAMP = join(REPO_ROOT, 'dist', 'node', '.built-by-tests');

function newestChange(dir: string): number {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function upToDate(): boolean {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  const changed = Math.max(
    ...SOURCES.map((d) => newestChange(join(REPO_ROOT, d))),
    ...CONFIGS.map((f) => statSync(join(REPO_ROOT, f)).mtimeMs),
  );
  return changed < built;
}

export default function setup(): void {
  if (upToDate()) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  // The same command as `npm run build`; a type error fails the whole run here, with tsc's output.
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, ['tooling/bundle-cli.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}
