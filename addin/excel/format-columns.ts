/**
 * Which columns of a contract table need their number formats read: those whose numbers
 * may be percentages (0.985 shown as 98.5%) or dates (a serial shown as 2025-03-31).
 * Text columns are left out, which keeps a large table's read well inside Excel on the
 * web's 5 MB response limit (a format is sent for every cell loaded).
 */
import { matchHeaders } from '../../shared/contract/header-match.ts';
import type { TableSpec } from '../../shared/contract/tables.ts';

/** Contract columns that only ever hold text, codes or labels. */
const TEXT_KEYS: ReadonlySet<string> = new Set([
  'id',
  'category',
  'name',
  'unit',
  'kind',
  'aggregation',
  'direction',
  'formula',
  'frequency',
  'owner',
  'notes',
  'region',
  'measure',
  'source',
  'enteredBy',
  'email',
  'scope',
  'minSeverity',
  'language',
  'key',
  'alertId',
  'state',
  'severity',
  'status',
  'indicator',
  'rule',
  'message',
  'ackedStatus',
  'action',
  'ackBy',
  'ackNote',
]);

/** 0-based header positions whose number formats matter for the table. */
export function formatColumns(spec: TableSpec, header: readonly string[]): number[] {
  const { columns } = matchHeaders(header, spec);
  return [...columns.entries()]
    .filter(([key]) => !TEXT_KEYS.has(key))
    .map(([, index]) => index)
    .sort((a, b) => a - b);
}
