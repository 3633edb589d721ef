import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/run-bin.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('validate');

/** `npm run validate`, as a developer types it. */
function npmRun(script: string, ...args: string[]): { code: number; out: string } {
  const r = spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

describe('npm run validate', () => {
  it('passes the repository manifest.xml and says so', () => {
    const r = npmRun('validate');
    expect(r).toEqual({
      code: 0,
      out: 'manifest.xml 符合 Office 加载项清单架构 / manifest.xml is valid against the Office add-in manifest schemas\n',
    });
  });

  it('fails a broken manifest with a message naming the file and the element', () => {
    const broken = join(dir, 'broken-manifest.xml');
    const xml = readFileSync(join(REPO_ROOT, 'manifest.xml'), 'utf8');
    writeFileSync(broken, xml.replace('<Version>0.1.0.0</Version>', '<Version>v0.1</Version>'));
    const r = npmRun('validate', broken);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${broken} 不符合 Office 加载项清单架构（1 处问题）`);
    expect(r.out).toContain('does not validate against the Office add-in manifest schemas');
    expect(r.out).toMatch(/Version.*v0\.1/);
    expect(r.out).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('says plainly when the file cannot be read', () => {
    const r = npmRun('validate', join(dir, 'missing.xml'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('无法读取清单文件');
    expect(r.out).toContain('cannot read the manifest');
    expect(r.out).not.toMatch(/\n\s+at /);
  });
});
