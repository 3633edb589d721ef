import {
  CELL_VALUE_TYPES,
  namePrefix,
  plainCellBody,
  plainText,
  type PlainCellBody,
} from './cell-element.ts';
import { plainCellText, PlainRowCells, readPlainRow } from './plain-row.ts';
import { tokenizeXml } from './xml-scanner.ts';
import { startTagAt, type XmlOpen } from './xml-tokens.ts';

/** One `<c>` element of a sheet, by offsets into the sheet's XML. */
export interface ScannedCell {
  col: number;
  /** Its start tag (name and attributes), to write the cell elsewhere; read when first asked for. */
  readonly open: XmlOpen;
  /** `<` of its start tag; just past its start tag; just past its end. */
  start: number;
  openEnd: number;
  end: number;
  /** Style index (`s`), 0 when absent. */
  style: number;
  /** Value type (`t`): '' (number), `s`, `inlineStr`, `str`, `b`, `e`. */
  type: string;
  /** Holds a value, inline text or a formula. */
  filled: boolean;
  /** '' none; `normal` a formula of its own; `shared`/`array`/`other` tied to other cells. */
  formula: '' | 'normal' | 'shared' | 'array' | 'other';
  /** The `<v>` text, or the inline string's text (phonetic runs left out), when captured. */
  value?: string;
}

/** One `<row>` element. */
export interface ScannedRow {
  r: number;
  start: number;
  end: number;
  /** Its start tag, read when first asked for (only the rows rewritten are). */
  readonly open: XmlOpen;
  /** Its cells, when the scan kept them for this row. */
  cells: ScannedCell[] | null;
  /** Leftmost and rightmost cell column; 0 when the row has no cells. */
  minCol: number;
  maxCol: number;
  /** True when a filled cell lies in the scan's column span. */
  filledInSpan: boolean;
}

/** A `<col>` range of the sheet's column definitions. */
export interface ColumnDef {
  min: number;
  max: number;
  style: number;
}

export interface ScannedSheet {
  xml: string;
  /** The prefix (with colon) the root element uses for the SpreadsheetML namespace: '' or `x:`. */
  prefix: string;
  dimension: XmlOpen | null;
  /** Where `<sheetData>` sits: its start tag, and the `</sheetData>` (start = end when self-closing). */
  sheetData: { start: number; openEnd: number; closeStart: number; end: number };
  cols: ColumnDef[];
  rows: ScannedRow[];
}

export interface ScanOptions {
  /** Rows whose cells are kept (default: all). */
  keepCells?: (row: number) => boolean;
  /** Within those rows, the cells kept (default: all); the others are only counted in the row's bounds. */
  keepCell?: (row: number, col: number) => boolean;
  /** Cells whose value text is captured. */
  capture?: (row: number, col: number) => boolean;
  /** Columns checked for `filledInSpan`. */
  span?: { left: number; right: number };
}

/**
 * A row or cell noted by offsets, its start tag read again only when asked for: a sheet
 * holds a hundred thousand cells, and the writer looks at the tags of the few it moves.
 */
class NotedTag {
  private tag: XmlOpen | null = null;

  constructor(
    private readonly xml: string,
    private readonly depth: number,
    readonly start: number,
  ) {}

  get open(): XmlOpen {
    return (this.tag ??= startTagAt(this.xml, this.start, this.depth));
  }
}

class NotedRow extends NotedTag implements ScannedRow {
  cells: ScannedCell[] | null;
  minCol = 0;
  maxCol = 0;
  filledInSpan = false;

  constructor(
    xml: string,
    depth: number,
    start: number,
    public end: number,
    readonly r: number,
    keep: boolean,
  ) {
    super(xml, depth, start);
    this.cells = keep ? [] : null;
  }
}

class NotedCell extends NotedTag implements ScannedCell {
  end: number;
  filled = false;
  formula: ScannedCell['formula'] = '';
  value?: string;

