/**
 * The cells the add-in marks (problem cells), as it stores them in a workbook setting so a
 * later run can clear the marks of cells since fixed.
 */
import type { CellTarget } from './excel-gateway.ts';

/** Addresses per `getRanges` call, well inside Excel's limit on areas in one reference. */
const AREAS_PER_CALL = 40;

/** Cell targets grouped by sheet, addresses in order. */
export function bySheet(targets: readonly CellTarget[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of targets) out.set(t.sheet, [...(out.get(t.sheet) ?? []), t.address]);
  return out;
}

/** Addresses joined for `getRanges` (`A1,C5`), a bounded number per call. */
export function areaGroups(refs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < refs.length; i += AREAS_PER_CALL)
    out.push(refs.slice(i, i + AREAS_PER_CALL).join(','));
  return out;
}

/** The marks a previous run stored; anything unreadable counts as none. */
export function storedMarks(value: unknown): CellTarget[] {
  if (typeof value !== 'string') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((x: unknown) => {
    if (typeof x !== 'object' || x === null || !('sheet' in x) || !('address' in x)) return [];
    const { sheet, address } = x;
    return typeof sheet === 'string' &&
      typeof address === 'string' &&
      /^[A-Z]{1,3}\d+$/.test(address)
      ? [{ sheet, address }]
      : [];
  });
}
