import type { Recipient } from '../model/recipient.ts';
import { severityRank, type Severity } from '../model/status.ts';

/** What a recipient filter needs to know of an alert or status row. */
export interface Scoped {
  category: string;
  region: string;
  owner: string;
}

/** Empty scope lists mean "everything"; otherwise the value must be listed. */
export function inScope(r: Recipient, item: Scoped): boolean {
  const ok = (list: string[], value: string): boolean => list.length === 0 || list.includes(value);
  return (
    ok(r.scope.categories, item.category) &&
    ok(r.scope.regions, item.region) &&
    ok(r.scope.owners, item.owner)
  );
}

export function meetsSeverity(r: Recipient, severity: Severity): boolean {
  return severityRank(severity) >= severityRank(r.minSeverity);
}
