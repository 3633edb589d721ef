/**
 * The XML tokenizer every part the worker reads or patches goes through. SpreadsheetML
 * parts are machine-written and plain (no DTD, a handful of entities), and the check
 * walks tens of megabytes of them every night, so this walks the text with `indexOf`
 * and reports tags by their offsets — no attribute objects, no per-character state
 * machine — while still refusing what is not well-formed XML: unbalanced or mismatched
 * tags, text or a second element outside the root, unquoted or unterminated attribute
 * values, `<` in a value, unknown entities and character references to characters XML
 * cannot hold. A document type declaration is refused: Open Packaging parts must not
 * carry one, and refusing it keeps entity expansion out. saxes, the general parser it
 * replaced, stays in the tests as the oracle it is compared against.
 */
import { digitsIn, refColumn, refColumnIn, wordIndexIn } from './cell-element.ts';
import { MAX_XML_DEPTH, XmlDepthError, XmlSyntaxError } from './xml-errors.ts';

/**
 * What a tokenizer run reports; `open` or `close` returning `true` ends the run there.
 * `open` may also return an offset past the start tag's `end`: the sink has read the whole
 * element itself, end tag included, up to that offset — an element of a shape it knows,
 * checked by it to be well-formed — and the run goes on from there, reporting neither its
 * children nor its end tag.
 */
export interface TagSink {
  /**
   * A start tag: `xml[start]` is its `<`, its name ends at `nameEnd`, its attributes at
   * `attributesEnd` (the `/` or `>` that ends them), the tag at `end` (just past `>`).
   * `depth` is 0 for the root element. `attributes` are the tag's, as the tokenizer found
   * them while checking it (valid only during this call). `local` is the name without its
   * prefix (`x:row` → `row`).
   */
  open(
    name: string,
    start: number,
    nameEnd: number,
    attributesEnd: number,
    end: number,
    selfClosing: boolean,
    depth: number,
    attributes: StartTagAttributes,
    local: string,
  ): boolean | number;
  /** An end tag (for a self-closing element: reported right after its start tag, at the same place). */
  close(
    name: string,
    start: number,
    end: number,
    depth: number,
    selfClosing: boolean,
    local: string,
  ): boolean;
  /** Character data inside the root (text and CDATA), line ends normalized and entities decoded. */
  text?(text: string, depth: number): void;
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const APOSTROPHE = 39;
const SLASH = 47;
const EQUALS = 61;
const GREATER = 62;
const BANG = 33;
const AMPERSAND = 38;
const QUESTION = 63;
const LESS = 60;
/** How far the tokenizer looks for the next `<` with a plain loop before it calls indexOf. */
const NEAR = 64;

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR;
}

/** A syntax error at an offset, with its line and column (counted only when one is thrown). */
function syntaxError(xml: string, at: number, reason: string): XmlSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = xml.indexOf('\n'); i >= 0 && i < at; i = xml.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return new XmlSyntaxError(`${line}:${at - lineStart + 1}: ${reason}`);
}

/**
 * Walks `xml` once and reports its elements and text to `sink`. Throws
 * {@link XmlSyntaxError} for text that is not well-formed XML and {@link XmlDepthError}
 * for elements nested deeper than {@link MAX_XML_DEPTH}.
 */
