import { formatRange } from '../../shared/contract/cell-address.ts';
import { rewriteStartTag } from '../xlsx/table-xml.ts';
import type { ScannedRow, ScannedSheet } from '../xlsx/sheet-scan.ts';
import { escapeXmlAttribute } from '../xlsx/xml-text.ts';
import type { XmlAttribute } from '../xlsx/xml-tokens.ts';

/** Row-level attributes the writer sets on rows it writes (hidden by a filter, custom height). */
export type RowLook = Partial<Record<'hidden' | 'ht' | 'customHeight', string>>;

/** One serialized cell and its column, or a run of cells from `col` to `last`. */
export interface CellOut {
  col: number;
  xml: string;
  /** The last column `xml` holds a cell of, when it holds several. */
  last?: number;
}

/** New content for one row: cells in ascending columns within the patch span. */
export interface RowWrite {
  r: number;
  cells: CellOut[];
  look?: RowLook;
}

/**
 * A change to a block of a sheet: within columns `left`–`right`, the cells of rows
 * `clearTop`–`clearBottom` are dropped and `rows` written. Cells outside the columns,
 * and every row outside the block, are kept exactly as they were.
 */
export interface SheetPatch {
  left: number;
  right: number;
  clearTop: number;
  clearBottom: number;
  rows: RowWrite[];
}

/** Row attributes that belong to the content rather than to the sheet row, replaced on rewritten rows. */
const LOOK_ATTRIBUTES = new Set(['r', 'spans', 'hidden', 'ht', 'customHeight']);

/**
 * Applies a patch to a scanned sheet and returns the new XML, in pieces to be written one
 * after the other (the package encodes them without joining them into one string first:
 * a results sheet is its largest text): `<sheetData>` rebuilt (untouched rows copied
 * verbatim), `<dimension>` set to the cells the sheet now holds, every other element of
 * the sheet — columns, views, merged cells, conditional formats, validations, drawings,
 * table parts — kept as written.
 */
export function patchSheet(sheet: ScannedSheet, patch: SheetPatch): string[] {
  const { xml, prefix, sheetData, dimension } = sheet;
  const bounds = new Bounds();
  const rows: string[] = [];
  let next = 0;
  const pending = [...patch.rows].sort((a, b) => a.r - b.r);
  const flushBefore = (r: number): void => {
    while (next < pending.length && (pending[next]?.r ?? Infinity) < r) {
      const w = pending[next++];
      if (w) rowXml(rows, prefix, w.r, [], w.cells, [], w.look, bounds);
    }
  };
  for (const row of sheet.rows) {
    flushBefore(row.r);
    const inBlock = row.r >= patch.clearTop && row.r <= patch.clearBottom;
    const write = pending[next]?.r === row.r ? pending[next++] : undefined;
    if (!inBlock && !write) {
      rows.push(xml.slice(row.start, row.end));
      bounds.addRow(row.r, row.minCol, row.maxCol);
      continue;
    }
    rebuiltRow(rows, sheet, row, write, bounds, patch);
  }
  flushBefore(Infinity);

  // The sheet around its rows, `<dimension>` wherever it stands.
  const head: string[] = [];
  let at = 0;
  if (dimension && dimension.start < sheetData.start) {
    head.push(xml.slice(0, dimension.start), rewriteStartTag(dimension, { ref: bounds.ref() }));
    at = dimension.end;
  }
  head.push(xml.slice(at, sheetData.start), `<${prefix}sheetData>`);
  const tail = [`</${prefix}sheetData>`];
  at = sheetData.end;
  if (dimension && dimension.start >= sheetData.end) {
    tail.push(xml.slice(at, dimension.start), rewriteStartTag(dimension, { ref: bounds.ref() }));
    at = dimension.end;
  }
  tail.push(xml.slice(at));
  return [...head, ...rows, ...tail];
}

/** A row the patch reaches: its cells outside the span kept, the span holding the new cells (or none). */
function rebuiltRow(
  out: string[],
  sheet: ScannedSheet,
  row: ScannedRow,
  write: RowWrite | undefined,
  bounds: Bounds,
  patch: SheetPatch,
): void {
  if (!row.cells) throw new RangeError(`row ${row.r} was scanned without its cells`);
  const kept = row.cells.filter((c) => c.col < patch.left || c.col > patch.right);
  for (const c of kept) bounds.addCell(row.r, c.col);
  const before = kept.filter((c) => c.col < patch.left).map((c) => sheet.xml.slice(c.start, c.end));
  const after = kept.filter((c) => c.col > patch.right).map((c) => sheet.xml.slice(c.start, c.end));
  rowXml(
    out,
    sheet.prefix,
    row.r,
    before,
    write?.cells ?? [],
    after,
    write?.look,
    bounds,
    row.open.attributes,
  );
}

/**
 * Appends a row to `out` in pieces, its cells as they were made (a row is never joined:
 * a results table's rows are most of its sheet); nothing for a row with neither cells
 * nor attributes of its own.
 */
function rowXml(
  out: string[],
  prefix: string,
  r: number,
  before: string[],
  middle: CellOut[],
  after: string[],
  look: RowLook | undefined,
  bounds: Bounds,
  attributes: readonly XmlAttribute[] = [],
): void {
  let attrs = ` r="${r}"`;
  for (const a of attributes)
    if (!LOOK_ATTRIBUTES.has(a.name)) attrs += ` ${a.name}="${escapeXmlAttribute(a.value)}"`;
  for (const [name, value] of Object.entries<string | undefined>(look ?? {}))
    if (value !== undefined) attrs += ` ${name}="${escapeXmlAttribute(value)}"`;
  const cells = middle.filter((c) => c.xml !== '');
  if (before.length === 0 && cells.length === 0 && after.length === 0) {
    if (attrs !== ` r="${r}"`) out.push(`<${prefix}row${attrs}/>`);
    return;
  }
  out.push(`<${prefix}row${attrs}>`, ...before);
  for (const c of cells) {
    out.push(c.xml);
    bounds.addCell(r, c.col);
    if (c.last !== undefined) bounds.addCell(r, c.last);
  }
  out.push(...after, `</${prefix}row>`);
}

/** The smallest block holding every cell written, for `<dimension>`. */
class Bounds {
  private top = 0;
  private bottom = 0;
  private left = 0;
  private right = 0;

  addRow(r: number, minCol: number, maxCol: number): void {
    if (minCol === 0) return;
    this.addCell(r, minCol);
    this.addCell(r, maxCol);
  }

  addCell(r: number, col: number): void {
    if (this.top === 0 || r < this.top) this.top = r;
    if (r > this.bottom) this.bottom = r;
    if (this.left === 0 || col < this.left) this.left = col;
    if (col > this.right) this.right = col;
  }

  ref(): string {
    if (this.top === 0) return 'A1';
    const range = { top: this.top, left: this.left, bottom: this.bottom, right: this.right };
    return this.top === this.bottom && this.left === this.right
      ? (formatRange(range).split(':')[0] ?? 'A1')
      : formatRange(range);
  }
}
