/**
 * How the Status screen narrows and orders what the engine computed: filters by category,
 * kind and status, and the choices each filter offers. Presentation only.
 */
import type { StatusRow } from '../../shared/model/finding.ts';
import type { Kind } from '../../shared/model/indicator.ts';
import { STATUSES, type Status } from '../../shared/model/status.ts';

export interface StatusFilter {
  category: string | null;
  kind: Kind | null;
  status: Status | null;
}

export const NO_FILTER: StatusFilter = { category: null, kind: null, status: null };

/** The rows that pass every filter set, in the engine's order. */
export function filterStatuses(rows: readonly StatusRow[], f: StatusFilter): StatusRow[] {
  return rows.filter(
    (r) =>
      (f.category === null || r.category === f.category) &&
      (f.kind === null || r.kind === f.kind) &&
      (f.status === null || r.status === f.status),
  );
}

/** Categories and statuses present, in first-seen and contract order. */
export function filterChoices(rows: readonly StatusRow[]): {
  categories: string[];
  statuses: Status[];
} {
  const categories: string[] = [];
  for (const r of rows)
    if (r.category !== '' && !categories.includes(r.category)) categories.push(r.category);
  const present = new Set(rows.map((r) => r.status));
  return { categories, statuses: STATUSES.filter((s) => present.has(s)) };
}

/** A figure for display: up to four significant digits, no binary noise; '—' for none. */
export function figure(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '—';
  return String(Number(n.toPrecision(Math.abs(n) >= 1000 ? 7 : 4)));
}
