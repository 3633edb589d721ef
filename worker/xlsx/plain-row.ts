/**
 * A sheet row read in one step when every cell in it has a shape spreadsheet programs
 * write for plain values — `<c r="B7" s="2" t="s"><v>12</v></c>`, `<c r="B7"/>`, or an
 * inline string `<is><t>…</t></is>` (see plainCellBody) — so the walk over a large sheet
 * does not go through the tokenizer tag by tag for nearly every cell. Anything else in the
 * row (another attribute, white space between tags, a formula, rich text, a reference in a
 * `<v>`) leaves the whole row to the tokenizer, which then reads it, and refuses it if it
 * is not well-formed, as before.
 */
import {
  CELL_VALUE_TYPES,
  digitsIn,
  plainCellBody,
  plainText,
  refColumnIn,
  wordIndexIn,
  type PlainCellBody,
  type PlainText,
} from './cell-element.ts';
import { characterData } from './xml-scanner.ts';

/** The text of a plain cell's body from `start` to `end`, its references decoded when it has any. */
export function plainCellText(xml: string, start: number, end: number, text: PlainText): string {
  return text === 2 ? characterData(xml, start, end) : xml.slice(start, end);
}

/** The cells of the row last read, in order; filled by {@link readPlainRow}, reused row after row. */
export class PlainRowCells {
  count = 0;
  /** The column: from `r`, or the one after the cell before. */
  col = new Int32Array(16);
  /** Style index (`s`), 0 when absent. */
  style = new Int32Array(16);
  /** The value type (`t`) as an index into CELL_VALUE_TYPES; -1 when absent (a number). */
  type = new Int8Array(16);
  /**
   * Where the text (`<v>`, or an inline string's `<t>`) lies; `valueStart` is -1 for a cell
   * without one (`<c …/>`).
   */
  valueStart = new Int32Array(16);
  valueEnd = new Int32Array(16);
  /** What the text is (PlainText): 0 a `<v>`, 1 an inline string's, 2 one to decode. */
  text = new Int8Array(16);
  /** The `<` of the cell's start tag, just past that tag, and just past the cell. */
  start = new Int32Array(16);
  openEnd = new Int32Array(16);
  end = new Int32Array(16);

  /** What the text of cell `i` is. */
  textOf(i: number): PlainText {
    const t = this.text[i] ?? 0;
    return t === 2 ? 2 : t === 1 ? 1 : 0;
  }

  /** The value type of cell `i`: '' for a number. */
  typeOf(i: number): string {
    const t = this.type[i] ?? -1;
    return t < 0 ? '' : (CELL_VALUE_TYPES[t] ?? '');
  }

  /** Adds a cell: its column, style and type index, then its offsets as the fields above. */
  push(
    col: number,
    style: number,
    type: number,
    start: number,
    openEnd: number,
    valueStart: number,
    valueEnd: number,
    end: number,
    text: PlainText,
  ): void {
    const i = this.count;
    if (i === this.col.length) this.grow();
    this.col[i] = col;
    this.style[i] = style;
    this.type[i] = type;
    this.start[i] = start;
    this.openEnd[i] = openEnd;
    this.valueStart[i] = valueStart;
    this.valueEnd[i] = valueEnd;
    this.end[i] = end;
    this.text[i] = text;
    this.count = i + 1;
  }

  private grow(): void {
    const size = this.col.length * 2;
    const grown = <T extends Int32Array | Int8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.col = grown(this.col, new Int32Array(size));
    this.style = grown(this.style, new Int32Array(size));
    this.type = grown(this.type, new Int8Array(size));
    this.valueStart = grown(this.valueStart, new Int32Array(size));
    this.valueEnd = grown(this.valueEnd, new Int32Array(size));
    this.start = grown(this.start, new Int32Array(size));
    this.openEnd = grown(this.openEnd, new Int32Array(size));
    this.end = grown(this.end, new Int32Array(size));
    this.text = grown(this.text, new Int8Array(size));
  }
}

const LESS = 60;
const GREATER = 62;
const SLASH = 47;
const SPACE = 32;
const EQUALS = 61;
const QUOTE = 34;
const AMPERSAND = 38;
const C = 99;
const R = 114;
const S = 115;
const T = 116;

/** One body span reused by every call: the read is synchronous. */
const BODY: PlainCellBody = { valueStart: 0, valueEnd: 0, end: 0, inline: false, decode: false };

/** The end tags of a row, by namespace prefix ('' and `x:` in practice). */
const ROW_END = new Map<string, string>();

function rowEndTag(prefix: string): string {
  let tag = ROW_END.get(prefix);
  if (tag === undefined) ROW_END.set(prefix, (tag = `</${prefix}row>`));
  return tag;
}

/**
 * Reads the cells of the `<row>` whose start tag ends at `at` into `into` when every one
 * has the plain shape, and returns where the row ends (just past its end tag); -1 when
 * anything else appears, `into` then holding nothing to use. `prefix` is the namespace
 * prefix of the row's elements with its colon ('' or `x:`).
 */
export function readPlainRow(xml: string, at: number, prefix: string, into: PlainRowCells): number {
  into.count = 0;
  const n = xml.length;
  const end = rowEndTag(prefix);
  let p = at;
  let lastCol = 0;
  for (;;) {
    if (xml.charCodeAt(p) !== LESS) return -1;
    if (xml.charCodeAt(p + 1) === SLASH) return xml.startsWith(end, p) ? p + end.length : -1;
    const start = p;
    p += 1;
    if (prefix !== '') {
      if (!xml.startsWith(prefix, p)) return -1;
      p += prefix.length;
    }
    if (xml.charCodeAt(p) !== C) return -1;
    p += 1;
    let col = lastCol + 1;
    let style = 0;
    let type = -1;
    // Attributes: one space, a one-letter name (r, s or t), `="`, a value without `<` or `&`.
    for (;;) {
      const c = xml.charCodeAt(p);
      if (c === GREATER || c === SLASH) break;
      if (c !== SPACE || xml.charCodeAt(p + 2) !== EQUALS || xml.charCodeAt(p + 3) !== QUOTE)
        return -1;
      const name = xml.charCodeAt(p + 1);
      const valueStart = p + 4;
      let valueEnd = valueStart;
      for (; valueEnd < n; valueEnd++) {
        const v = xml.charCodeAt(valueEnd);
        if (v === QUOTE) break;
        if (v === LESS || v === AMPERSAND) return -1;
      }
      if (valueEnd >= n) return -1;
      if (name === R) col = refColumnIn(xml, valueStart, valueEnd);
      else if (name === S) style = digitsIn(xml, valueStart, valueEnd);
      else if (name === T) type = wordIndexIn(xml, valueStart, valueEnd, CELL_VALUE_TYPES);
      else return -1;
      if (col <= 0 || style < 0 || (name === T && type < 0)) return -1;
      p = valueEnd + 1;
    }
    if (xml.charCodeAt(p) === SLASH) {
      if (xml.charCodeAt(p + 1) !== GREATER) return -1;
      into.push(col, style, type, start, p + 2, -1, -1, p + 2, 0);
      p += 2;
    } else {
      if (!plainCellBody(xml, p + 1, prefix, BODY)) return -1;
      const text = plainText(BODY);
      into.push(col, style, type, start, p + 1, BODY.valueStart, BODY.valueEnd, BODY.end, text);
      p = BODY.end;
    }
    lastCol = col;
  }
}
