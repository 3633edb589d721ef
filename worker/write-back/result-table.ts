import type { CellValue } from '../../shared/contract/grid.ts';
import { matchHeaders } from '../../shared/contract/header-match.ts';
import { bilingualHeader, type TableSpec } from '../../shared/contract/tables.ts';
import type { TemplateRow } from '../../shared/contract/template.ts';
import { columnLetter, formatRange, type CellRange } from '../../shared/contract/cell-address.ts';
import { shownValue } from '../../shared/contract/cell-limits.ts';
import {
  carriesCell,
  continuedRows,
  identityKey,
  identityOffsets,
} from '../../shared/contract/result-table-rows.ts';
import { numberFormatOf } from '../../shared/contract/plan-layout.ts';
import { appendCellXml, cellRef } from './cell-xml.ts';
import { patchSheet, type CellOut, type RowLook, type RowWrite } from './sheet-xml.ts';
import {
  cellAt,
  scanSheet,
  type ScannedCell,
  type ScannedRow,
  type ScannedSheet,
} from '../xlsx/sheet-scan.ts';
import { newTableXml, resizeTable, rewriteStartTag } from '../xlsx/table-xml.ts';
import { addWorksheet, findTable, freeSheetName, type TableEntry } from '../xlsx/workbook-parts.ts';
import { inPart } from '../xlsx/xml-errors.ts';
import { workerSheetXml } from './worker-sheet.ts';
import type { WriteContext } from './write-context.ts';

/** How one worker table is written. */
export interface ResultTable {
  spec: TableSpec;
  rows: readonly TemplateRow[];
  /** Column keys that identify a row across checks (`alertId`; `id` + `region`). */
  identity: readonly string[];
  /** Contract columns the planner types into: their cells move with their row as typed. */
  plannerKeys: readonly string[];
  /** Rows (by index) whose planner cells start afresh: an alert's new episode. */
  restart?: (index: number) => boolean;
}

/**
 * Writes one worker table (Alerts or Status) into the package: every data row replaced
 * by `rows` in their order, the table grown or shrunk to fit (one blank row when empty,
 * since Excel needs one), a missing table created on a sheet of its own. Rows the sheet
 * already had are recognised by their identity columns whatever order or filter the
 * planner left them in: their planner cells — the ack/silence columns and any column
 * the planner added to the table — move with them exactly as typed, and a row hidden
 * by a filter stays hidden. Nothing outside the table's columns is touched.
 */
