/**
 * The one module that talks to Excel. Every operation is one `Excel.run` batch with a
 * fixed number of `context.sync()` calls whatever the number of rows: whole tables are
 * read with one `load` each, ranges are written whole as arrays, and recalculation is
 * suspended around bulk writes. Only a write above Excel on the web's 5 MB request limit
 * (or a read Excel refuses as too large) takes extra syncs, one per chunk.
 *
 * Everything it hands back is plain data the core reads (Grids of shared/contract/grid.ts);
 * everything it takes is plain rows by column key. It knows the contract's table layout
 * but no domain rules.
 */
import { columnLetter, sheetAddress } from '../../shared/contract/cell-address.ts';
import { DROPDOWNS, listSource } from '../../shared/contract/dropdowns.ts';
import type { Grid } from '../../shared/contract/grid.ts';
import { matchHeaders } from '../../shared/contract/header-match.ts';
import {
  colouredColumns,
  FORMATTED_ROWS,
  freeSheetName,
  layoutSheets,
  numberFormatOf,
  sheetColumnWidths,
  TABLE_STYLE,
  tableBody,
  type PlacedTable,
} from '../../shared/contract/plan-layout.ts';
import {
  COLOUR_RULES,
  containsFormula,
  ruleText,
  TRAFFIC_LIGHTS,
} from '../../shared/contract/status-colours.ts';
import { placeResultRows, type ResultRowsInput } from '../../shared/contract/result-table-rows.ts';
import { bilingualHeader, type TableName } from '../../shared/contract/tables.ts';
import type { TemplateRow } from '../../shared/contract/template.ts';
import type { ReportSheet } from '../../shared/report/report-sheet.ts';
import type { ExcelHost, XlContext, XlRange, XlTable, XlValue, XlWorksheet } from './excel-api.ts';
import { areaGroups, bySheet, storedMarks } from './cell-marks.ts';
import { cellText, toGridCell, toXlValue } from './excel-cell.ts';
import { formatColumns } from './format-columns.ts';
import { fileName, isExcelGlobal, isOfficeGlobal } from './office-globals.ts';
import {
  CHUNK_BUDGET_BYTES,
  isPayloadTooLarge,
  jsonBytes,
  rowChunks,
  rowSpans,
} from './payload-chunks.ts';
import { blockRange, blockRows, tableGrid, type LoadedBlock } from './range-grid.ts';
import { headerKeys, sameName, specOf } from './table-columns.ts';

/** A cell to select or mark: sheet name and A1 address. */
export interface CellTarget {
  sheet: string;
  address: string;
}

/** The contract tables found in the open workbook, as Grids, and those it lacks. */
export interface TablesRead {
  grids: Partial<Record<TableName, Grid>>;
  missing: TableName[];
}

export type PlanCreated = { ok: true; sheets: string[] } | { ok: false; existing: TableName[] };

export type RowsWritten = { ok: true; rows: number } | { ok: false; missing: TableName };

/** Rows to append to one table. */
export interface TableRows {
  table: TableName;
  rows: readonly TemplateRow[];
}

/** Rows written per table, in the order asked; or the first table the workbook lacks. */
export type TablesWritten = { ok: true; rows: number[] } | { ok: false; missing: TableName };

/** Cells of one table row to overwrite, refused when the guard cell no longer holds its value. */
export interface RowCells {
  /** 1-based sheet row. */
  row: number;
  guard: { key: string; value: string };
  values: TemplateRow;
}

/** How a worker table's rows are matched and which of their cells stay (see result-table-rows.ts). */
export type KeptColumns = Pick<ResultRowsInput, 'identity' | 'plannerKeys' | 'restart'>;

/** Workbook setting that remembers which cells the add-in marked, so the next run can clear them. */
const MARKS_SETTING = 'kpi-sentinel.marks';
/** Points per character of column width (Excel's default 8.43 characters is 48 points). */
const POINTS_PER_CHAR = 6;

/** Queued writes beyond the first chunk: each runs in a batch (and sync) of its own. */
type Deferred = ((ctx: XlContext) => unknown)[];

export class ExcelGateway {
  constructor(private readonly host: ExcelHost) {}

  /** Office's display language (`zh-CN`, `en-US`). */
  get displayLanguage(): string {
    return this.host.displayLanguage;
  }

