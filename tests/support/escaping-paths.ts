import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** One place where a file's text reaches outside the repository. */
export interface EscapingPath {
  file: string;
  line: number;
  text: string;
  why: string;
}

// A quoted relative path: './x', '../x', '..' and the like.
const RELATIVE_LITERAL = /(['"`])(\.\.?(?:\/[^'"`\s]*)?)\1/g;
// A run of separate '..' arguments: join(dir, '..', '..', 'sibling').
const PARENT_ARGS = /(?:(['"])\.\.\1\s*,\s*)+/g;
// The repository root followed by a step up: join(REPO_ROOT, '..'), resolve(repoRoot, '../x').
const ROOT_THEN_UP = /\b(?:REPO_ROOT|repoRoot)\s*,\s*(['"`])\.\.(?:\/[^'"`]*)?\1/g;
// An absolute path into the machine this was developed on.
const MACHINE_PATH = /(['"`])\/(?:work|home|root|Users)\/[^'"`]*\1/g;
const OLD_DESIGN = /\bDESIGN\s*§\s*\d/g;
// The names the seed documents and schemas had outside the repository.
const OLD_FOLDERS = /\b(?:seed-docs|office-schemas)\b/g;

function outside(repoRoot: string, path: string): boolean {
  const rel = relative(repoRoot, path);
  return rel === '..' || rel.startsWith('../') || isAbsolute(rel);
}

/**
 * Every place in one tracked file's text that reads outside the repository: a relative path
 * that climbs above the root from the file's folder, a step up from the root itself, an
 * absolute path into a developer's machine, or a citation of the design page that no longer
 * lives in the repository. `file` is relative to `repoRoot`.
 */
export function escapingPaths(repoRoot: string, file: string, text: string): EscapingPath[] {
  const folder = dirname(resolve(repoRoot, file));
  const found: EscapingPath[] = [];
  text.split('\n').forEach((lineText, i) => {
    const add = (why: string, text: string): void => {
      found.push({ file, line: i + 1, text, why });
    };
    for (const m of lineText.matchAll(RELATIVE_LITERAL)) {
      const literal = m[2] ?? '';
      if (outside(repoRoot, resolve(folder, literal))) add('relative path above the root', m[0]);
    }
    for (const m of lineText.matchAll(PARENT_ARGS)) {
      const steps = (m[0].match(/\.\./g) ?? []).length;
      if (outside(repoRoot, resolve(folder, ...Array<string>(steps).fill('..')))) {
        add("'..' arguments above the root", m[0]);
      }
    }
    for (const m of lineText.matchAll(ROOT_THEN_UP)) add('a step up from the root', m[0]);
    for (const m of lineText.matchAll(MACHINE_PATH)) add('absolute path', m[0]);
    for (const m of lineText.matchAll(OLD_DESIGN)) add('points to DESIGN, not docs/', m[0]);
    for (const m of lineText.matchAll(OLD_FOLDERS))
      add('names a folder outside the repository', m[0]);
  });
  return found;
}
