/**
 * `npm run validate [-- file.xml]`: checks an add-in manifest (default `manifest.xml`) against
 * the vendored Office schemas, with no network. Exit 0 valid, 1 invalid or unreadable.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { bilingualLine, t } from '../../shared/i18n/messages.ts';
import { checkManifest } from './manifest-schema-check.ts';

async function validateManifestFile(path: string): Promise<number> {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    console.error(bilingualLine(t('tooling.manifest_unreadable', { path, reason })));
    return 1;
  }
  const result = await checkManifest(xml, basename(path));
  if (result.valid) {
    console.log(bilingualLine(t('tooling.manifest_valid', { path })));
    return 0;
  }
  const count = result.errors.length;
  console.error(bilingualLine(t('tooling.manifest_invalid', { path, count })));
  for (const error of result.errors) console.error(`  ${error.trim()}`);
  return 1;
}

process.exitCode = await validateManifestFile(process.argv[2] ?? 'manifest.xml');
