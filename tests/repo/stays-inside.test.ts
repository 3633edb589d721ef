import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapingPaths } from '../support/escaping-paths.ts';
import { REPO_ROOT } from '../support/run-bin.ts';

// The scanner and this test spell out the patterns they look for, as examples.
const SCANNER = ['tests/support/escaping-paths.ts', 'tests/repo/stays-inside.test.ts'];

/** Source, test, config and script files git tracks (the lock file is npm's, not ours). */
function trackedCode(): string[] {
  return execFileSync('git', ['ls-files'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(?:ts|tsx|js|mjs|cjs|json|html)$/.test(f) || f.startsWith('.ci/'))
    .filter((f) => f !== 'package-lock.json' && !SCANNER.includes(f));
}

describe('nothing in the repository reads outside it', () => {
  it('no tracked source, test or script file names a path outside the repository', () => {
    const files = trackedCode();
    // The scan covers the tree, not a handful of files.
    for (const folder of ['shared/', 'worker/', 'addin/', 'seeds/', 'tests/', 'bench/', '.ci/']) {
      expect(files.some((f) => f.startsWith(folder))).toBe(true);
    }
    const found = files.flatMap((f) =>
      escapingPaths(REPO_ROOT, f, readFileSync(join(REPO_ROOT, f), 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ['tests/seeds/a.test.ts', "const p = path.resolve(repoRoot, '../shared/docs/x.txt');"],
    ['tests/addin/a.test.ts', "const s = join(REPO_ROOT, '..', 'sibling', 'schemas');"],
    ['tests/worker/import/a.test.ts', "resolve(import.meta.dirname, '../../../../x/y.txt')"],
    ['tests/worker/a.test.ts', "resolve(import.meta.dirname, '..', '..', '..', 'sibling')"],
    ['worker/a.ts', "readFileSync('/work/shared/STYLE.md')"],
    ['shared/a.ts', ' * The engine (DESIGN §4): every indicator.'],
    ['tests/a.test.ts', "const dir = 'seed-docs';"],
  ])('flags %s: %s', (file, line) => {
    expect(escapingPaths(REPO_ROOT, file, `const a = 1;\n${line}\n`)).toEqual([
      expect.objectContaining({ file, line: 2 }),
    ]);
  });

  it.each([
    ['worker/cli/a.ts', "import { t } from '../../shared/i18n/messages.ts';"],
    ['tests/seeds/a.test.ts', "const root = fileURLToPath(new URL('../..', import.meta.url));"],
    ['tests/worker/a.test.ts', "resolve(import.meta.dirname, '..', '..', 'seeds')"],
    ['tests/a.test.ts', "const p = join(REPO_ROOT, 'seeds', 'docs');"],
    ['shared/a.ts', ' * The engine (docs/architecture.md §4): every indicator.'],
  ])('lets %s pass: %s', (file, line) => {
    expect(escapingPaths(REPO_ROOT, file, line)).toEqual([]);
  });
});
