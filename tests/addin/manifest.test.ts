import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkManifest as validate,
  MANIFEST_SCHEMAS,
} from '../../addin/tooling/manifest-schema-check.ts';
import { REPO_ROOT } from '../support/run-bin.ts';

const MANIFEST = readFileSync(join(REPO_ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('is checked against the schemas vendored in the repository', () => {
    expect(MANIFEST_SCHEMAS).toBe(join(REPO_ROOT, 'addin', 'manifest-schemas'));
    expect(existsSync(join(MANIFEST_SCHEMAS, 'OfficeAppManifestV1_1.xsd'))).toBe(true);
  });

  it('validates against the Office add-in manifest schemas', async () => {
    expect(await validate(MANIFEST)).toEqual({ valid: true, errors: [] });
  });

  it.each([
    ['a missing Id', (x: string) => x.replace(/<Id>[^<]*<\/Id>/, '')],
    [
      'a version Office cannot read',
      (x: string) => x.replace('<Version>0.1.0.0</Version>', '<Version>v0.1</Version>'),
    ],
    [
      'a permission Office does not know',
      (x: string) =>
        x.replace(
          '<Permissions>ReadWriteDocument</Permissions>',
          '<Permissions>Everything</Permissions>',
        ),
    ],
    [
      'elements out of order',
      (x: string) =>
        x.replace(
          /(<ProviderName>[^<]*<\/ProviderName>)\s*(<DefaultLocale>[^<]*<\/DefaultLocale>)/,
          '$2$1',
        ),
    ],
    [
      'a button without an action',
      (x: string) => x.replace(/<Action xsi:type="ShowTaskpane">[\s\S]*?<\/Action>/, ''),
    ],
  ])('fails validation with %s', async (_name, breakIt) => {
    const broken = breakIt(MANIFEST);
    expect(broken).not.toBe(MANIFEST);
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('puts a button that opens the task pane in a kpi-sentinel group on the Home tab', () => {
    expect(MANIFEST).toMatch(
      /<OfficeTab id="TabHome">\s*<Group id="KpiSentinel.Group">\s*<Label resid="Group.Label"\/>/,
    );
    expect(MANIFEST).toContain('<bt:String id="Group.Label" DefaultValue="kpi-sentinel"/>');
    expect(MANIFEST).toMatch(
      /<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/,
    );
  });

  it('points every URL at https://localhost:3000, where npm run dev-server serves the built pane and its icons', () => {
    const urls = [...MANIFEST.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map(
      (m) => m[1] ?? '',
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith('https://localhost:3000')).toBe(true);
    expect(urls).toContain('https://localhost:3000/taskpane.html');
    expect(existsSync(join(REPO_ROOT, 'addin', 'taskpane.html'))).toBe(true);
    for (const url of urls.filter((u) => u.endsWith('.png'))) {
      const png = readFileSync(join(REPO_ROOT, 'addin', 'public', new URL(url).pathname));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });
});