  /** Reads contract tables whole: 3 syncs (find, shape, values with the formats that matter). */
  readTables(names: readonly TableName[], workbook: string): Promise<TablesRead> {
    return this.host.run(async (ctx) => {
      const found = await findTables(ctx, names);
      const parts = found.map(({ name, table }) => ({
        name,
        header: table.getHeaderRowRange().load('values'),
        body: table.getDataBodyRange().load(['address', 'rowCount']),
      }));
      await ctx.sync();
      const blocks = await loadBlocks(
        ctx,
        parts.map((p) => ({
          range: p.body,
          rows: p.body.rowCount,
          formats: formatColumns(specOf(p.name), headerTexts(p.header)),
        })),
      );
      const grids: Partial<Record<TableName, Grid>> = {};
      parts.forEach((p, i) => {
        const block = blocks[i];
        if (block) grids[p.name] = tableGrid(workbook, p.name, p.header.values[0] ?? [], block);
      });
      return { grids, missing: names.filter((n) => !found.some((f) => f.name === n)) };
    });
  }

  /** The selected cells (trimmed to the sheet's used range) as a header-less Grid: 2 syncs. */
  readSelection(workbook: string): Promise<Grid> {
    return this.host.run(async (ctx) => {
      const selected = ctx.workbook.getSelectedRange().load('address');
      const used = selected.worksheet.getUsedRange().load('address');
      await ctx.sync();
      const sel = blockRange(selected.address);
      const use = blockRange(used.address);
      const top = Math.max(sel.range.top, use.range.top);
      const left = Math.max(sel.range.left, use.range.left);
      const bottom = Math.min(sel.range.bottom, use.range.bottom);
      const right = Math.min(sel.range.right, use.range.right);
      const empty: Grid = {
        workbook,
        sheet: sel.sheet,
        table: '',
        header: [],
        columnLetters: [],
        rows: [],
      };
      if (top > bottom || left > right) return empty;
      const ref = `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;
      const range = ctx.workbook.worksheets
        .getItem(sel.sheet)
        .getRange(ref)
        .load(['address', 'values', 'numberFormat']);
      await ctx.sync();
      const formats = new Map(
        range.values[0]?.map((_, c) => [c, range.numberFormat.map((r) => [r[c]])]) ?? [],
      );
      const block: LoadedBlock = { address: range.address, values: range.values, formats };
      const letters = Array.from({ length: right - left + 1 }, (_, i) => columnLetter(left + i));
      return { ...empty, columnLetters: letters, rows: blockRows(block, false) };
    });
  }

  /**
   * Creates the contract tables of a new plan on sheets of their own (Recipients below
   * Settings), with formats, dropdowns and status colours: 2 syncs. Refuses, writing
   * nothing, when the workbook already has any contract table.
   */
  createPlan(layout: readonly PlacedTable[]): Promise<PlanCreated> {
    return this.host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      const tables = ctx.workbook.tables.load('items/name');
      await ctx.sync();
      const existing = layout
        .filter((t) => tables.items.some((x) => sameName(x.name, t.spec.name)))
        .map((t) => t.spec.name);
      if (existing.length > 0) return { ok: false, existing };
      const taken = sheets.items.map((s) => s.name);
      const deferred: Deferred = [];
      const created: string[] = [];
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      for (const sheet of layoutSheets(layout)) {
        const name = freeSheetName(taken, sheet.name);
        taken.push(name);
        created.push(name);
        const ws = ctx.workbook.worksheets.add(name);
        ws.freezePanes.freezeRows(1);
        for (const placed of sheet.tables)
          queueTable(ws, name, placed, sheet.tables.length === 1, deferred);
        sheetColumnWidths(sheet.tables).forEach((w, i) => {
          ws.getRange(`${columnLetter(i + 1)}1`).format.columnWidth = w * POINTS_PER_CHAR;
        });
      }
      const first = created[0];
      if (first !== undefined) ctx.workbook.worksheets.getItem(first).activate();
      await ctx.sync();
      await flush(ctx, deferred);
      return { ok: true, sheets: created };
    });
  }

  /** Appends rows to a table (replacing the one empty row a new table has): 3 syncs. */
  async appendRows(name: TableName, rows: readonly TemplateRow[]): Promise<RowsWritten> {
    const written = await this.appendTables([{ table: name, rows }]);
    return written.ok ? { ok: true, rows: written.rows[0] ?? 0 } : written;
  }

  /**
   * Appends rows to several tables in one batch (an import's Indicators rows and the
   * Actuals rows of its progress column): 3 syncs however many tables, and nothing is
   * written when any of them is missing. Returns the rows written per table, in order.
   */
  appendTables(parts: readonly TableRows[]): Promise<TablesWritten> {
    return this.host.run(async (ctx) => {
      const found = await findTables(
        ctx,
        parts.map((p) => p.table),
      );
      const missing = parts.find((p) => !found.some((f) => f.name === p.table));
      if (missing) return { ok: false, missing: missing.table };
      const loaded = found.map(({ name, table }) => {
        const body = table.getDataBodyRange().load('rowCount');
        return {
          name,
          table,
          rows: parts.filter((p) => p.table === name).flatMap((p) => p.rows),
          header: table.getHeaderRowRange().load('values'),
          body,
          firstRow: body.getRow(0).load('values'),
          sheetTables: table.worksheet.tables.load('items/name'),
        };
      });
      await ctx.sync();
      const counts = parts.map((p) => p.rows.length);
      const filled = loaded.filter((p) => p.rows.length > 0);
      if (filled.length === 0) return { ok: true, rows: counts };
      // Every table's chunks share the request budget; the first batch goes in this sync.
      // A new table's one empty row goes in the batch that adds its first rows, so a table
      // is never left without rows between syncs.
      const writes = filled.flatMap(({ name, rows, header, body, firstRow, sheetTables }) => {
        const keys = headerKeys(specOf(name), headerTexts(header));
        const values = rows.map((row) => keys.map((k) => (k === null ? '' : toXlValue(row[k]))));
        const placeholder =
          body.rowCount === 1 && (firstRow.values[0] ?? []).every((v) => v === '' || v === null);
        // Adding table rows moves the cells below in the table's columns only, which Excel
        // refuses when that would move part of another table (Recipients below Settings).
        const shared = sheetTables.items.length > 1;
        const had = placeholder ? 0 : body.rowCount;
        return rowChunks(values).map((chunk): Write<TableLookup> => ({
          bytes: jsonBytes(chunk.rows),
          run: (tableNamed) => {
            const table = tableNamed(name);
            if (shared) {
              addRowsByInsertingSheetRows(table, had + chunk.start, chunk.rows, placeholder);
              return;
            }
            table.rows.add(undefined, chunk.rows);
            if (placeholder && chunk.start === 0) table.rows.getItemAt(0).delete();
          },
        }));
      });
      const [first, ...rest] = batchWrites(writes);
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      const here = (n: TableName): XlTable =>
        filled.find((p) => p.name === n)?.table ?? tableOf(ctx, n);
      for (const w of first ?? []) w.run(here);
      const deferred: Deferred = rest.map((batch) => (c: XlContext) => {
        for (const w of batch) w.run((n) => tableOf(c, n));
      });
      await ctx.sync();
      await flush(ctx, deferred);
      return { ok: true, rows: counts };
    });
  }

  /**
   * Replaces every data row of a table (growing or shrinking it): 3 syncs. With `keep`
   * (the worker tables), rows are placed by the shared rule: matched to the table's rows
   * by identity, the planner's cells and any column a planner added staying with their row.
   */
  replaceRows(
    name: TableName,
    rows: readonly TemplateRow[],
    keep?: KeptColumns,
  ): Promise<RowsWritten> {
    return this.host.run(async (ctx) => {
      const [found] = await findTables(ctx, [name]);
      if (!found) return { ok: false, missing: name };
      const spec = specOf(name);
      const header = found.table.getHeaderRowRange().load('values');
      const body = found.table.getDataBodyRange().load(keep ? ['rowCount', 'values'] : 'rowCount');
      await ctx.sync();
      const keys = headerKeys(spec, headerTexts(header));
      const placed = keep
        ? placeResultRows({
            spec,
            header: headerTexts(header),
            previous: body.values.map((r) => r.map((v) => toGridCell(v).value)),
            rows,
            ...keep,
          }).rows.map((r) => r.values.map(toXlValue))
        : null;
      // A table keeps one (empty) row when the check has none, as Excel needs.
      const values = placed
        ? placed.length > 0
          ? placed
          : [keys.map(() => '')]
        : tableBody(spec, rows).map((row) =>
            keys.map((k) => {
              const i = k === null ? -1 : spec.columns.findIndex((c) => c.key === k);
              return toXlValue(i < 0 ? null : row[i]);
            }),
          );
      const had = body.rowCount;
      const want = values.length;
      const kept = Math.min(had, want);
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      if (want < had)
        body
          .getRow(want)
          .getResizedRange(had - want - 1, 0)
          .delete('Up');
      // Formats before values, so a period such as 2024 lands as text; rows added below
      // take their column's format from the row above, as table rows do in Excel.
      keys.forEach((key, c) => {
        const fmt = key === null ? undefined : numberFormatOf(key);
        if (fmt)
          body.getCell(0, c).getResizedRange(kept - 1, 0).numberFormat = values
            .slice(0, kept)
            .map(() => [fmt]);
      });
      // Overwrite the rows the table has, then add the rest, in as few syncs as the
      // payload limit allows: one for any table that fits in a request.
      const writes: Write[] = [
        ...rowChunks(values.slice(0, kept)).map((chunk) => ({
          bytes: jsonBytes(chunk.rows),
          run: (t: XlTable): void => {
            t
              .getDataBodyRange()
              .getRow(chunk.start)
              .getResizedRange(chunk.rows.length - 1, 0).values = chunk.rows;
          },
        })),
        ...(want > had
          ? rowChunks(values.slice(had)).map((chunk) => ({
              bytes: jsonBytes(chunk.rows),
              run: (t: XlTable): void => void t.rows.add(undefined, chunk.rows),
            }))
          : []),
      ];
      const [first, ...rest] = batchWrites(writes);
      for (const w of first ?? []) w.run(found.table);
      const deferred: Deferred = rest.map((batch) => (c: XlContext) => {
        const t = tableOf(c, name);
        for (const w of batch) w.run(t);
      });
      await ctx.sync();
      await flush(ctx, deferred);
      return { ok: true, rows: want };
    });
  }

  /**
   * Overwrites some cells of some rows, each row only if its guard cell still holds the
   * value it had when the caller read it (the planner may have sorted the table since):
   * 3 syncs. Returns the sheet rows that were refused.
   */
  writeRowCells(
    name: TableName,
    rows: readonly RowCells[],
  ): Promise<{ written: number; refused: number[] }> {
    return this.host.run(async (ctx) => {
      const [found] = await findTables(ctx, [name]);
      if (!found) return { written: 0, refused: rows.map((r) => r.row) };
      const header = found.table.getHeaderRowRange().load('values');
      const body = found.table.getDataBodyRange().load(['address', 'values']);
      await ctx.sync();
      const columns = matchHeaders(headerTexts(header), specOf(name)).columns;
      const top = blockRange(body.address).range.top;
      const refused: number[] = [];
      for (const r of rows) {
        const at = r.row - top;
        const guardAt = columns.get(r.guard.key);
        const current = guardAt === undefined ? undefined : body.values[at]?.[guardAt];
        if (at < 0 || cellText(current).trim() !== r.guard.value.trim()) {
          refused.push(r.row);
          continue;
        }
        for (const [key, value] of Object.entries(r.values)) {
          const c = columns.get(key);
          if (c !== undefined) body.getCell(at, c).values = [[toXlValue(value)]];
        }
      }
      await ctx.sync();
      return { written: rows.length - refused.length, refused };
    });
  }

  /**
   * Writes the evaluation table on a new worksheet (named `wanted`, or `wanted (2)` …
   * when taken) and shows it: number formats before values, headings bold, column
   * widths — 2 syncs whatever the number of indicators.
   */
  writeReportSheet(layout: ReportSheet, wanted: string): Promise<string> {
    return this.host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      const name = freeSheetName(
        sheets.items.map((s) => s.name),
        wanted,
      );
      const ws = ctx.workbook.worksheets.add(name);
      const right = columnLetter(layout.columns);
      const height = layout.rows.length;
      const values = layout.rows.map((r) => r.cells.map((c) => toXlValue(c)));
      const formats = layout.rows.map((r) =>
        r.cells.map((c, i) =>
          r.role === 'row' && c !== null ? layout.formats[i] || 'General' : 'General',
        ),
      );
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      if (height > 0) ws.getRange(`A1:${right}${height}`).numberFormat = formats;
      const deferred: Deferred = [];
      rowChunks(values).forEach((chunk, i) => {
        const ref = `A${chunk.start + 1}:${right}${chunk.start + chunk.rows.length}`;
        if (i === 0) ws.getRange(ref).values = chunk.rows;
        else
          deferred.push(
            (c) => void (c.workbook.worksheets.getItem(name).getRange(ref).values = chunk.rows),
          );
      });
      layout.rows.forEach((r, i) => {
        if (r.role === 'title' || r.role === 'heading' || r.role === 'category')
          ws.getRange(`A${i + 1}:${right}${i + 1}`).format.font.bold = true;
      });
      layout.widths.forEach((w, i) => {
        ws.getRange(`${columnLetter(i + 1)}1`).format.columnWidth = w * POINTS_PER_CHAR;
      });
      ws.activate();
      await ctx.sync();
      await flush(ctx, deferred);
      return name;
    });
  }

  /** Shows a cell: activates its sheet and selects it (1 sync). */
  selectCell(target: CellTarget): Promise<void> {
    return this.host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(target.sheet);
      ws.activate();
      ws.getRange(target.address).select();
      await ctx.sync();
    });
  }

  /**
   * Marks the cells of the current problems with a red fill and clears the marks of the
   * previous run that are not among them (2 syncs). The marked addresses are kept in a
   * workbook setting, so a fixed cell is cleared even after the task pane was closed.
   */
  markCells(targets: readonly CellTarget[]): Promise<void> {
    return this.host.run(async (ctx) => {
      const setting = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING).load('value');
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      const present = new Set(sheets.items.map((s) => s.name));
      const previous = setting.isNullObject ? [] : storedMarks(setting.value);
      for (const [sheet, refs] of bySheet(previous)) {
        if (present.has(sheet))
          for (const group of areaGroups(refs))
            ctx.workbook.worksheets.getItem(sheet).getRanges(group).format.fill.clear();
      }
      for (const [sheet, refs] of bySheet(targets)) {
        if (!present.has(sheet)) continue;
        for (const group of areaGroups(refs))
          ctx.workbook.worksheets.getItem(sheet).getRanges(group).format.fill.color =
            `#${TRAFFIC_LIGHTS.red.fill}`;
      }
      ctx.workbook.settings.add(
        MARKS_SETTING,
        JSON.stringify(targets.filter((t) => present.has(t.sheet))),
      );
      await ctx.sync();
    });
  }

  /** Calls `onChange` whenever one of these tables changes (2 syncs); returns the tables watched. */
  watchTables(
    names: readonly TableName[],
    onChange: (table: TableName) => void,
  ): Promise<TableName[]> {
    return this.host.run(async (ctx) => {
      const found = await findTables(ctx, names);
      for (const { name, table } of found) {
        table.onChanged.add(() => {
          onChange(name);
          return Promise.resolve();
        });
      }
      await ctx.sync();
      return found.map((f) => f.name);
    });
  }
}

