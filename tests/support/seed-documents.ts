import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './run-bin.ts';

/** The folder the seed documents live in, inside the repository (see its README). */
export const SEED_DOCS_DIR = join(REPO_ROOT, 'seeds', 'docs');

/** The path of a seed document (a `SEED_DOCS` file name), for tests that hand it to a command. */
export function seedDocPath(doc: string): string {
  return join(SEED_DOCS_DIR, doc);
}

/** A seed document's text. */
export function seedDocText(doc: string): string {
  return readFileSync(seedDocPath(doc), 'utf8');
}

/** A seed document's lines: a citation's `line` n is element n − 1. */
export function seedDocLines(doc: string): string[] {
  return seedDocText(doc).split('\n');
}
