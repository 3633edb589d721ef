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

/**
 * The index in `words` of the word written in `text` from `start` to `end` (a cell's `t`);
 * -1 when it is none of them. One-letter words are compared without a call.
 */
export function wordIndexIn(
  text: string,
  start: number,
  end: number,
  words: readonly string[],
): number {
  const length = end - start;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (
      w.length === length &&
      (length === 1 ? text.charCodeAt(start) === w.charCodeAt(0) : text.startsWith(w, start))
    )
      return i;
  }
  return -1;
}

/** The column of an A1 reference, 0 when it is not one. */
export function refColumn(ref: string): number {
  return refColumnIn(ref, 0, ref.length);
}

/** A qualified name's prefix with its colon, given its local part: `x:c` → `x:`, `c` → ''. */
export function namePrefix(name: string, local: string): string {
  return name.length === local.length ? '' : name.slice(0, name.length - local.length);
}

/**
 * Where a plain cell body's text lies, and where the cell ends (just past `</c>`): the
 * `<v>` text, or with `inline` the `<t>` text of an inline string; `decode` when that text
 * holds a reference (`&lt;`) to decode.
 */
export interface PlainCellBody {
  valueStart: number;
  valueEnd: number;
  end: number;
  inline: boolean;
  decode: boolean;
}

/** What a plain body's text is: 0 a `<v>`, 1 an inline string's, 2 one with references to decode. */
export type PlainText = 0 | 1 | 2;

export function plainText(body: PlainCellBody): PlainText {
  return body.inline ? (body.decode ? 2 : 1) : 0;
}

const LESS = 60;
const GREATER = 62;
const AMPERSAND = 38;
const CR = 13;
const SLASH = 47;
const T = 116;

/**
 * Where the tag `<name>` (or `</name>` when `end`) standing at `at` ends, the prefix
 * included; -1 when another one stands there.
 */
function tagAt(xml: string, at: number, end: boolean, prefix: string, name: string): number {
  let p = at;
  if (xml.charCodeAt(p++) !== LESS) return -1;
  if (end && xml.charCodeAt(p++) !== SLASH) return -1;
  if (prefix !== '') {
    if (!xml.startsWith(prefix, p)) return -1;
    p += prefix.length;
  }
  if (name.length === 1 ? xml.charCodeAt(p) !== name.charCodeAt(0) : !xml.startsWith(name, p))
    return -1;
  p += name.length;
  return xml.charCodeAt(p) === GREATER ? p + 1 : -1;
}

/** The attribute the writer (and Excel) puts on an inline string's `<t>` when its spaces matter. */
const PRESERVE = ' xml:space="preserve">';

/** Where the text of the `<t>` or `<t xml:space="preserve">` tag standing at `at` starts; -1 for another tag. */
function inlineTextStart(xml: string, at: number, prefix: string): number {
  let p = at;
  if (xml.charCodeAt(p++) !== LESS) return -1;
  if (prefix !== '') {
    if (!xml.startsWith(prefix, p)) return -1;
    p += prefix.length;
  }
  if (xml.charCodeAt(p++) !== T) return -1;
  if (xml.charCodeAt(p) === GREATER) return p + 1;
  return xml.startsWith(PRESERVE, p) ? p + PRESERVE.length : -1;
}

/**
 * Reads the body of a `<c>` element whose start tag ends at `at` when it has one of the
 * shapes nearly every cell has — `<v>…</v></c>`, the text needing no decoding (no `&`, no
 * CR), or an inline string `<is><t>…</t></is></c>` (`<t xml:space="preserve">` too), its
 * text free of CR — fills `into` and returns true; false for any other shape (a formula,
 * rich text, white space between the tags …), which the tokenizer then reads. `prefix` is
 * the cell's namespace prefix with its colon: '' or `x:`.
 */
export function plainCellBody(
  xml: string,
  at: number,
  prefix: string,
  into: PlainCellBody,
): boolean {
  let textStart = tagAt(xml, at, false, prefix, 'v');
  const inline = textStart < 0;
  if (inline) {
    const is = tagAt(xml, at, false, prefix, 'is');
    if (is < 0) return false;
    textStart = inlineTextStart(xml, is, prefix);
    if (textStart < 0) return false;
  }
  const n = xml.length;
  let decode = false;
  let p = textStart;
  for (; p < n; p++) {
    const c = xml.charCodeAt(p);
    if (c === LESS) break;
    if (c === CR) return false;
    if (c === AMPERSAND) {
      if (!inline) return false;
      decode = true;
    }
  }
  let after = tagAt(xml, p, true, prefix, inline ? 't' : 'v');
  if (after >= 0 && inline) after = tagAt(xml, after, true, prefix, 'is');
  if (after < 0) return false;
  const end = tagAt(xml, after, true, prefix, 'c');
  if (end < 0) return false;
  into.valueStart = textStart;
  into.valueEnd = p;
  into.end = end;
  into.inline = inline;
  into.decode = decode;
  return true;
}
