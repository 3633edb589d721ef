// The executable runs bundled JavaScript and each command loads only what it uses: `--help`
// loads commander and little else, `check` never the queue (BullMQ, ioredis) or the HTTP
// service (fastify, bull-board), and no TypeScript compiler loads at run time. A file of the
// bundle (dist/cli/) counts as the sources and packages that went into it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { huzhouTemplate } from '../../../seeds/huzhou-template.ts';
import { DEMO_AS_OF } from '../../../seeds/huzhou-demo-expectations.ts';
import { workbookMaker } from '../../support/fresh-workbooks.ts';
import { BIN, REPO_ROOT } from '../../support/run-bin.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('lazy-commands');
const RECORDER = join(REPO_ROOT, 'tests/support/record-imports.mjs');
let runs = 0;

interface BundleMeta {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

/** The sources (and package modules) that went into each file of the bundle, by its path. */
function bundleInputs(): Map<string, string[]> {
  const meta = JSON.parse(
    readFileSync(join(REPO_ROOT, 'dist/cli/meta.json'), 'utf8'),
  ) as BundleMeta;
  return new Map(
    Object.entries(meta.outputs).map(([file, out]) => [
      join(REPO_ROOT, file),
      Object.keys(out.inputs).map((input) => join(REPO_ROOT, input)),
    ]),
  );
}

/**
 * Runs the executable with record-imports.mjs preloaded; returns its exit code, the files it
 * loaded and the modules they hold (a bundled file stands for what went into it).
 */
function loadedBy(args: string[]): {
  code: number | null;
  stderr: string;
  files: string[];
  modules: string[];
} {
  runs += 1;
  const file = join(dir, `imports-${runs}.txt`);
  const r = spawnSync(process.execPath, ['--import', RECORDER, BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, KPI_SENTINEL_IMPORTS_FILE: file },
  });
  const urls = new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
  const files = [...urls].map((u) => (u.startsWith('file:') ? fileURLToPath(u) : u));
  const inputs = bundleInputs();
  const modules = files.flatMap((f) => inputs.get(f) ?? [f]);
  return { code: r.status, stderr: r.stderr, files, modules };
}

/** The npm packages among loaded modules (`@scope/name` or `name`). */
function packagesOf(modules: string[]): string[] {
  const names = modules.flatMap((m) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m);
    return match?.[1] === undefined ? [] : [match[1]];
  });
  return [...new Set(names)].sort();
}

const QUEUE_AND_HTTP = [
  'bullmq',
  'ioredis',
  'fastify',
  '@fastify/static',
  '@bull-board/api',
  '@bull-board/fastify',
];

describe('the compiled executable', () => {
  it('prints --help having loaded commander and no other package, and no TypeScript', () => {
    const run = loadedBy(['--help']);
    expect(run.code).toBe(0);
    expect(packagesOf(run.modules)).toEqual(['commander']);
    const ours = run.files.filter((m) => m.startsWith(REPO_ROOT) && !m.includes('node_modules'));
    expect(ours.length).toBeGreaterThanOrEqual(2);
    for (const m of ours) expect(m).toMatch(/\/(bin|dist\/cli)\/.*\.js$/);
    // What the bundle's files hold: the CLI's own sources, never a command's.
    const sources = run.modules.filter((m) => m.startsWith(join(REPO_ROOT, 'worker')));
    expect(sources).toContain(join(REPO_ROOT, 'worker/cli/main.ts'));
    expect(sources).not.toContain(join(REPO_ROOT, 'worker/pipeline/run-check.ts'));
  });

  it('checks a workbook without loading the queue, the HTTP service or a TypeScript compiler', async () => {
    const plan = await workbookMaker(dir, huzhouTemplate())();
    const run = loadedBy(['check', plan, '--as-of', DEMO_AS_OF, '--outbox', join(dir, 'out')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const packages = packagesOf(run.modules);
    // It did load what a check needs: the working-day calendar and the digest's mail composer.
    expect(packages).toEqual(
      expect.arrayContaining(['chinese-days', 'nodemailer', '@napi-rs/canvas']),
    );
    // XML is read by the package layer's own tokenizer; saxes is only the tests' oracle.
    for (const name of [...QUEUE_AND_HTTP, 'saxes', 'exceljs', 'tsx', 'esbuild', 'typescript'])
      expect(packages).not.toContain(name);
    // Without --config, neither the configuration's YAML parser nor its cron syntax check.
    expect(packages).not.toContain('yaml');
    expect(packages).not.toContain('node-cron');
    expect(run.files.filter((m) => m.endsWith('.ts'))).toEqual([]);
    expect(run.modules).toContain(join(REPO_ROOT, 'worker/pipeline/run-check.ts'));
    expect(run.modules).toContain(join(REPO_ROOT, 'worker/digest/compose-message.ts'));
  });

  it('checks without writing or sending (--dry-run) without loading the digest composer', async () => {
    const plan = await workbookMaker(dir, huzhouTemplate())();
    const out = join(dir, 'out-dry-run');
    const run = loadedBy(['check', plan, '--as-of', DEMO_AS_OF, '--outbox', out, '--dry-run']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const packages = packagesOf(run.modules);
    expect(packages).toContain('chinese-days');
    // Nothing is sent: neither the chart's canvas nor the mail composer loads.
    expect(packages).not.toContain('@napi-rs/canvas');
    expect(packages).not.toContain('nodemailer');
    expect(run.modules).not.toContain(join(REPO_ROOT, 'worker/digest/compose-message.ts'));
    expect(run.modules).toContain(join(REPO_ROOT, 'worker/pipeline/run-check.ts'));
  });
});
