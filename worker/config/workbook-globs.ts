import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';

const MAGIC = /[*?[{]/;

/** `plans/{湖州,嘉兴}/*.xlsx` → `plans/湖州/*.xlsx`, `plans/嘉兴/*.xlsx` (braces do not nest). */
export function expandBraces(pattern: string): string[] {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern];
  const before = pattern.slice(0, m.index);
  const after = pattern.slice(m.index + m[0].length);
  return (m[1] ?? '').split(',').flatMap((choice) => expandBraces(`${before}${choice}${after}`));
}

/** One path segment's glob (`*`, `?`, `[abc]`, `[!abc]`) as an anchored regular expression. */
export function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] ?? '';
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) source += '\\[';
      else {
        const body = segment.slice(i + 1, close).replace(/\\/g, '\\\\');
        source += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

/**
 * Files a planner's tools leave beside workbooks: Excel's owner files (`~$plan.xlsx`),
 * hidden files and half-written temp files. A pattern matches them only when it names
 * them explicitly.
 */
function skipped(name: string, segment: string): boolean {
  if (segment.startsWith('.') || segment.startsWith('~')) return false;
  return name.startsWith('.') || name.startsWith('~$') || name.endsWith('.tmp');
}

async function entries(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

async function walk(dir: string, segments: string[], found: Set<string>): Promise<void> {
  const [segment, ...rest] = segments;
  if (segment === undefined) return;
  if (segment === '**') {
    await walk(dir, rest, found); // zero folders
    for (const e of await entries(dir)) {
      if (e.isDirectory() && !e.name.startsWith('.'))
        await walk(join(dir, e.name), segments, found);
    }
    return;
  }
  if (!MAGIC.test(segment)) {
    if (rest.length === 0) {
      if ((await entries(dir)).some((e) => e.name === segment && !e.isDirectory()))
        found.add(join(dir, segment));
    } else await walk(join(dir, segment), rest, found);
    return;
  }
  const re = segmentRegExp(segment);
  for (const e of await entries(dir)) {
    if (!re.test(e.name) || skipped(e.name, segment)) continue;
    if (rest.length === 0) {
      if (!e.isDirectory()) found.add(join(dir, e.name));
    } else if (e.isDirectory()) await walk(join(dir, e.name), rest, found);
  }
}

/** The folder a glob starts walking from: the path before its first wildcard segment. */
function globRoot(full: string): string {
  const parts = full.split(sep);
  const firstMagic = parts.findIndex((p) => MAGIC.test(p));
  return parts.slice(0, firstMagic).join(sep) || sep;
}

/**
 * True when a pattern (after brace expansion, resolved against `baseDir`) has no fixed
 * folder before its first wildcard but `/` itself, such as `/` then `**` then `*.xlsx`: it
 * would walk every mounted disk, so the configuration refuses it.
 */
export function walksFromRoot(pattern: string, baseDir: string): boolean {
  return expandBraces(pattern).some((one) => {
    const full = isAbsolute(one) ? one : resolve(baseDir, one);
    return MAGIC.test(full) && globRoot(full) === sep;
  });
}

/**
 * The workbook files the configuration names, absolute and sorted, each once. A plain
 * path is kept even when the file is missing, so the check reports it as not found
 * instead of it silently dropping out of the run; a glob lists what exists.
 */
export async function expandWorkbookGlobs(
  patterns: readonly string[],
  baseDir: string,
): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    for (const one of expandBraces(pattern)) {
      const full = isAbsolute(one) ? one : resolve(baseDir, one);
      if (!MAGIC.test(full)) {
        found.add(full);
        continue;
      }
      const root = globRoot(full);
      if (root === sep) continue; // refused when the configuration is read (walksFromRoot)
      await walk(root, full.split(sep).slice(root.split(sep).length), found);
    }
  }
  return [...found].sort((a, b) => a.localeCompare(b, 'en'));
}
