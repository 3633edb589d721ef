/** The installed exceljs version, for the report's machine line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../worker/addin-host/package-root.ts';

export function exceljsVersion(): string {
  const pkg: unknown = JSON.parse(
    readFileSync(join(packageRoot(), 'node_modules', 'exceljs', 'package.json'), 'utf8'),
  );
  return typeof pkg === 'object' &&
    pkg !== null &&
    'version' in pkg &&
    typeof pkg.version === 'string'
    ? pkg.version
    : '?';
}
