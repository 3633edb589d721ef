import { isFilled } from '../../shared/contract/cell-reading.ts';
import { parseRange, type CellRange } from '../../shared/contract/cell-address.ts';
import type { Cell } from '../../shared/contract/grid.ts';
import type { PackageLimits } from '../xlsx/package-limits.ts';
import {
  CELL_VALUE_TYPES,
  digitsIn,
  namePrefix,
  plainCellBody,
  plainText,
  type PlainCellBody,
  type PlainText,
} from '../xlsx/cell-element.ts';
import { unescapeExcelText } from '../xlsx/shared-strings.ts';
import { plainCellText, PlainRowCells, readPlainRow } from '../xlsx/plain-row.ts';
import { tokenizeXml } from '../xlsx/xml-scanner.ts';
import { sharedStringCell, toGridCell, type CellContext, type SheetCell } from './sheet-cell.ts';

/** A table's block of a sheet to keep cells of, and how far below it to look. */
export interface TableRegion {
  range: CellRange;
  /** Rows below the range whose cells are kept too (for room checks when appending). */
  below: number;
  /** When set, the only columns whose cells are kept below the header row. */
  dataColumns?: ReadonlySet<number>;
}

/** The cells a scan kept for one region: the rows that hold a filled cell, by column offset. */
export interface RegionCells {
  /** Sheet row → cells by `column - range.left` (holes where the sheet has no filled cell). */
  rows: Map<number, (Cell | undefined)[]>;
  /** Rightmost column with a filled cell, 0 when none. */
  maxFilledColumn: number;
}

/** A sheet past a size limit, found while scanning it. */
export type SheetLimitFailure =
  { kind: 'rows'; rows: number } | { kind: 'cells'; cells: number; row: number };

export interface SheetScan {
  regions: RegionCells[];
  /** Merged ranges that overlap a region. */
  merges: CellRange[];
  /** Cells in the sheet (every `<c>`), for the workbook's cell limit. */
  cells: number;
  /** The last row the sheet's `<dimension>` claims; 0 when it has none. */
  dimensionRows: number;
  failure: SheetLimitFailure | null;
}

/**
 * Walks a worksheet's XML once, start to end, keeping only the cells that lie in the
 * given regions — so a table whose `ref` claims a million rows costs what its sheet
 * actually holds, never the box its `ref` draws. Rows are counted as elements (an empty
 * `<row>` counts), and the walk stops as soon as the sheet passes `limits.sheetRows` rows
 * or the workbook passes `limits.cells` cells (`cellsBefore` were counted in earlier
 * sheets). Cells become Grid cells as they are read.
 */