/** Finds contract tables by name (Excel's names are case-insensitive): 1 sync. */
async function findTables(
  ctx: XlContext,
  names: readonly TableName[],
): Promise<{ name: TableName; table: XlTable }[]> {
  const tables = ctx.workbook.tables.load('items/name');
  await ctx.sync();
  return names.flatMap((name) => {
    const table = tables.items.find((t) => sameName(t.name, name));
    return table ? [{ name, table }] : [];
  });
}

/** The table by name in another batch (for deferred chunk writes). */
function tableOf(ctx: XlContext, name: TableName): XlTable {
  return ctx.workbook.tables.getItemOrNullObject(name);
}

function headerTexts(header: XlRange): string[] {
  return (header.values[0] ?? []).map((h) => cellText(h).trim());
}

interface BlockRequest {
  range: XlRange;
  rows: number;
  formats: number[];
}

/**
 * Loads the values (and the formats of the given columns) of several ranges in one
 * sync; when Excel refuses the response as too large, loads each range in ever smaller
 * row spans, one sync per span.
 */
async function loadBlocks(
  ctx: XlContext,
  requests: readonly BlockRequest[],
): Promise<(LoadedBlock | undefined)[]> {
  const queue = (req: BlockRequest, start: number, count: number): (() => LoadedBlock) => {
    const range = req.range
      .getRow(start)
      .getResizedRange(count - 1, 0)
      .load(['address', 'values']);
    const formats = req.formats.map(
      (c) =>
        [
          c,
          range
            .getCell(0, c)
            .getResizedRange(count - 1, 0)
            .load('numberFormat'),
        ] as const,
    );
    return () => ({
      address: range.address,
      values: range.values,
      formats: new Map(formats.map(([c, r]) => [c, r.numberFormat])),
    });
  };
  const whole = requests.map((req) => queue(req, 0, Math.max(1, req.rows)));
  try {
    await ctx.sync();
    return whole.map((read) => read());
  } catch (err) {
    if (!isPayloadTooLarge(err)) throw err;
  }
  const blocks: (LoadedBlock | undefined)[] = [];
  for (const req of requests) blocks.push(await loadInSpans(ctx, req, queue));
  return blocks;
}

