import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  deploymentManifest,
  installationAddinId,
} from '../../../worker/addin-host/addin-manifest.ts';
import { REPO_ROOT, runBin } from '../../support/run-bin.ts';
import { tempDir } from '../../support/temp-dir.ts';

const TEMPLATE = readFileSync(join(REPO_ROOT, 'manifest.xml'), 'utf8');
const dir = tempDir('manifest');

describe('the manifest for a deployment', () => {
  it('moves every URL of the development manifest below <publicUrl>/addin/ and names the public origin', () => {
    const xml = deploymentManifest(TEMPLATE, 'https://kpi.example.gov.cn:8443/sj', 'id-1');
    expect(xml).not.toContain('localhost');
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls)
      expect(url).toMatch(/^https:\/\/kpi\.example\.gov\.cn:8443\/sj\/addin\//);
    expect(xml).toContain('<AppDomain>https://kpi.example.gov.cn:8443</AppDomain>');
    expect(xml).toContain('<Id>id-1</Id>');
  });

  it('gives one installation one id, the same from every worker, and another installation another', () => {
    const a = installationAddinId('https://kpi.example.gov.cn/');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(installationAddinId('https://kpi.example.gov.cn')).toBe(a);
    expect(installationAddinId('https://kpi.other.gov.cn/')).not.toBe(a);
    expect(a).not.toBe(/<Id>([^<]+)<\/Id>/.exec(TEMPLATE)?.[1]);
  });

  it('is written by `kpi-sentinel manifest --url` for admins who host the pane elsewhere', () => {
    const out = join(dir, 'manifest.xml');
    const r = runBin(
      ['manifest', '--url', 'https://office.example.gov.cn/kpi/', '--out', out],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('https://office.example.gov.cn/kpi/addin/taskpane.html');
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://office.example.gov.cn/kpi/addin/taskpane.html"/>',
    );
    expect(xml).toContain(`<Id>${installationAddinId('https://office.example.gov.cn/kpi/')}</Id>`);
  });

  it('refuses a URL it cannot use, with a bilingual message and exit code 2', () => {
    const r = runBin(['manifest', '--url', 'kpi.example.gov.cn'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('“kpi.example.gov.cn”不是有效的地址');
    expect(r.stderr).toContain('is not a valid URL');
  });
});
