/**
 * Validates add-in manifest text against Microsoft's manifest schemas vendored in
 * `addin/manifest-schemas/`, offline (libxml2 compiled to WebAssembly). The one home of this
 * check: `npm run validate` and the manifest tests both call it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

export const MANIFEST_SCHEMAS = join(import.meta.dirname, '..', 'manifest-schemas');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

export interface ManifestCheck {
  valid: boolean;
  /** libxml2's messages, each naming the line and the element. */
  errors: string[];
}

export async function checkManifest(
  xml: string,
  fileName = 'manifest.xml',
): Promise<ManifestCheck> {
  const read = (name: string): { fileName: string; contents: string } => ({
    fileName: name,
    contents: readFileSync(join(MANIFEST_SCHEMAS, name), 'utf8'),
  });
  const others = readdirSync(MANIFEST_SCHEMAS).filter(
    (f) => f.endsWith('.xsd') && f !== MAIN_SCHEMA,
  );
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [read(MAIN_SCHEMA)],
    preload: others.map(read),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}