async function loadInSpans(
  ctx: XlContext,
  req: BlockRequest,
  queue: (req: BlockRequest, start: number, count: number) => () => LoadedBlock,
): Promise<LoadedBlock> {
  const rows = Math.max(1, req.rows);
  for (let parts = 2; parts <= rows * 2; parts *= 2) {
    const spans = rowSpans(rows, parts);
    const read: LoadedBlock[] = [];
    try {
      for (const [start, count] of spans) {
        const get = queue(req, start, count);
        await ctx.sync();
        read.push(get());
      }
    } catch (err) {
      if (!isPayloadTooLarge(err)) throw err;
      continue;
    }
    const first = read[0];
    if (first === undefined) break;
    const formats = new Map(
      req.formats.map((c) => [c, read.flatMap((b) => [...(b.formats.get(c) ?? [])])]),
    );
    return {
      address: joinAddress(first.address, read.at(-1)?.address ?? first.address),
      values: read.flatMap((b) => [...b.values]),
      formats,
    };
  }
  throw new Error('a single row is larger than Excel accepts in one response');
}

/** `'S'!A2:X9` and `'S'!A10:X20` → `'S'!A2:X20`. */
function joinAddress(first: string, last: string): string {
  const a = blockRange(first);
  const b = blockRange(last);
  return sheetAddress(
    a.sheet,
    `${columnLetter(a.range.left)}${a.range.top}:${columnLetter(b.range.right)}${b.range.bottom}`,
  );
}