  constructor(
    xml: string,
    depth: number,
    start: number,
    readonly openEnd: number,
    readonly col: number,
    readonly style: number,
    readonly type: string,
  ) {
    super(xml, depth, start);
    this.end = openEnd;
  }
}

/**
 * Tokenizes a worksheet part and records where each row and cell sits, so a writer can
 * copy rows verbatim and rebuild only the ones it changes. Rows and cells without an
 * `r` follow the one before, as Excel reads them.
 */
export function scanSheet(xml: string, options: ScanOptions = {}): ScannedSheet {
  const sheet: ScannedSheet = {
    xml,
    prefix: '',
    dimension: null,
    sheetData: { start: -1, openEnd: -1, closeStart: -1, end: -1 },
    cols: [],
    rows: [],
  };
  let dataDepth = -1;
  let row: ScannedRow | null = null;
  let cell: ScannedCell | null = null;
  let cellDepth = -1;
  let capturing = false;
  let inValue = false;
  let inlineDepth = -1;
  let phoneticDepth = -1;
  let textDepth = -1;
  let lastRow = 0;
  let lastCol = 0;
  const body: PlainCellBody = { valueStart: 0, valueEnd: 0, end: 0, inline: false, decode: false };
  const plainRow = new PlainRowCells();

  /** Notes the cells of the plain row just read, as the walk tag by tag would. */
  const takePlainRow = (into: ScannedRow, depth: number): void => {
    const cells = plainRow;
    for (let i = 0; i < cells.count; i++) {
      const col = cells.col[i] ?? 0;
      lastCol = col;
      const valueStart = cells.valueStart[i] ?? -1;
      const valueEnd = cells.valueEnd[i] ?? -1;
      const filled = valueEnd > valueStart;
      // A cell the scan does not keep only counts in its row's bounds: no object made for it.
      noteCell(into, col, filled, options);
      if (!keeps(into, col, options)) continue;
      const noted = new NotedCell(
        xml,
        depth,
        cells.start[i] ?? 0,
        cells.openEnd[i] ?? 0,
        col,
        cells.style[i] ?? 0,
        cells.typeOf(i),
      );
      noted.end = cells.end[i] ?? 0;
      noted.filled = filled;
      if (options.capture?.(into.r, col))
        noted.value =
          valueStart < 0 ? '' : plainCellText(xml, valueStart, valueEnd, cells.textOf(i));
      into.cells?.push(noted);
    }
  };
  tokenizeXml(xml, {
    open(name, start, _nameEnd, _attributesEnd, end, selfClosing, depth, attributes, local) {
      if (depth === 0) {
        sheet.prefix = namePrefix(name, local);
        return false;
      }
      if (dataDepth < 0) {
        if (depth !== 1 && local !== 'col') return false;
        if (local === 'dimension') sheet.dimension = startTagAt(xml, start, depth);
        else if (local === 'col')
          sheet.cols.push({
            min: Number(attributes.get('min') ?? 0),
            max: Number(attributes.get('max') ?? 0),
            style: Number(attributes.get('style') ?? 0),
          });
        else if (local === 'sheetData') {
          dataDepth = depth;
          sheet.sheetData = { start, openEnd: end, closeStart: end, end };
        }
        return false;
      }
      const level = depth - dataDepth;
      if (level === 1 && local === 'row') {
        const r = attributes.number('r', lastRow + 1);
        lastRow = r;
        lastCol = 0;
        const keep = options.keepCells ? options.keepCells(r) : true;
        row = new NotedRow(xml, depth, start, end, r, keep);
        sheet.rows.push(row);
        // Most rows hold only plain cells: read in one step, and the tokenizer goes on after them.
        if (!selfClosing) {
          const rowEnd = readPlainRow(xml, end, namePrefix(name, local), plainRow);
          if (rowEnd >= 0) {
            takePlainRow(row, depth + 1);
            row.end = rowEnd;
            row = null;
            return rowEnd;
          }
        }
      } else if (level === 2 && local === 'c' && row) {
        const col = attributes.column('r') || lastCol + 1;
        lastCol = col;
        cell = new NotedCell(
          xml,
          depth,
          start,
          end,
          col,
          attributes.number('s', 0),
          attributes.word('t', CELL_VALUE_TYPES) ?? '',
        );
        cellDepth = depth;
        capturing = options.capture ? options.capture(row.r, col) : false;
        if (capturing) cell.value = '';
        // Most cells are `<v>…</v></c>`: read here, and the tokenizer goes on after them.
        if (!selfClosing && plainCellBody(xml, end, namePrefix(name, local), body)) {
          if (body.valueEnd > body.valueStart) cell.filled = true;
          if (capturing)
            cell.value = plainCellText(xml, body.valueStart, body.valueEnd, plainText(body));
          cell.end = body.end;
          finishCell(row, cell, options);
          cell = null;
          cellDepth = -1;
          capturing = false;
          return body.end;
        }
      } else if (cell && depth === cellDepth + 1) {
        if (local === 'f') {
          const t = attributes.get('t');
          cell.formula =
            t === undefined || t === 'normal'
              ? 'normal'
              : t === 'shared'
                ? 'shared'
                : t === 'array'
                  ? 'array'
                  : 'other';
          cell.filled = true;
        } else if (local === 'v') inValue = true;
        else if (local === 'is') inlineDepth = depth;
      } else if (cell && inlineDepth >= 0) {
        if (local === 'rPh' && phoneticDepth < 0) phoneticDepth = depth;
        else if (local === 't' && phoneticDepth < 0) textDepth = depth;
      }
      return false;
    },
    close(_name, start, end, depth, _selfClosing, local) {
      if (dataDepth < 0) return false;
      if (depth === dataDepth && local === 'sheetData') {
        sheet.sheetData.closeStart = start;
        sheet.sheetData.end = end;
        dataDepth = Number.POSITIVE_INFINITY;
        return false;
      }
      if (cell && depth === cellDepth) {
        cell.end = end;
        if (row) finishCell(row, cell, options);
        cell = null;
        cellDepth = -1;
        inlineDepth = -1;
        capturing = false;
      } else if (row && depth === dataDepth + 1 && local === 'row') {
        row.end = end;
        row = null;
      } else if (cell) {
        if (local === 'v' && depth === cellDepth + 1) inValue = false;
        else if (depth === phoneticDepth) phoneticDepth = -1;
        else if (depth === textDepth) textDepth = -1;
        else if (depth === inlineDepth) inlineDepth = -1;
      }
      return false;
    },
    text(text) {
      if (!cell) return;
      if (inValue || (textDepth >= 0 && phoneticDepth < 0)) {
        if (text !== '') cell.filled = true;
        if (capturing) cell.value = (cell.value ?? '') + text;
      }
    },
  });
  if (sheet.sheetData.start < 0) throw new RangeError('worksheet without sheetData');
  return sheet;
}

function finishCell(row: ScannedRow, cell: ScannedCell, options: ScanOptions): void {
  noteCell(row, cell.col, cell.filled, options);
  if (keeps(row, cell.col, options)) row.cells?.push(cell);
}

/** Counts a cell in its row's bounds and in whether the scan's span holds a filled cell. */
function noteCell(row: ScannedRow, col: number, filled: boolean, options: ScanOptions): void {
  if (row.minCol === 0 || col < row.minCol) row.minCol = col;
  if (col > row.maxCol) row.maxCol = col;
  const span = options.span;
  if (span && filled && col >= span.left && col <= span.right) row.filledInSpan = true;
}

/** Whether the scan keeps the row's cell in `col`. */
function keeps(row: ScannedRow, col: number, options: ScanOptions): boolean {
  return row.cells !== null && (!options.keepCell || options.keepCell(row.r, col));
}

/**
 * A scanned row's cell in a column, if the scan kept it. A scan keeps a few cells of each
 * row a writer looks at (identities, planner cells), so a look along them beats a map per row.
 */
export function cellAt(row: ScannedRow | undefined, col: number): ScannedCell | undefined {
  return row?.cells?.find((c) => c.col === col);
}
