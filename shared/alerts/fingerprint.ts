import type { Rule } from '../model/status.ts';

const UTF8 = new TextEncoder();

/**
 * An alert's stable identity (docs/architecture.md §5): the same (indicator, region, rule) always
 * gives the same id, so the row is updated in place on every check. FNV-1a 64-bit over the
 * UTF-8 of the three parts; pure arithmetic (no crypto API) so the add-in and the worker agree.
 * The 64-bit state is kept as two 32-bit halves: a check fingerprints every finding and every
 * alert already in the workbook, and BigInt arithmetic per byte was most of that time.
 */
export function alertFingerprint(id: string, region: string, rule: Rule): string {
  const bytes = UTF8.encode(`${id.trim()}\u0000${region.trim()}\u0000${rule}`);
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of bytes) {
    lo = (lo ^ byte) >>> 0;
    // × 0x100000001b3 (2^40 + 0x1b3) modulo 2^64; every product below stays under 2^53.
    const low = lo * 0x1b3;
    hi = (hi * 0x1b3 + Math.floor(low / 0x100000000) + ((lo << 8) >>> 0)) >>> 0;
    lo = low >>> 0;
  }
  const hex = hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
  return `A${hex.slice(0, 12)}`;
}