export function tokenizeXml(xml: string, sink: TagSink): void {
  const n = xml.length;
  const open: string[] = [];
  const openLocals: string[] = [];
  const attributes = new StartTagAttributes(xml);
  // The last name seen at each depth, and its local part: siblings mostly share one (`c`,
  // `v`, `row`), and reusing it spares a string and a look for the colon per tag.
  const lastNames: string[] = [];
  const lastLocals: string[] = [];
  let rootSeen = false;
  let pos = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < n) {
    // Text between tags is mostly short (a cell's value, nothing at all): a plain loop
    // finds its end, and whether it needs decoding, quicker than a call to indexOf;
    // longer text is left to indexOf.
    let lt = -1;
    let plain = true;
    const near = Math.min(n, pos + NEAR);
    for (let i = pos; i < near; i++) {
      const c = xml.charCodeAt(i);
      if (c === LESS) {
        lt = i;
        break;
      }
      if (c === AMPERSAND || c === CR) plain = false;
    }
    if (lt < 0 && near < n) {
      lt = xml.indexOf('<', near);
      plain = false;
    }
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > pos) {
      if (open.length === 0) {
        for (let i = pos; i < textEnd; i++)
          if (!isSpace(xml.charCodeAt(i)))
            throw syntaxError(xml, i, 'text outside the root element');
      } else if (sink.text) {
        const raw = xml.slice(pos, textEnd);
        sink.text(plain ? raw : decodeText(xml, raw, pos), open.length);
      }
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === SLASH) {
      let gt = lt + 2;
      while (gt < n && xml.charCodeAt(gt) !== GREATER) gt += 1;
      if (gt >= n) throw syntaxError(xml, lt, 'unclosed end tag');
      let nameEnd = gt;
      while (nameEnd > lt + 2 && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd -= 1;
      const name = open.pop();
      const local = openLocals.pop();
      if (name === undefined || local === undefined)
        throw syntaxError(xml, lt, 'end tag without a start tag');
      if (nameEnd - (lt + 2) !== name.length || !xml.startsWith(name, lt + 2))
        throw syntaxError(
          xml,
          lt,
          `end tag </${xml.slice(lt + 2, nameEnd)}> does not close <${name}>`,
        );
      if (sink.close(name, lt, gt + 1, open.length, false, local)) return;
      pos = gt + 1;
    } else if (next === BANG) {
      pos = skipDeclaration(xml, lt, open.length, sink);
    } else if (next === QUESTION) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw syntaxError(xml, lt, 'unclosed processing instruction');
      pos = end + 2;
    } else {
      const p = nameEndAt(xml, lt);
      if (open.length === 0 && rootSeen)
        throw syntaxError(xml, lt, 'a second element outside the root');
      attributes.clear();
      const attributesEnd = skipAttributes(xml, p, attributes);
      const selfClosing = closesItself(xml, attributesEnd);
      const end = attributesEnd + (selfClosing ? 2 : 1);
      const depth = open.length;
      if (depth >= MAX_XML_DEPTH) throw new XmlDepthError();
      rootSeen = true;
      let name = lastNames[depth];
      let local = lastLocals[depth];
      if (
        name === undefined ||
        local === undefined ||
        name.length !== p - lt - 1 ||
        // One-letter names (`c`, `v`, `f`) are most tags: compared without a call.
        (name.length === 1
          ? xml.charCodeAt(lt + 1) !== name.charCodeAt(0)
          : !xml.startsWith(name, lt + 1))
      ) {
        name = lastNames[depth] = xml.slice(lt + 1, p);
        local = lastLocals[depth] = localName(name);
      }
      const read = sink.open(
        name,
        lt,
        p,
        attributesEnd,
        end,
        selfClosing,
        depth,
        attributes,
        local,
      );
      if (read === true) return;
      if (typeof read === 'number' && read > end && !selfClosing) {
        pos = read;
        continue;
      }
      if (selfClosing) {
        if (sink.close(name, lt, end, depth, true, local)) return;
      } else {
        open.push(name);
        openLocals.push(local);
      }
      pos = end;
    }
  }
  const unclosed = open.at(-1);
  if (unclosed !== undefined) throw syntaxError(xml, n, `<${unclosed}> is never closed`);
  if (!rootSeen) throw syntaxError(xml, n, 'no root element');
}

/** Where the name of the start tag at `lt` ends. */
function nameEndAt(xml: string, lt: number): number {
  const n = xml.length;
  let p = lt + 1;
  for (; p < n; p++) {
    const c = xml.charCodeAt(p);
    if (isSpace(c) || c === GREATER || c === SLASH) break;
    if (c === LESS) throw syntaxError(xml, p, 'unexpected < in a tag name');
  }
  if (p === lt + 1) throw syntaxError(xml, lt, 'a tag without a name');
  return p;
}

/** True for `/>` at the end of a start tag's attributes, false for `>`. */
function closesItself(xml: string, attributesEnd: number): boolean {
  const selfClosing = xml.charCodeAt(attributesEnd) === SLASH;
  if (selfClosing && xml.charCodeAt(attributesEnd + 1) !== GREATER)
    throw syntaxError(xml, attributesEnd, 'expected > after /');
  return selfClosing;
}

