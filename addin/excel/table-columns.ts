/** Contract tables by name, and which contract column sits at each header position. */
import { matchHeaders } from '../../shared/contract/header-match.ts';
import { TABLES, type TableName, type TableSpec } from '../../shared/contract/tables.ts';

const SPECS: ReadonlyMap<TableName, TableSpec> = new Map(TABLES.map((s) => [s.name, s]));

/** The contract's spec of a table. */
export function specOf(name: TableName): TableSpec {
  const spec = SPECS.get(name);
  if (spec === undefined) throw new Error(`not a contract table: ${name}`);
  return spec;
}

/** Excel compares table and sheet names without case. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The contract column key at each header position; null for columns the contract does not know. */
export function headerKeys(spec: TableSpec, header: readonly string[]): (string | null)[] {
  const keys: (string | null)[] = header.map(() => null);
  for (const [key, index] of matchHeaders(header, spec).columns) keys[index] = key;
  return keys;
}
