import type { CellRange } from '../../shared/contract/cell-address.ts';
import type { Cell, Grid, GridRow } from '../../shared/contract/grid.ts';
import { columnLetter } from '../../shared/contract/cell-address.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import { readCellFormats } from '../xlsx/number-formats.ts';
import { DEFAULT_LIMITS, type PackageLimits } from '../xlsx/package-limits.ts';
import { resolveTarget } from '../xlsx/part-names.ts';
import { isRelType, REL } from '../xlsx/relationships.ts';
import { readSharedStrings } from '../xlsx/shared-strings.ts';
import {
  findTable,
  readTables,
  readWorkbook,
  type TableEntry,
  type WorkbookInfo,
} from '../xlsx/workbook-parts.ts';
import { partText, type XlsxPackage } from '../xlsx/xlsx-package.ts';
import { attr, scanXml } from '../xlsx/xml-tokens.ts';
import { inPart } from '../xlsx/xml-errors.ts';
import { partProblem, tooManyCells, tooManyRows, type CountedSheets } from './package-guard.ts';
import type { CellContext } from './sheet-cell.ts';
import { scanSheetTables, type RegionCells, type TableRegion } from './sheet-tables-scan.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';

/** Excel's last row and column: a table `ref` past them is not a range Excel could have written. */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

/** A contract table read from the package. */
export interface ReadTable {
  /** The table's name as the file spells it. */
  name: string;
  sheet: string;
  range: CellRange;
  totalsRow: boolean;
  grid: Grid;
  /** Data rows at the bottom of the table with nothing in them (appended rows go there first). */
  blankRowsAtBottom: number;
  /** The first row below the table, within `below` rows, with something in its columns; 0 if none. */
  firstFilledRowBelow: number;
}

/** What reading the wanted tables found: each table read, or the range of one that cannot be read. */
export interface ContractTables {
  /** By the wanted name. */
  tables: Map<string, ReadTable>;
  badRefs: Map<string, { sheet: string; ref: string }>;
  /** The sheets walked, and the cells counted in them (for the package guard). */
  counted: CountedSheets;
}

export type ContractReadResult =
  { ok: true; read: ContractTables } | { ok: false; problem: Problem };

export interface ContractReadOptions {
  /** Rows below each table to look at for {@link ReadTable.firstFilledRowBelow}. */
  below?: number;
  /** Tables whose sheets the caller writes afterwards: their XML stays in the package, inflated once. */
  keep?: readonly string[];
  /**
   * Tables of which only some columns' data cells are needed, by table name: given the
   * table part's column names, the offsets to read (the header row is read whole). A
   * table the check only counts ids in need not become a hundred thousand cells.
   */
  dataColumns?: ReadonlyMap<string, (columns: readonly string[]) => readonly number[] | null>;
  limits?: PackageLimits;
}

/**
 * Reads contract tables by name straight from the package, without building a workbook
 * model: each table found through the workbook's table parts (name → sheet → `ref`),
 * only the sheets holding a wanted table inflated, each such sheet walked once, and only
 * the cells inside the tables' ranges kept. Never throws for a bad file: a damaged part,
 * hostile XML or a sheet past the limits comes back as a bilingual Problem.
 */
export function readContractTables(
  workbook: string,
  pkg: XlsxPackage,
  wanted: readonly string[],
  options: ContractReadOptions = {},
): ContractReadResult {
  const limits = options.limits ?? DEFAULT_LIMITS;
  try {
    return { ok: true, read: readTables_(workbook, pkg, wanted, options, limits) };
  } catch (err) {
    if (err instanceof LimitProblem) return { ok: false, problem: err.problem };
    try {
      return { ok: false, problem: partProblem(workbook, err, limits) };
    } catch {
      return {
        ok: false,
        problem: workbookProblem('workbook.unreadable', { workbook }, { reason: reasonOf(err) }),
      };
    }
  }
}

/** A limit passed while reading; carries its Problem out of the walk. */
class LimitProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

interface Wanted {
  name: string;
  entry: TableEntry;
  range: CellRange;
}

