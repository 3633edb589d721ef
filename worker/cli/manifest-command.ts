import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bilingualLine, t } from '../../shared/i18n/messages.ts';
import {
  deploymentManifest,
  installationAddinId,
  PANE_PATH,
  publicBase,
} from '../addin-host/addin-manifest.ts';
import { packageRoot } from '../addin-host/package-root.ts';
import { say, type Output } from './output.ts';

/** A URL the manifest can point Excel at, or a bilingual reason why not. */
export function manifestUrl(
  value: string,
): { ok: true; url: string } | { ok: false; message: string } {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return { ok: true, url: url.href };
  } catch {
    // reported below
  }
  return { ok: false, message: bilingualLine(t('cli.manifest.bad_url', { value })) };
}

/**
 * `kpi-sentinel manifest --url https://host/`: the manifest for a task pane hosted at
 * `<url>/addin/` by an administrator's own web server, printed or written to `--out`.
 */
export async function manifestCommand(
  o: Output,
  options: { url: string; out?: string | undefined; id?: string | undefined },
): Promise<void> {
  const id = options.id ?? installationAddinId(options.url);
  const template = await readFile(join(packageRoot(), 'manifest.xml'), 'utf8');
  const xml = deploymentManifest(template, options.url, id);
  if (options.out === undefined) {
    o.out(xml.trimEnd());
    return;
  }
  await writeFile(options.out, xml);
  const pane = new URL(`${PANE_PATH}taskpane.html`, publicBase(options.url)).href;
  say(o, t('cli.manifest.written', { file: options.out, pane, id }));
}
