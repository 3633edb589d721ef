import { formatRange } from '../../shared/contract/cell-address.ts';
import { rewriteStartTag } from '../xlsx/table-xml.ts';
import type { ScannedRow, ScannedSheet } from '../xlsx/sheet-scan.ts';
import { Utf8Sink } from '../xlsx/utf8-sink.ts';
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
  /**
   * The rows to write, in ascending order. Taken one at a time as the sheet is written:
   * a writer that makes each row only when asked (a generator) never holds them all.
   */
  rows: Iterable<RowWrite>;
  /** Memory to write the new sheet into instead of a fresh buffer (see XlsxPackage.takeSpare). */
  into?: Uint8Array;
}

/** Row attributes that belong to the content rather than to the sheet row, replaced on rewritten rows. */
const LOOK_ATTRIBUTES = new Set(['r', 'spans', 'hidden', 'ht', 'customHeight']);

/**
 * Applies a patch to a scanned sheet and returns the new sheet as UTF-8: `<sheetData>`
 * rebuilt (untouched rows copied verbatim), `<dimension>` set to the cells the sheet now
 * holds, every other element of the sheet — columns, views, merged cells, conditional
 * formats, validations, drawings, table parts — kept as written. Each row goes into the
 * bytes as soon as it is made; the sheet is never one string.
 */
export function patchSheet(sheet: ScannedSheet, patch: SheetPatch): Uint8Array {
  const { xml, prefix, sheetData, dimension } = sheet;
  const bounds = new Bounds();
  // Mostly ASCII markup; Chinese text takes three bytes a character.
  const out = new Utf8Sink(1.25 * xml.length, patch.into);
  // The sheet up to its rows. `<dimension>` goes first as it was; its range, known only
  // once every row is written, is set in place then.
  let at = 0;
  let dimensionAt = -1;
  let dimensionTag = '';
  if (dimension && dimension.start < sheetData.start) {
    out.write(xml.slice(0, dimension.start));
    dimensionAt = out.length;
    dimensionTag = xml.slice(dimension.start, dimension.end);
    out.write(dimensionTag);
    at = dimension.end;
  }
  out.write(xml.slice(at, sheetData.start));
  out.write(`<${prefix}sheetData>`);
  const pending = patch.rows[Symbol.iterator]();
  let next = pending.next();
  let lastWritten = 0;
  const take = (): RowWrite | undefined => {
    if (next.done) return undefined;
    const w = next.value;
    if (w.r <= lastWritten) throw new RangeError(`row ${w.r} is written after row ${lastWritten}`);
    lastWritten = w.r;
    next = pending.next();
    return w;
  };
  const flushBefore = (r: number): void => {
    while (!next.done && next.value.r < r) {
      const w = take();
      if (w) rowXml(out, prefix, w.r, [], w.cells, [], w.look, bounds);
    }
  };
  for (const row of sheet.rows) {
    flushBefore(row.r);
    const inBlock = row.r >= patch.clearTop && row.r <= patch.clearBottom;
    const write = !next.done && next.value.r === row.r ? take() : undefined;
    if (!inBlock && !write) {
      out.write(xml.slice(row.start, row.end));
      bounds.addRow(row.r, row.minCol, row.maxCol);
      continue;
    }
    rebuiltRow(out, sheet, row, write, bounds, patch);
  }
  flushBefore(Infinity);

  // The sheet after its rows, `<dimension>` wherever it stands.
  out.write(`</${prefix}sheetData>`);
  at = sheetData.end;
  if (dimension && dimension.start >= sheetData.end) {
    out.write(xml.slice(at, dimension.start));
    out.write(rewriteStartTag(dimension, { ref: bounds.ref() }));
    at = dimension.end;
  }
  out.write(xml.slice(at));
  if (dimension && dimensionAt >= 0) {
    const length = Buffer.byteLength(dimensionTag, 'utf8');
    out.replace(dimensionAt, length, rewriteStartTag(dimension, { ref: bounds.ref() }));
  }
  return out.bytes();
}

/** A row the patch reaches: its cells outside the span kept, the span holding the new cells (or none). */
function rebuiltRow(
  out: Utf8Sink,
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

/** Writes a row, its cells as they were made; nothing for a row with neither cells nor attributes of its own. */
function rowXml(
  out: Utf8Sink,
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
    if (attrs !== ` r="${r}"`) out.write(`<${prefix}row${attrs}/>`);
    return;
  }
  out.write(`<${prefix}row${attrs}>`);
  for (const text of before) out.write(text);
  for (const c of cells) {
    out.write(c.xml);
    bounds.addCell(r, c.col);
    if (c.last !== undefined) bounds.addCell(r, c.last);
  }
  for (const text of after) out.write(text);
  out.write(`</${prefix}row>`);
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
