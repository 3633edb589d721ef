import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of kpi-sentinel's own package.json, found by walking up from this module, so
 * files shipped with the package (the built task pane, manifest.xml) are found whether the
 * CLI runs from the TypeScript sources or from compiled output in another folder.
 */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isOurs(manifest)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`kpi-sentinel's package.json not found above ${from}`);
    dir = parent;
  }
}

function isOurs(file: string): boolean {
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return (
      typeof json === 'object' && json !== null && 'name' in json && json.name === 'kpi-sentinel'
    );
  } catch {
    return false;
  }
}
