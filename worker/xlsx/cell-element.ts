/**
 * A sheet's `<c>` element as the walks over every cell of a sheet read it, straight from
 * the text so that a cell costs as few strings and calls as can be: its column, from the
 * A1 reference in `r` (`AB12` → 28); the value types `t` may name; and the body nearly
 * every cell has, `<v>…</v></c>`.
 */

/** The values of a cell's `t` attribute (none means a number). */
export const CELL_VALUE_TYPES = ['s', 'str', 'inlineStr', 'b', 'e', 'n', 'd'] as const;

/** The column of the A1 reference in `text` from `start` to `end`; 0 when it is not one. */
export function refColumnIn(text: string, start: number, end: number): number {
  let col = 0;
  let i = start;
  // At most three letters: XFD is the last column.
  for (; i < end && i - start < 3; i++) {
    const c = text.charCodeAt(i) & ~0x20;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (col === 0 || i === end) return 0;
  // The row: plain digits are the common case; anything else is judged as Number would.
  let row = 0;
  for (let j = i; j < end; j++) {
    const d = text.charCodeAt(j) - 48;
    if (d < 0 || d > 9) {
      const n = Number(text.slice(i, end));
      return Number.isInteger(n) && n > 0 ? col : 0;
    }
    row = row * 10 + d;
  }
  return row > 0 ? col : 0;
}

/**
 * The whole number written in `text` from `start` to `end` in plain digits (nine at most:
 * a style or shared-string index, a row number); -1 for anything else, nothing included.
 */
export function digitsIn(text: string, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The column of an A1 reference, 0 when it is not one. */
export function refColumn(ref: string): number {
  return refColumnIn(ref, 0, ref.length);
}

/** A qualified name's prefix with its colon, given its local part: `x:c` → `x:`, `c` → ''. */
export function namePrefix(name: string, local: string): string {
  return name.length === local.length ? '' : name.slice(0, name.length - local.length);
}

/** Where a plain cell body's value lies, and where the cell ends (just past `</c>`). */
export interface PlainCellBody {
  valueStart: number;
  valueEnd: number;
  end: number;
}

const LESS = 60;
const GREATER = 62;
const AMPERSAND = 38;
const CR = 13;
const SLASH = 47;

/** True when `<` + `/`? + prefix + `letter` + `>` stands at `at`; returns where it ends, or -1. */
function tagAt(xml: string, at: number, end: boolean, prefix: string, letter: number): number {
  let p = at;
  if (xml.charCodeAt(p++) !== LESS) return -1;
  if (end && xml.charCodeAt(p++) !== SLASH) return -1;
  if (prefix !== '') {
    if (!xml.startsWith(prefix, p)) return -1;
    p += prefix.length;
  }
  if (xml.charCodeAt(p) !== letter || xml.charCodeAt(p + 1) !== GREATER) return -1;
  return p + 2;
}

const V = 118;
const C = 99;

/**
 * Reads the body of a `<c>` element whose start tag ends at `at` when it has the shape
 * nearly every cell has: one `<v>` holding text that needs no decoding (no `&`, no CR),
 * then `</c>`. Fills `into` and returns true; false for any other shape (a formula, an
 * inline string, white space between the tags …), which the tokenizer then reads.
 * `prefix` is the cell's namespace prefix with its colon: '' or `x:`.
 */
export function plainCellBody(
  xml: string,
  at: number,
  prefix: string,
  into: PlainCellBody,
): boolean {
  const valueStart = tagAt(xml, at, false, prefix, V);
  if (valueStart < 0) return false;
  const n = xml.length;
  let p = valueStart;
  for (; p < n; p++) {
    const c = xml.charCodeAt(p);
    if (c === LESS) break;
    if (c === AMPERSAND || c === CR) return false;
  }
  const afterValue = tagAt(xml, p, true, prefix, V);
  if (afterValue < 0) return false;
  const end = tagAt(xml, afterValue, true, prefix, C);
  if (end < 0) return false;
  into.valueStart = valueStart;
  into.valueEnd = p;
  into.end = end;
  return true;
}