export function writeResultTable(ctx: WriteContext, table: ResultTable): void {
  const entry = findTable(ctx.tables, table.spec.name) ?? createWorkerTable(ctx, table.spec);
  const { info, sheet } = entry;
  const range = info.range;
  if (!range)
    throw ctx.error(
      'workbook.table_bad_ref',
      { sheet: sheet.name, value: info.ref },
      { table: info.name, ref: info.ref },
    );
  if (info.headerRowCount === 0)
    throw ctx.error('workbook.table_no_header', { sheet: sheet.name }, { table: info.name });

  const width = range.right - range.left + 1;
  const header = Array.from({ length: width }, (_, j) => info.columns[j] ?? '');
  const { columns } = matchHeaders(header, table.spec);
  const keyAt: (string | null)[] = header.map(() => null);
  for (const [key, index] of columns) keyAt[index] = key;
  // The sheet columns of the identity columns; none when the table lacks one (no row is recognised).
  const identityAt = identityOffsets(columns, table.identity);
  const identityColumns = (identityAt ?? []).map((j) => range.left + j);
  const identitySet = new Set(identityColumns);

  const height = Math.max(table.rows.length, 1);
  const bottom = range.top + height;
  const firstData = range.top + 1;
  const clearBottom = Math.max(range.bottom, bottom);
  const planner = new Set(table.plannerKeys);
  // Cells of the old rows that matter: beside the table (kept), identities, the planner's
  // (moved with their row) and the first row's (its styles are reused); the rest is dropped.
  const wanted = new Set(identitySet);
  keyAt.forEach((key, j) => {
    if (key === null || planner.has(key)) wanted.add(range.left + j);
  });
  const sheetXml = ctx.pkg.text(sheet.part);
  const scan = inPart(sheet.part, () =>
    scanSheet(sheetXml, {
      keepCells: (r) => r >= firstData && r <= clearBottom,
      keepCell: (r, c) =>
        r === firstData || r > range.bottom || c < range.left || c > range.right || wanted.has(c),
      capture: (r, c) =>
        r >= firstData && r <= clearBottom && (identitySet.has(c) || r > range.bottom),
      span: { left: range.left, right: range.right },
    }),
  );
  refuseToOverwrite(ctx, entry, scan.rows, { ...range, bottom });

  const oldRows = scan.rows.filter((r) => r.r >= firstData && r.r <= range.bottom);
  // Matching by identity is the shared rule (the add-in's Check now places rows the same
  // way); only which row each continues is needed here, the cells are read off the scan.
  const from = identityAt
    ? continuedRows(
        oldRows.map((row) =>
          identityKey(
            identityColumns.map((col) => {
              const c = cellAt(row, col);
              return c ? shownText(ctx, c) : null;
            }),
          ),
        ),
        table.rows.map((row) => identityKey(table.identity.map((k) => row[k]))),
      )
    : table.rows.map(() => null);
  const styleAt = header.map((_, j) =>
    columnStyle(ctx, scan, oldRows, range.left + j, keyAt[j] ?? null),
  );

  // Each row is made when the sheet writer comes to it and written at once (see patchSheet).
  const writes = function* (): Generator<RowWrite> {
    for (let i = 0; i < height; i++) {
      const r = firstData + i;
      const values = table.rows[i];
      const at = from[i] ?? null;
      const prior = at === null ? undefined : oldRows[at];
      const restarted = table.restart?.(i) ?? false;
      // The row's cells as one string, made from their pieces at once.
      const parts: string[] = [];
      let first = 0;
      let last = 0;
      for (let j = 0; j < width; j++) {
        const col = range.left + j;
        const key = keyAt[j] ?? null;
        const old = prior && carriesCell(key, planner, restarted) ? cellAt(prior, col) : undefined;
        const had = parts.length;
        if (old && movable(old)) moved(parts, sheetXml, old, r);
        else {
          const value = cellValue(key, values, old, ctx);
          appendCellXml(parts, scan.prefix, r, col, value, styleAt[j] ?? 0);
        }
        if (parts.length === had) continue;
        if (first === 0) first = col;
        last = col;
      }
      const cells: CellOut[] = first === 0 ? [] : [{ col: first, last, xml: parts.join('') }];
      yield { r, cells, look: prior ? lookOf(prior) : {} };
    }
  };

  ctx.pkg.put(
    sheet.part,
    patchSheet(scan, {
      left: range.left,
      right: range.right,
      clearTop: firstData,
      clearBottom,
      rows: writes(),
      into: ctx.pkg.takeSpare(sheet.part),
    }),
  );
  ctx.pkg.put(
    entry.part,
    inPart(entry.part, () => resizeTable(ctx.pkg.text(entry.part), { ...range, bottom })),
  );
}

/**
 * A table that grows must not take cells that are not its own: a filled cell below it in
 * its columns (a planner's note) or another table on the sheet. Nothing is written then;
 * the message says what is in the way, and the next check writes once it is moved.
 */
function refuseToOverwrite(
  ctx: WriteContext,
  entry: TableEntry,
  rows: readonly ScannedRow[],
  grown: CellRange,
): void {
  const old = entry.info.range;
  if (!old || grown.bottom <= old.bottom) return;
  for (const other of ctx.tables) {
    const r = other.info.range;
    if (other === entry || other.sheet.part !== entry.sheet.part || !r) continue;
    if (
      r.left <= grown.right &&
      r.right >= grown.left &&
      r.top <= grown.bottom &&
      r.bottom > old.bottom
    ) {
      throw ctx.error(
        'workbook.table_in_the_way',
        { sheet: entry.sheet.name, row: Math.max(r.top, old.bottom + 1), value: other.info.name },
        { table: entry.info.name, other: other.info.name, rows: grown.bottom - old.bottom },
      );
    }
  }
  for (const row of rows) {
    if (row.r <= old.bottom || row.r > grown.bottom || !row.filledInSpan) continue;
    const cell = row.cells?.find((c) => c.filled && c.col >= grown.left && c.col <= grown.right);
    const column = cell ? columnLetter(cell.col) : '';
    const value = cell ? shownValue(shownText(ctx, cell)) : '';
    throw ctx.error(
      'workbook.cell_in_the_way',
      { sheet: entry.sheet.name, row: row.r, column, value },
      { table: entry.info.name, row: row.r, column, value, rows: grown.bottom - old.bottom },
    );
  }
}

