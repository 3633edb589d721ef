/**
 * How a check's rows land in a worker table (Alerts, Status) that planners may have
 * edited: the one rule both shells follow — the worker's lossless write-back and the
 * add-in's local "Check now". Rows are matched to the table's rows by their identity
 * columns (`alertId`; `id` + `region`) whatever order or filter the planner left them in;
 * the planner's columns and any column a planner added to the table stay with their row.
 */
import type { CellValue } from './grid.ts';
import { matchHeaders } from './header-match.ts';
import type { TableSpec } from './tables.ts';
import type { TemplateRow } from './template.ts';

export interface ResultRowsInput {
  spec: TableSpec;
  /** The table's header texts, left to right. */
  header: readonly string[];
  /**
   * The table's data rows as they stand, one value per header position. The identity
   * columns must be given; other values are copied into carried cells.
   */
  previous: readonly (readonly CellValue[])[];
  /** The check's rows by column key, in the order they are written. */
  rows: readonly TemplateRow[];
  /** Column keys that identify a row across checks. */
  identity: readonly string[];
  /** Contract columns the planner types into. */
  plannerKeys: readonly string[];
  /**
   * Rows (by index in `rows`) whose planner columns start afresh, written from `rows`
   * instead of carried: an alert's new episode, whose earlier entry moved into history.
   */
  restart?: (index: number) => boolean;
}

export interface PlacedRow {
  /** Index in `previous` of the row this one continues; null for a new row. */
  from: number | null;
  /** One value per header position. */
  values: CellValue[];
  /** Per header position: true when the previous row's cell moves here as it stood. */
  carried: boolean[];
}

export interface PlacedRows {
  /** The contract column key at each header position; null for a column a planner added. */
  keyAt: (string | null)[];
  rows: PlacedRow[];
}

/** The identity text of a value: trimmed, empty for none. */
function identityText(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/**
 * Where the identity columns stand among the table's columns (offsets, in the order of
 * `identity`); null unless the table has every one of them: without them all, no row can
 * be recognised.
 */
export function identityOffsets(
  columns: ReadonlyMap<string, number>,
  identity: readonly string[],
): number[] | null {
  const at = identity.flatMap((k) => {
    const j = columns.get(k);
    return j === undefined ? [] : [j];
  });
  return at.length === identity.length ? at : null;
}

/**
 * A row's identity as one key: its identity values, each trimmed, joined. Null when all
 * are empty: such a row is never matched.
 */
export function identityKey(values: readonly (CellValue | undefined)[]): string | null {
  const parts = values.map(identityText);
  return parts.every((p) => p === '') ? null : parts.join('\u0000');
}

/**
 * For each of the check's rows, the index of the table row it continues: the first one
 * with its identity, as the reader keeps it; null for a new row.
 */
export function continuedRows(
  previous: readonly (string | null)[],
  next: readonly (string | null)[],
): (number | null)[] {
  const rowOf = new Map<string, number>();
  previous.forEach((id, i) => {
    if (id !== null && !rowOf.has(id)) rowOf.set(id, i);
  });
  return next.map((id) => (id === null ? null : (rowOf.get(id) ?? null)));
}

/**
 * Whether a continued row's cell moves with it as it stood: always in a column a planner
 * added (key null), in a planner column unless the row starts afresh (`restarted`).
 */
export function carriesCell(
  key: string | null,
  plannerKeys: ReadonlySet<string>,
  restarted: boolean,
): boolean {
  return key === null || (plannerKeys.has(key) && !restarted);
}

/**
 * Places the check's rows over the table's current rows. A row whose identity the table
 * already has continues that row (the first one with it, as the reader keeps it): its
 * planner cells and planner-added cells are carried, the rest is the check's. New rows
 * get the check's values and empty planner-added cells.
 */
export function placeResultRows(input: ResultRowsInput): PlacedRows {
  const { columns } = matchHeaders(input.header, input.spec);
  const keyAt: (string | null)[] = input.header.map(() => null);
  for (const [key, index] of columns) keyAt[index] = key;
  const identityCols = identityOffsets(columns, input.identity);
  const from = identityCols
    ? continuedRows(
        input.previous.map((cells) => identityKey(identityCols.map((j) => cells[j]))),
        input.rows.map((row) => identityKey(input.identity.map((k) => row[k]))),
      )
    : input.rows.map(() => null);
  const planner = new Set(input.plannerKeys);

  const rows = input.rows.map((row, index): PlacedRow => {
    const at = from[index] ?? null;
    const old = at === null ? undefined : input.previous[at];
    const fresh = input.restart?.(index) ?? false;
    const values: CellValue[] = [];
    const carried: boolean[] = [];
    keyAt.forEach((key, j) => {
      const carry = old !== undefined && carriesCell(key, planner, fresh);
      carried.push(carry);
      values.push(carry ? (old[j] ?? null) : key === null ? null : (row[key] ?? null));
    });
    return { from: at, values, carried };
  });
  return { keyAt, rows };
}