function readTables_(
  workbook: string,
  pkg: XlsxPackage,
  wanted: readonly string[],
  options: ContractReadOptions,
  limits: PackageLimits,
): ContractTables {
  const info = readWorkbook(pkg);
  const entries = readTables(pkg, info);
  const walked = new Map<string, number>();
  const out: ContractTables = {
    tables: new Map(),
    badRefs: new Map(),
    counted: { parts: walked, cells: 0 },
  };
  const found: Wanted[] = [];
  for (const name of wanted) {
    const entry = findTable(entries, name);
    if (!entry) continue;
    const range = entry.info.range;
    if (!range || range.bottom > EXCEL_ROWS || range.right > EXCEL_COLUMNS) {
      out.badRefs.set(name, { sheet: entry.sheet.name, ref: entry.info.ref });
      continue;
    }
    found.push({ name, entry, range });
  }
  if (found.length === 0) return out;

  const context: CellContext = {
    sharedStrings: partOf(pkg, info, REL.sharedStrings, (b) => readSharedStrings(b)) ?? [],
    sharedStringCells: [],
    formats: partOf(pkg, info, REL.styles, (b) => readCellFormats(b)) ?? [],
    date1904: date1904Of(pkg, info),
  };
  const keep = new Set((options.keep ?? []).map((n) => n.toLowerCase()));
  const below = options.below ?? 0;
  let cells = 0;
  for (const part of new Set(found.map((f) => f.entry.sheet.part))) {
    const onSheet = found.filter((f) => f.entry.sheet.part === part);
    const sheetName = onSheet[0]?.entry.sheet.name ?? '';
    const regions: TableRegion[] = onSheet.map((f) => regionOf(f, below, options.dataColumns));
    const kept = onSheet.some((f) => keep.has(f.name.toLowerCase()));
    // A sheet the write-back patches afterwards is decoded once, for both.
    const xml = kept ? pkg.text(part) : partText(pkg.passingBytes(part));
    const scan = inPart(part, () => scanSheetTables(xml, regions, context, limits, cells));
    cells += scan.cells;
    walked.set(part, scan.dimensionRows);
    out.counted.cells = cells;
    if (scan.failure?.kind === 'rows')
      throw new LimitProblem(tooManyRows(workbook, sheetName, scan.failure.rows, limits, true));
    if (scan.failure?.kind === 'cells')
      throw new LimitProblem(tooManyCells(workbook, sheetName, scan.failure.row, limits));
    if (scan.merges.length > 0)
      fillMerged(xml, part, regions, scan.regions, scan.merges, context, limits);
    onSheet.forEach((f, i) => {
      const region = scan.regions[i];
      if (region) out.tables.set(f.name, tableOf(workbook, f.entry, f.range, region, below));
    });
  }
  return out;
}

/** The block of the sheet to keep for a wanted table, narrowed to the data columns asked for. */
function regionOf(
  f: Wanted,
  below: number,
  dataColumns: ContractReadOptions['dataColumns'],
): TableRegion {
  const offsets = dataColumns?.get(f.name)?.(f.entry.info.columns);
  if (!offsets) return { range: f.range, below };
  return { range: f.range, below, dataColumns: new Set(offsets.map((j) => f.range.left + j)) };
}

/** Reads the part the workbook relates to by `type`, or undefined when it has none. */
function partOf<T>(
  pkg: XlsxPackage,
  info: WorkbookInfo,
  type: string,
  read: (bytes: Uint8Array) => T,
): T | undefined {
  const rel = info.rels.find((r) => isRelType(r.type, type) && !r.external);
  if (!rel) return undefined;
  const part = resolveTarget(info.part, rel.target);
  return pkg.has(part) ? inPart(part, () => read(pkg.bytes(part))) : undefined;
}

/** True when the workbook counts dates from 1904 (`<workbookPr date1904="1"/>`). */
function date1904Of(pkg: XlsxPackage, info: WorkbookInfo): boolean {
  let on = false;
  inPart(info.part, () =>
    scanXml(
      pkg.text(info.part),
      {
        open(tag) {
          if (tag.depth !== 1) return;
          if (tag.local === 'workbookPr') {
            const v = attr(tag, 'date1904') ?? '';
            on = v === '1' || v === 'true';
          }
          return tag.local === 'sheets' ? 'stop' : undefined;
        },
      },
      { namespaces: false },
    ),
  );
  return on;
}

/**
 * Gives the cells of merged ranges inside the tables their range's first cell's value,
 * as Excel shows them. A first cell outside every table is read in a second, short walk.
 */
