import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-bin.ts';
import { tempDir } from '../support/temp-dir.ts';

interface VitestReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string }[];
}

// The parent's vitest variables would make the inner run think it is a worker of this one.
function envWithoutVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TEST'),
  );
}

describe('a fresh clone in an empty folder', () => {
  it('runs the seed and importer suites with nothing beside it', () => {
    // An empty folder of its own: unlike CI's checkout, no ../shared stands beside the clone.
    const clone = join(tempDir('fresh-clone'), 'kpi-sentinel');
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' });
    execFileSync('git', ['clone', '--quiet', '--no-checkout', REPO_ROOT, clone]);
    execFileSync('git', ['checkout', '--quiet', '--detach', head.trim()], { cwd: clone });
    expect(readdirSync(dirname(clone))).toEqual(['kpi-sentinel']);
    expect(existsSync(join(clone, 'seeds', 'docs', 'README.md'))).toBe(true);
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');

    const report = join(dirname(clone), 'vitest.json');
    const run = spawnSync(
      'npx',
      [
        'vitest',
        'run',
        'tests/seeds',
        'tests/shared/import',
        '--reporter=json',
        `--outputFile=${report}`,
      ],
      { cwd: clone, env: envWithoutVitest(), encoding: 'utf8', timeout: 540_000 },
    );
    expect(run.error).toBeUndefined();
    const result = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
    const ran = result.testResults.map((r) => r.name);
    expect(ran.length).toBeGreaterThan(10);
    for (const file of ran) expect(file.startsWith(clone)).toBe(true);
    expect(ran.some((f) => f.includes('/tests/seeds/'))).toBe(true);
    expect(ran.some((f) => f.includes('/tests/shared/import/'))).toBe(true);
    expect({
      failed: result.numFailedTests,
      skipped: result.numPendingTests + result.numTodoTests,
      exit: run.status,
    }).toEqual({ failed: 0, skipped: 0, exit: 0 });
    expect(result.numPassedTests).toBe(result.numTotalTests);
    expect(result.numPassedTests).toBeGreaterThan(300);
  }, 600_000);
});