/** The value to write in a cell: the check's, or for a planner cell that cannot move as is, what it showed. */
function cellValue(
  key: string | null,
  values: TemplateRow | undefined,
  old: ScannedCell | undefined,
  ctx: WriteContext,
): CellValue {
  if (key !== null && values) return values[key] ?? null;
  return old ? shownText(ctx, old) : null;
}

/** A cell's text as the reader saw it (shared strings resolved), for identities. */
function shownText(ctx: WriteContext, cell: ScannedCell): string {
  const v = cell.value ?? '';
  return cell.type === 's' ? ctx.sharedString(Number(v)) : v;
}

/** A cell can move rows as it is unless a formula ties it to other cells (shared and array formulas). */
function movable(cell: ScannedCell): boolean {
  return cell.formula === '' || cell.formula === 'normal';
}

/** Appends a cell moved to another row as it is, but for its reference. */
function moved(out: string[], sheetXml: string, cell: ScannedCell, row: number): void {
  out.push(
    rewriteStartTag(cell.open, { r: cellRef(row, cell.col) }),
    sheetXml.slice(cell.openEnd, cell.end),
  );
}

/** The row's own look to keep: hidden (a planner's filter), and a height set by hand. */
function lookOf(row: ScannedRow): RowLook {
  const look: RowLook = {};
  for (const a of row.open.attributes) {
    if (a.name === 'hidden' || a.name === 'customHeight' || a.name === 'ht') look[a.name] = a.value;
  }
  return look;
}

/**
 * The style id for a column's cells: the first data row's, or the column's, when its
 * number format is the one the contract wants (init gives them theirs); else a style
 * with just that format, reused or added.
 */
function columnStyle(
  ctx: WriteContext,
  scan: ScannedSheet,
  oldRows: readonly ScannedRow[],
  col: number,
  key: string | null,
): number {
  const want = key === null ? undefined : numberFormatOf(key);
  const styles = ctx.styles;
  if (!styles) return 0;
  const fits = (s: number): boolean => want === undefined || styles.formatOf(s) === want;
  const first = cellAt(oldRows[0], col);
  if (first && first.style > 0 && fits(first.style)) return first.style;
  const colStyle = scan.cols.find((c) => c.min <= col && col <= c.max)?.style ?? 0;
  if (colStyle > 0 && fits(colStyle)) return colStyle;
  return want === undefined ? 0 : styles.styleFor(want);
}

/** Adds the sheet and table for a worker table the workbook lacks. */
function createWorkerTable(ctx: WriteContext, spec: TableSpec): TableEntry {
  const name = freeSheetName(ctx.info, spec.sheet);
  const headers = spec.columns.map(bilingualHeader);
  const range = { top: 1, left: 1, bottom: 2, right: headers.length };
  const id = Math.max(0, ...ctx.tables.map((t) => t.info.id)) + 1;
  const tableXml = newTableXml(id, spec.name, range, headers);
  const { sheet, tablePart } = addWorksheet(
    ctx.pkg,
    ctx.info,
    name,
    (rid) => workerSheetXml(spec, ctx.styles, rid),
    tableXml,
  );
  const entry: TableEntry = {
    part: tablePart,
    sheet,
    info: {
      id,
      name: spec.name,
      ref: formatRange(range),
      range,
      headerRowCount: 1,
      totalsRowCount: 0,
      columns: headers,
    },
  };
  ctx.tables.push(entry);
  return entry;
}