function fillMerged(
  xml: string,
  part: string,
  regions: readonly TableRegion[],
  kept: readonly RegionCells[],
  merges: readonly CellRange[],
  context: CellContext,
  limits: PackageLimits,
): void {
  const masterOf = (m: CellRange): Cell | undefined => {
    for (let i = 0; i < regions.length; i++) {
      const g = regions[i]?.range;
      if (g && m.left >= g.left && m.left <= g.right)
        return kept[i]?.rows.get(m.top)?.[m.left - g.left];
    }
    return undefined;
  };
  const outside = merges.filter((m) => !regions.some((g) => contains(g, m.top, m.left)));
  const fromOutside = new Map<string, Cell>();
  if (outside.length > 0) {
    const masters: TableRegion[] = outside.map((m) => ({
      range: { top: m.top, left: m.left, bottom: m.top, right: m.left },
      below: 0,
    }));
    const unlimited: PackageLimits = { ...limits, sheetRows: Infinity, cells: Infinity };
    const again = inPart(part, () => scanSheetTables(xml, masters, context, unlimited, 0));
    outside.forEach((m, i) => {
      const cell = again.regions[i]?.rows.get(m.top)?.[0];
      if (cell) fromOutside.set(`${m.top}:${m.left}`, cell);
    });
  }
  let budget = limits.cells;
  for (const m of merges) {
    const master = fromOutside.get(`${m.top}:${m.left}`) ?? masterOf(m);
    regions.forEach((g, i) => {
      const rows = kept[i]?.rows;
      if (!rows) return;
      const top = Math.max(m.top, g.range.top);
      const bottom = Math.min(m.bottom, g.range.bottom + g.below);
      const left = Math.max(m.left, g.range.left);
      const right = Math.min(m.right, g.range.right);
      for (let r = top; r <= bottom && budget > 0; r++) {
        for (let c = left; c <= right && budget-- > 0; c++) {
          if (r === m.top && c === m.left) continue;
          let cells = rows.get(r);
          if (!master) {
            if (cells) cells[c - g.range.left] = undefined;
            continue;
          }
          if (!cells) rows.set(r, (cells = []));
          cells[c - g.range.left] = { ...master };
        }
      }
      const region = kept[i];
      if (region && master) region.maxFilledColumn = Math.max(region.maxFilledColumn, right);
    });
  }
}

function contains(g: TableRegion, row: number, col: number): boolean {
  const r = g.range;
  return row >= r.top && row <= r.bottom + g.below && col >= r.left && col <= r.right;
}

/** Every empty cell of a read table: nothing downstream changes a Grid's cells. */
const EMPTY_CELL: Cell = Object.freeze({ value: null });

/**
 * A row's kept cells as a Grid row `width` wide, its holes filled with the empty cell in
 * place: the array the scan made becomes the Grid's (a copy per row was a second array
 * for every row of a large table).
 */
function filledOut(kept: (Cell | undefined)[], width: number): Cell[] {
  kept.length = width;
  for (let i = 0; i < width; i++) kept[i] ??= EMPTY_CELL;
  // Every index below `width` holds a cell now, and there is none past it.
  return kept as Cell[];
}

/**
 * A table's Grid from the cells kept for it. The header row is the table's first row,
 * an empty header cell taking the table column's name; the totals row is left out, as
 * are data rows with nothing in them. Columns past the table's declared columns that
 * hold nothing are left out too (a hostile `ref` may claim thousands).
 */
function tableOf(
  workbook: string,
  entry: TableEntry,
  range: CellRange,
  region: RegionCells,
  below: number,
): ReadTable {
  const columns = entry.info.columns;
  const right = Math.min(
    range.right,
    Math.max(range.left + Math.max(columns.length, 1) - 1, region.maxFilledColumn),
  );
  const width = right - range.left + 1;
  const headerCells = region.rows.get(range.top) ?? [];
  const header: string[] = [];
  const columnLetters: string[] = [];
  for (let i = 0; i < width; i++) {
    const v = headerCells[i]?.value ?? null;
    const text = v === null ? '' : String(v).trim();
    header.push(text || (columns[i] ?? ''));
    columnLetters.push(columnLetter(range.left + i));
  }
  const totalsRow = entry.info.totalsRowCount > 0;
  const lastData = totalsRow ? range.bottom - 1 : range.bottom;
  const numbers = [...region.rows.keys()].sort((a, b) => a - b);
  const rows: GridRow[] = [];
  let firstBelow = 0;
  for (const r of numbers) {
    if (r > range.bottom) {
      if (firstBelow === 0 && r <= range.bottom + below) firstBelow = r;
      continue;
    }
    if (r <= range.top || r > lastData) continue;
    rows.push({ rowNumber: r, cells: filledOut(region.rows.get(r) ?? [], width) });
  }
  const lastFilled = rows.at(-1)?.rowNumber ?? range.top;
  return {
    name: entry.info.name,
    sheet: entry.sheet.name,
    range,
    totalsRow,
    grid: {
      workbook,
      sheet: entry.sheet.name,
      table: entry.info.name,
      header,
      columnLetters,
      rows,
    },
    blankRowsAtBottom: Math.max(0, lastData - lastFilled),
    firstFilledRowBelow: firstBelow,
  };
}
