import type { Rule } from '../model/status.ts';

const UTF8 = new TextEncoder();

/**
 * An alert's stable identity (docs/architecture.md §5): the same (indicator, region, rule) always
 * gives the same id, so the row is updated in place on every check. FNV-1a 64-bit over the three
 * parts; pure arithmetic (no crypto API) so the add-in and the worker agree.
 */
export function alertFingerprint(id: string, region: string, rule: Rule): string {
  const text = `${id.trim()}\u0000${region.trim()}\u0000${rule}`;
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (const byte of UTF8.encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & mask;
  }
  return `A${hash.toString(16).padStart(16, '0').slice(0, 12)}`;
}
