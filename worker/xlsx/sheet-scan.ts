import { attr, scanXml, type XmlOpen } from './xml-tokens.ts';

/** One `<c>` element of a sheet, by offsets into the sheet's XML. */
export interface ScannedCell {
  col: number;
  /** Its start tag (name and attributes), to write the cell elsewhere. */
  open: XmlOpen;
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
  /** Its start tag; its attributes are read only for the rows rewritten. */
  open: XmlOpen;
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

/** The row and column of an A1 reference; null when it is not one. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const c = ref.charCodeAt(i) & ~0x20;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const row = Number(ref.slice(i));
  return col > 0 && Number.isInteger(row) && row > 0 ? { row, col } : null;
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

  scanXml(
    xml,
    {
      open(tag) {
        if (tag.depth === 0) {
          const colon = tag.name.indexOf(':');
          sheet.prefix = colon < 0 ? '' : tag.name.slice(0, colon + 1);
          return;
        }
        if (dataDepth < 0) {
          if (tag.depth !== 1 && tag.local !== 'col') return;
          if (tag.local === 'dimension') sheet.dimension = tag;
          else if (tag.local === 'col')
            sheet.cols.push({
              min: Number(attr(tag, 'min') ?? 0),
              max: Number(attr(tag, 'max') ?? 0),
              style: Number(attr(tag, 'style') ?? 0),
            });
          else if (tag.local === 'sheetData') {
            dataDepth = tag.depth;
            sheet.sheetData = {
              start: tag.start,
              openEnd: tag.end,
              closeStart: tag.end,
              end: tag.end,
            };
          }
          return;
        }
        const level = tag.depth - dataDepth;
        if (level === 1 && tag.local === 'row') {
          const r = Number(attr(tag, 'r') ?? lastRow + 1);
          lastRow = r;
          lastCol = 0;
          const keep = options.keepCells ? options.keepCells(r) : true;
          row = {
            r,
            start: tag.start,
            end: tag.end,
            open: tag,
            cells: keep ? [] : null,
            minCol: 0,
            maxCol: 0,
            filledInSpan: false,
          };
          sheet.rows.push(row);
        } else if (level === 2 && tag.local === 'c' && row) {
          const ref = attr(tag, 'r');
          const col = (ref === undefined ? null : parseCellRef(ref))?.col ?? lastCol + 1;
          lastCol = col;
          cell = {
            col,
            open: tag,
            start: tag.start,
            openEnd: tag.end,
            end: tag.end,
            style: Number(attr(tag, 's') ?? 0),
            type: attr(tag, 't') ?? '',
            filled: false,
            formula: '',
          };
          cellDepth = tag.depth;
          capturing = options.capture ? options.capture(row.r, col) : false;
          if (capturing) cell.value = '';
        } else if (cell && tag.depth === cellDepth + 1) {
          if (tag.local === 'f') {
            const t = attr(tag, 't');
            cell.formula =
              t === undefined || t === 'normal'
                ? 'normal'
                : t === 'shared'
                  ? 'shared'
                  : t === 'array'
                    ? 'array'
                    : 'other';
            cell.filled = true;
          } else if (tag.local === 'v') inValue = true;
          else if (tag.local === 'is') inlineDepth = tag.depth;
        } else if (cell && inlineDepth >= 0) {
          if (tag.local === 'rPh' && phoneticDepth < 0) phoneticDepth = tag.depth;
          else if (tag.local === 't' && phoneticDepth < 0) textDepth = tag.depth;
        }
      },
      close(tag) {
        if (dataDepth < 0) return;
        if (tag.depth === dataDepth && tag.local === 'sheetData') {
          sheet.sheetData.closeStart = tag.start;
          sheet.sheetData.end = tag.end;
          dataDepth = Number.POSITIVE_INFINITY;
          return;
        }
        if (cell && tag.depth === cellDepth) {
          cell.end = tag.end;
          if (row) finishCell(row, cell, options);
          cell = null;
          cellDepth = -1;
          inlineDepth = -1;
          capturing = false;
        } else if (row && tag.depth === dataDepth + 1 && tag.local === 'row') {
          row.end = tag.end;
          row = null;
        } else if (cell) {
          if (tag.local === 'v' && tag.depth === cellDepth + 1) inValue = false;
          else if (tag.depth === phoneticDepth) phoneticDepth = -1;
          else if (tag.depth === textDepth) textDepth = -1;
          else if (tag.depth === inlineDepth) inlineDepth = -1;
        }
      },
      text(text) {
        if (!cell) return;
        if (inValue || (textDepth >= 0 && phoneticDepth < 0)) {
          if (text !== '') cell.filled = true;
          if (capturing) cell.value = (cell.value ?? '') + text;
        }
      },
    },
    { namespaces: false },
  );
  if (sheet.sheetData.start < 0) throw new RangeError('worksheet without sheetData');
  return sheet;
}

function finishCell(row: ScannedRow, cell: ScannedCell, options: ScanOptions): void {
  if (row.minCol === 0 || cell.col < row.minCol) row.minCol = cell.col;
  if (cell.col > row.maxCol) row.maxCol = cell.col;
  const span = options.span;
  if (span && cell.filled && cell.col >= span.left && cell.col <= span.right)
    row.filledInSpan = true;
  if (row.cells && (!options.keepCell || options.keepCell(row.r, cell.col))) row.cells.push(cell);
}