/** Where the parts of a start tag lie, as {@link TagSink.open} reports them. */
export interface StartTagSpan {
  name: string;
  nameEnd: number;
  attributesEnd: number;
  end: number;
  selfClosing: boolean;
}

/** Reads the start tag at `lt` again, for a tag a walk noted by its offset only. */
export function startTagSpan(xml: string, lt: number): StartTagSpan {
  const nameEnd = nameEndAt(xml, lt);
  const attributesEnd = skipAttributes(xml, nameEnd);
  const selfClosing = closesItself(xml, attributesEnd);
  return {
    name: xml.slice(lt + 1, nameEnd),
    nameEnd,
    attributesEnd,
    end: attributesEnd + (selfClosing ? 2 : 1),
    selfClosing,
  };
}

/** Comments, CDATA (reported as text) and the refused DOCTYPE; returns where the text goes on. */
function skipDeclaration(xml: string, lt: number, depth: number, sink: TagSink): number {
  if (xml.startsWith('<!--', lt)) {
    const end = xml.indexOf('-->', lt + 4);
    if (end < 0) throw syntaxError(xml, lt, 'unclosed comment');
    return end + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    if (depth === 0) throw syntaxError(xml, lt, 'CDATA outside the root element');
    const end = xml.indexOf(']]>', lt + 9);
    if (end < 0) throw syntaxError(xml, lt, 'unclosed CDATA section');
    const raw = xml.slice(lt + 9, end);
    sink.text?.(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw, depth);
    return end + 3;
  }
  if (xml.startsWith('<!DOCTYPE', lt))
    throw syntaxError(xml, lt, 'a document type declaration is not allowed in a package part');
  throw syntaxError(xml, lt, 'unexpected <!');
}

/**
 * Checks the attributes of a start tag whose name ends at `from` and returns the index of
 * the `/` or `>` that ends them.
 */
function skipAttributes(xml: string, from: number, record?: StartTagAttributes): number {
  const n = xml.length;
  let pos = from;
  for (;;) {
    const spaced = pos < n && isSpace(xml.charCodeAt(pos));
    while (pos < n && isSpace(xml.charCodeAt(pos))) pos += 1;
    if (pos >= n) throw syntaxError(xml, from, 'unclosed start tag');
    const c = xml.charCodeAt(pos);
    if (c === GREATER || c === SLASH) return pos;
    if (!spaced) throw syntaxError(xml, pos, 'attributes must be separated by white space');
    if (!attributeAt(xml, pos, SPAN))
      throw syntaxError(xml, pos, 'an attribute without a quoted value');
    if (SPAN.less >= 0) throw syntaxError(xml, SPAN.less, 'unexpected < in an attribute value');
    record?.add(SPAN);
    pos = SPAN.end + 1;
  }
}

/**
 * Where one attribute's name and (unquoted) value lie; `end` is the closing quote, `less`
 * the first `<` in the value (not allowed there), -1 when none.
 */
interface AttributeSpan {
  nameStart: number;
  nameEnd: number;
  start: number;
  end: number;
  less: number;
}

/**
 * One span reused for every attribute: the walk is synchronous and attributes are read
 * one at a time, and a tag's attributes are the hottest path of a sheet.
 */
const SPAN: AttributeSpan = { nameStart: 0, nameEnd: 0, start: 0, end: 0, less: -1 };