export function scanSheetTables(
  xml: string,
  regions: readonly TableRegion[],
  context: CellContext,
  limits: PackageLimits,
  cellsBefore: number,
): SheetScan {
  const kept: RegionCells[] = regions.map(() => ({ rows: new Map(), maxFilledColumn: 0 }));
  const scan: SheetScan = { regions: kept, merges: [], cells: 0, dimensionRows: 0, failure: null };
  let dataDepth = -1;
  let afterData = false;
  let rowCount = 0;
  let lastRow = 0;
  let lastCol = 0;
  /** Regions whose rows (with the rows below) include the current row; refilled per row. */
  const active: number[] = [];
  /** The current row's kept cells by region; null when the row lies in no region. */
  let row: { r: number; cells: ((Cell | undefined)[] | undefined)[] } | null = null;
  let cell: (SheetCell & { region: number; col: number }) | null = null;
  // The cell being read: one object refilled per cell, since each becomes a Grid cell as it closes.
  const reading: SheetCell & { region: number; col: number } = {
    region: 0,
    col: 0,
    type: '',
    style: 0,
    value: undefined,
    inline: undefined,
    formula: false,
  };
  let cellDepth = -1;
  let inValue = false;
  let inlineDepth = -1;
  let phoneticDepth = -1;
  let inText = false;
  let text = '';
  const body: PlainCellBody = { valueStart: 0, valueEnd: 0, end: 0, inline: false, decode: false };
  const plainRow = new PlainRowCells();

  // Straight on the tokenizer, not through walkXml: this is the walk over every cell of
  // every contract sheet, so it takes the tag names and attributes as the tokenizer has them.
  tokenizeXml(xml, {
    open(name, _start, _nameEnd, _attributesEnd, end, selfClosing, depth, attributes, local) {
      if (dataDepth < 0) {
        if (depth === 1 && local === 'sheetData') dataDepth = depth;
        else if (depth === 1 && local === 'dimension')
          scan.dimensionRows = parseRange(attributes.get('ref') ?? '')?.bottom ?? 0;
        else if (afterData && local === 'mergeCell') {
          const range = parseRange(attributes.get('ref') ?? '');
          if (range && regions.some((g) => overlaps(range, g))) scan.merges.push(range);
        }
        return false;
      }
      const level = depth - dataDepth;
      if (level === 1 && local === 'row') {
        rowCount += 1;
        if (rowCount > limits.sheetRows) {
          scan.failure = { kind: 'rows', rows: rowCount };
          return true;
        }
        const r = attributes.number('r', lastRow + 1);
        lastRow = r;
        lastCol = 0;
        active.length = 0;
        for (let i = 0; i < regions.length; i++) {
          const g = regions[i];
          if (g && r >= g.range.top && r <= g.range.bottom + g.below) active.push(i);
        }
        row = active.length === 0 ? null : { r, cells: [] };
        // Most rows hold only plain cells: read in one step, and the tokenizer goes on after them.
        if (!selfClosing) {
          const rowEnd = readPlainRow(xml, end, namePrefix(name, local), plainRow);
          if (rowEnd >= 0) return takePlainRow() ? true : rowEnd;
        }
      } else if (level === 2 && local === 'c') {
        scan.cells += 1;
        if (cellsBefore + scan.cells > limits.cells) {
          scan.failure = { kind: 'cells', cells: cellsBefore + scan.cells, row: lastRow };
          return true;
        }
        // Most cells are `<v>…</v></c>`: read here, and the tokenizer goes on after them.
        const plain = !selfClosing && plainCellBody(xml, end, namePrefix(name, local), body);
        if (row === null) return plain ? body.end : false;
        const col = attributes.column('r') || lastCol + 1;
        lastCol = col;
        const region = regionOf(col);
        if (region < 0) return plain ? body.end : false;
        const type = attributes.word('t', CELL_VALUE_TYPES) ?? '';
        const style = attributes.number('s', 0);
        if (plain) {
          keepPlain(region, col, type, style, body.valueStart, body.valueEnd, plainText(body));
          return body.end;
        }
        reading.region = region;
        reading.col = col;
        reading.type = type;
        reading.style = style;
        reading.value = undefined;
        reading.inline = undefined;
        reading.formula = false;
        cell = reading;
        cellDepth = depth;
      } else if (cell !== null && depth === cellDepth + 1) {
        if (local === 'v') {
          inValue = true;
          text = '';
        } else if (local === 'f') cell.formula = true;
        else if (local === 'is') {
          inlineDepth = depth;
          text = '';
        }
      } else if (cell !== null && inlineDepth >= 0) {
        if (local === 'rPh' && phoneticDepth < 0) phoneticDepth = depth;
        else if (local === 't' && phoneticDepth < 0) inText = true;
      }
      return false;
    },
    close(_name, _start, _end, depth, _selfClosing, local) {
      if (dataDepth < 0) return false;
      if (depth === dataDepth) {
        dataDepth = -1;
        afterData = true;
        return false;
      }
      if (cell !== null && depth === cellDepth) {
        finishCell(cell);
        cell = null;
        cellDepth = -1;
        return false;
      }
      if (depth === dataDepth + 1 && local === 'row') {
        if (row !== null) finishRow(row);
        row = null;
      } else if (cell !== null) {
        if (inValue && local === 'v') {
          inValue = false;
          cell.value = text;
        } else if (depth === phoneticDepth) phoneticDepth = -1;
        else if (inText && local === 't') inText = false;
        else if (depth === inlineDepth) {
          inlineDepth = -1;
          cell.inline = unescapeExcelText(text);
        }
      }
      return false;
    },
    text(t) {
      if (cell !== null && (inValue || (inText && phoneticDepth < 0))) text += t;
    },
  });
  return scan;

  /** The first active region whose columns hold `col`, or -1. */
  function regionOf(col: number): number {
    for (const i of active) {
      const g = regions[i];
      if (g === undefined || col < g.range.left || col > g.range.right) continue;
      if (g.dataColumns && lastRow > g.range.top && !g.dataColumns.has(col)) continue;
      return i;
    }
    return -1;
  }

  /**
   * Keeps the cells of the plain row just read, as the walk tag by tag would, and ends the
   * row; true when the workbook passed its cell limit on the way.
   */
  function takePlainRow(): boolean {
    const cells = plainRow;
    for (let i = 0; i < cells.count; i++) {
      scan.cells += 1;
      if (cellsBefore + scan.cells > limits.cells) {
        scan.failure = { kind: 'cells', cells: cellsBefore + scan.cells, row: lastRow };
        return true;
      }
      const col = cells.col[i] ?? 0;
      lastCol = col;
      const valueStart = cells.valueStart[i] ?? -1;
      // A cell without a value is not filled: never kept.
      if (row === null || valueStart < 0) continue;
      const region = regionOf(col);
      if (region < 0) continue;
      const valueEnd = cells.valueEnd[i] ?? valueStart;
      const style = cells.style[i] ?? 0;
      keepPlain(region, col, cells.typeOf(i), style, valueStart, valueEnd, cells.textOf(i));
    }
    if (row !== null) finishRow(row);
    row = null;
    return false;
  }

  /** Keeps a cell read the short way, its text lying from `start` to `end`. */
  function keepPlain(
    region: number,
    col: number,
    type: string,
    style: number,
    start: number,
    end: number,
    text: PlainText,
  ): void {
    // A shared string's index is read from the text: no string made for it.
    const index = type === 's' && text === 0 ? digitsIn(xml, start, end) : -1;
    if (index >= 0) {
      keep(region, col, sharedStringCell(index, context));
      return;
    }
    reading.region = region;
    reading.col = col;
    reading.type = type;
    reading.style = style;
    reading.formula = false;
    if (text === 0) {
      reading.value = xml.slice(start, end);
      reading.inline = undefined;
    } else {
      reading.value = undefined;
      reading.inline = unescapeExcelText(plainCellText(xml, start, end, text));
    }
    finishCell(reading);
  }

  function finishCell(c: SheetCell & { region: number; col: number }): void {
    keep(c.region, c.col, toGridCell(c, context));
  }

  /** Keeps a filled Grid cell of the current row in its region. */
  function keep(regionIndex: number, col: number, out: Cell): void {
    if (row === null || !isFilled(out)) return;
    const region = regions[regionIndex];
    if (!region) return;
    const cells = (row.cells[regionIndex] ??= []);
    cells[col - region.range.left] = out;
  }

  function finishRow(r: { r: number; cells: ((Cell | undefined)[] | undefined)[] }): void {
    for (let i = 0; i < r.cells.length; i++) {
      const cells = r.cells[i];
      const region = regions[i];
      const into = kept[i];
      if (!cells || !region || !into) continue;
      into.rows.set(r.r, cells);
      const right = region.range.left + cells.length - 1;
      if (right > into.maxFilledColumn) into.maxFilledColumn = right;
    }
  }
}

function overlaps(a: CellRange, g: TableRegion): boolean {
  const b = g.range;
  return a.left <= b.right && a.right >= b.left && a.top <= b.bottom + g.below && a.bottom >= b.top;
}
