import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { REPO_ROOT } from '../support/run-bin.ts';

const SCHEMAS = join(REPO_ROOT, 'addin', 'manifest-schemas');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const MANIFEST = readFileSync(join(REPO_ROOT, 'manifest.xml'), 'utf8');

/** Validates manifest text against the Office add-in manifest schemas, offline. */
async function validate(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const read = (name: string): { fileName: string; contents: string } => ({
    fileName: name,
    contents: readFileSync(join(SCHEMAS, name), 'utf8'),
  });
  const others = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd') && f !== MAIN_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [read(MAIN_SCHEMA)],
    preload: others.map(read),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}

describe('manifest.xml', () => {
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

  it('points every URL at https://localhost:3000, where npm run start:addin serves the built pane and its icons', () => {
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