/** Finds the attribute that starts at `pos` into `span`; false when it is not `name = "value"` or `name='value'`. */
function attributeAt(xml: string, pos: number, span: AttributeSpan): boolean {
  const n = xml.length;
  const nameStart = pos;
  let p = pos;
  for (; p < n; p++) {
    const c = xml.charCodeAt(p);
    if (isSpace(c) || c === EQUALS || c === GREATER || c === SLASH) break;
  }
  const nameEnd = p;
  if (nameEnd === nameStart) return false;
  while (p < n && isSpace(xml.charCodeAt(p))) p += 1;
  if (xml.charCodeAt(p) !== EQUALS) return false;
  p += 1;
  while (p < n && isSpace(xml.charCodeAt(p))) p += 1;
  const quote = xml.charCodeAt(p);
  if (quote !== QUOTE && quote !== APOSTROPHE) return false;
  // Values are short: a loop finds the closing quote quicker than a call to indexOf, and
  // notes a `<` on the way.
  let end = p + 1;
  let less = -1;
  for (; end < n; end++) {
    const c = xml.charCodeAt(end);
    if (c === quote) break;
    if (c === LESS && less < 0) less = end;
  }
  if (end >= n) return false;
  span.less = less;
  span.nameStart = nameStart;
  span.nameEnd = nameEnd;
  span.start = p + 1;
  span.end = end;
  return true;
}

/**
 * Visits the attributes of a tag the tokenizer reported (from its `nameEnd` to its
 * `attributesEnd`), each name as written and its value decoded.
 */
export function visitAttributes(
  xml: string,
  nameEnd: number,
  attributesEnd: number,
  visit: (name: string, value: string) => void,
): void {
  let pos = nameEnd;
  while (pos < attributesEnd) {
    while (pos < attributesEnd && isSpace(xml.charCodeAt(pos))) pos += 1;
    if (pos >= attributesEnd) return;
    if (!attributeAt(xml, pos, SPAN)) return;
    const { nameStart, nameEnd: end, start, end: close } = SPAN;
    const value = decodeAttribute(xml, xml.slice(start, close), start);
    visit(xml.slice(nameStart, end), value);
    pos = close + 1;
  }
}

/** One attribute's decoded value by its name as written (`r`, `r:id`); undefined when absent. */
export function attributeValue(
  xml: string,
  nameEnd: number,
  attributesEnd: number,
  name: string,
): string | undefined {
  let pos = nameEnd;
  while (pos < attributesEnd) {
    while (pos < attributesEnd && isSpace(xml.charCodeAt(pos))) pos += 1;
    if (pos >= attributesEnd) return undefined;
    if (!attributeAt(xml, pos, SPAN)) return undefined;
    if (SPAN.nameEnd - SPAN.nameStart === name.length && xml.startsWith(name, SPAN.nameStart))
      return decodeAttribute(xml, xml.slice(SPAN.start, SPAN.end), SPAN.start);
    pos = SPAN.end + 1;
  }
  return undefined;
}

/**
 * The attributes of the start tag the tokenizer just reported, as it found them while
 * checking the tag: a lookup compares names against these offsets instead of walking the
 * tag again, and only the value asked for becomes a string. One per tokenizer run,
 * refilled for each start tag.
 */
export class StartTagAttributes {
  /** Four offsets per attribute: name start, name end, value start, closing quote. */
  private spans = new Int32Array(32);
  private count = 0;

  constructor(private readonly xml: string) {}

  clear(): void {
    this.count = 0;
  }

  add(span: AttributeSpan): void {
    const at = this.count * 4;
    if (at + 4 > this.spans.length) {
      const grown = new Int32Array(this.spans.length * 2);
      grown.set(this.spans);
      this.spans = grown;
    }
    this.spans[at] = span.nameStart;
    this.spans[at + 1] = span.nameEnd;
    this.spans[at + 2] = span.start;
    this.spans[at + 3] = span.end;
    this.count += 1;
  }

  /** Where attribute `name`'s offsets start in `spans`; -1 when the tag has none. */
  private find(name: string): number {
    const { xml, spans } = this;
    const length = name.length;
    const first = name.charCodeAt(0);
    for (let i = 0, at = 0; i < this.count; i++, at += 4) {
      const nameStart = spans[at] ?? 0;
      // Most names asked for are one letter (`r`, `s`, `t`): compared without a call.
      if ((spans[at + 1] ?? 0) - nameStart !== length || xml.charCodeAt(nameStart) !== first)
        continue;
      if (length === 1 || xml.startsWith(name, nameStart)) return at;
    }
    return -1;
  }

  /** The value found at `at`, decoded. */
  private valueAt(at: number): string {
    const start = this.spans[at + 2] ?? 0;
    return decodeAttribute(this.xml, this.xml.slice(start, this.spans[at + 3] ?? 0), start);
  }