/** One queued write and the bytes it sends; `run` gets the table (or a lookup of tables) to write to. */
interface Write<T = XlTable> {
  bytes: number;
  run: (target: T) => void;
}

/** Finds a table by name in the batch a write runs in. */
type TableLookup = (name: TableName) => XlTable;

/** Consecutive writes grouped so each group's data stays within the chunk budget. */
function batchWrites<T>(writes: readonly Write<T>[]): Write<T>[][] {
  const batches: Write<T>[][] = [];
  let size = 0;
  for (const w of writes) {
    const last = batches.at(-1);
    if (last !== undefined && size + w.bytes <= CHUNK_BUDGET_BYTES) {
      last.push(w);
      size += w.bytes;
    } else {
      batches.push([w]);
      size = w.bytes;
    }
  }
  return batches;
}

/** Runs each deferred write in its own sync, recalculation suspended. */
async function flush(ctx: XlContext, deferred: Deferred): Promise<void> {
  for (const write of deferred) {
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    write(ctx);
    await ctx.sync();
  }
}

/**
 * Writes rows after the first `filled` data rows of a table by inserting whole sheet rows
 * inside it, which grows the table and moves every table below it down whole. The rows go
 * in at the table's last row (rows inserted just below a table stay outside it), so the
 * last row is copied back up above them. A table's one empty placeholder row is filled
 * first.
 */
function addRowsByInsertingSheetRows(
  table: XlTable,
  filled: number,
  rows: readonly XlValue[][],
  placeholder: boolean,
): void {
  const existing = placeholder ? Math.max(1, filled) : filled;
  const added = filled + rows.length - existing;
  if (added > 0) {
    const last = existing - 1;
    table
      .getDataBodyRange()
      .getRow(last)
      .getEntireRow()
      .getResizedRange(added - 1, 0)
      .insert('Down');
    const body = table.getDataBodyRange();
    body.getRow(last).copyFrom(body.getRow(last + added), 'All');
  }
  table
    .getDataBodyRange()
    .getRow(filled)
    .getResizedRange(rows.length - 1, 0).values = rows.map((r) => [...r]);
}

/** Queues one contract table of a new plan: formats, header, rows, the table, dropdowns, colours. */
function queueTable(
  ws: XlWorksheet,
  sheet: string,
  placed: PlacedTable,
  ownSheet: boolean,
  deferred: Deferred,
): void {
  const { spec, top } = placed;
  const body = tableBody(spec, placed.rows).map((row) => row.map(toXlValue));
  const right = columnLetter(spec.columns.length);
  const formatted = ownSheet ? FORMATTED_ROWS : body.length;
  spec.columns.forEach((c, i) => {
    const fmt = numberFormatOf(c.key);
    if (!fmt) return;
    const letter = columnLetter(i + 1);
    ws.getRange(`${letter}${top + 1}:${letter}${top + formatted}`).numberFormat = Array.from(
      { length: formatted },
      () => [fmt],
    );
  });
  ws.getRange(`A${top}:${right}${top}`).values = [spec.columns.map(bilingualHeader)];
  rowChunks(body).forEach((chunk, i) => {
    const ref = `A${top + 1 + chunk.start}:${right}${top + chunk.start + chunk.rows.length}`;
    if (i === 0) {
      ws.getRange(ref).values = chunk.rows;
      return;
    }
    deferred.push((c) => {
      c.workbook.worksheets.getItem(sheet).getRange(ref).values = chunk.rows;
    });
  });
  const table = ws.tables.add(`A${top}:${right}${top + body.length}`, true);
  table.name = spec.name;
  table.style = TABLE_STYLE;
  for (const [key, choices] of Object.entries(DROPDOWNS[spec.name] ?? {})) {
    const i = spec.columns.findIndex((c) => c.key === key);
    if (i < 0) continue;
    const letter = columnLetter(i + 1);
    const range = ws.getRange(`${letter}${top + 1}:${letter}${top + FORMATTED_ROWS}`);
    range.dataValidation.rule = { list: { inCellDropDown: true, source: listSource(choices) } };
    range.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: '', message: '' };
  }
  const coloured = colouredColumns(spec);
  if (coloured.length > 0) {
    const left = columnLetter(Math.min(...coloured) + 1);
    const rightmost = columnLetter(Math.max(...coloured) + 1);
    const range = ws.getRange(`${left}${top + 1}:${rightmost}${top + FORMATTED_ROWS}`);
    COLOUR_RULES.forEach((rule, priority) => {
      const cf = range.conditionalFormats.add('Custom');
      cf.custom.rule.formula = `=${containsFormula(ruleText(rule), `${left}${top + 1}`)}`;
      cf.custom.format.fill.color = `#${TRAFFIC_LIGHTS[rule.colour].fill}`;
      cf.custom.format.font.color = `#${TRAFFIC_LIGHTS[rule.colour].font}`;
      cf.priority = priority;
    });
  }
}

/** What the task pane needs from office.js once Office is ready. */
export interface ExcelConnection {
  gateway: ExcelGateway;
  /** The open workbook's file name ('' when Office does not say). */
  workbook: string;
}

/**
 * Waits for office.js and connects to the workbook Excel has open; null when the page is
 * not running inside Excel (opened in a plain browser, or in another Office host).
 * office-conformance.ts proves `Excel.run`'s context fits XlContext.
 */
export async function connectToExcel(): Promise<ExcelConnection | null> {
  const g: unknown = globalThis;
  if (typeof g !== 'object' || g === null || !('Office' in g) || !('Excel' in g)) return null;
  const office = g.Office;
  const excel = g.Excel;
  if (!isOfficeGlobal(office) || !isExcelGlobal(excel)) return null;
  const info = await office.onReady();
  if (info?.host !== 'Excel') return null;
  const language = office.context?.displayLanguage;
  const url = office.context?.document?.url;
  const host: ExcelHost = {
    run: (batch) => excel.run(batch),
    displayLanguage: typeof language === 'string' ? language : 'en-US',
  };
  return {
    gateway: new ExcelGateway(host),
    workbook: typeof url === 'string' ? fileName(url) : '',
  };
}