  /** An attribute's decoded value by its name as written (`r`, `r:id`); undefined when absent. */
  get(name: string): string | undefined {
    const at = this.find(name);
    return at < 0 ? undefined : this.valueAt(at);
  }

  // The three below read what every `<c>` of a sheet carries (`r`, `s`, `t`) without
  // making a string of it: a sheet holds hundreds of thousands of cells.

  /** The column of an A1 reference value (`r="AB12"` → 28); 0 when absent or not one. */
  column(name: string): number {
    const at = this.find(name);
    if (at < 0) return 0;
    const col = refColumnIn(this.xml, this.spans[at + 2] ?? 0, this.spans[at + 3] ?? 0);
    // Not a reference as written: decoded (references, tabs, line ends), it may be one.
    return col > 0 ? col : refColumn(this.valueAt(at));
  }

  /** A number value (`s="12"`), `absent` when the tag has none; NaN when it is no number. */
  number(name: string, absent: number): number {
    const at = this.find(name);
    if (at < 0) return absent;
    const n = digitsIn(this.xml, this.spans[at + 2] ?? 0, this.spans[at + 3] ?? 0);
    return n >= 0 ? n : Number(this.valueAt(at));
  }

  /**
   * The value when it is one of `words` (that very string, so none is made), else the
   * decoded value; undefined when absent.
   */
  word<W extends string>(name: string, words: readonly W[]): W | string | undefined {
    const at = this.find(name);
    if (at < 0) return undefined;
    const i = wordIndexIn(this.xml, this.spans[at + 2] ?? 0, this.spans[at + 3] ?? 0, words);
    return words[i] ?? this.valueAt(at);
  }
}

/**
 * The text of `xml` from `start` to `end` as the tokenizer hands text over, for a walk that
 * found it itself: line ends normalized, references decoded (an unknown one refused).
 */
export function characterData(xml: string, start: number, end: number): string {
  return decodeText(xml, xml.slice(start, end), start);
}

/** Text as a parser hands it over: CR and CRLF read as LF, then references decoded. */
function decodeText(xml: string, raw: string, at: number): string {
  const lines = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return lines.includes('&') ? decodeReferences(xml, lines, at) : lines;
}

/** An attribute value as a parser hands it over: each literal line end or tab read as a space. */
function decodeAttribute(xml: string, raw: string, at: number): string {
  // Values are short and almost never need work: one pass over the characters decides.
  let work = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === AMPERSAND || c === TAB || c === LF || c === CR) {
      work = true;
      break;
    }
  }
  if (!work) return raw;
  const spaced = raw.replace(/\r\n|[\t\n\r]/g, ' ');
  return spaced.includes('&') ? decodeReferences(xml, spaced, at) : spaced;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Decodes `&amp;` and the other four predefined entities and `&#…;` references. */
function decodeReferences(xml: string, text: string, at: number): string {
  let out = '';
  let from = 0;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', from)) {
    const semi = text.indexOf(';', amp + 1);
    if (semi < 0) throw syntaxError(xml, at + amp, 'a & that starts no reference');
    const ref = text.slice(amp + 1, semi);
    out += text.slice(from, amp) + referenced(xml, ref, at + amp);
    from = semi + 1;
  }
  return out + text.slice(from);
}

function referenced(xml: string, ref: string, at: number): string {
  const named = NAMED[ref];
  if (named !== undefined) return named;
  const code = /^#x[0-9A-Fa-f]{1,6}$/.test(ref)
    ? parseInt(ref.slice(2), 16)
    : /^#[0-9]{1,7}$/.test(ref)
      ? Number(ref.slice(1))
      : -1;
  if (code < 0) throw syntaxError(xml, at, `unknown entity &${ref};`);
  if (!isXmlChar(code)) throw syntaxError(xml, at, `&${ref}; is not a character XML can hold`);
  return String.fromCodePoint(code);
}

/** A qualified name's local part: `x:row` → `row`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** XML 1.0's Char production. */
function isXmlChar(code: number): boolean {
  return (
    code === TAB ||
    code === LF ||
    code === CR ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
