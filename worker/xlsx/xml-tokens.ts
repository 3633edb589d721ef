import { SaxesParser, type SaxesAttributeNS } from 'saxes';

/** One attribute of a start tag, its value with entities decoded. */
export interface XmlAttribute {
  /** As written, prefix included: `r:id`. */
  name: string;
  local: string;
  /** Namespace URI; '' for an unprefixed attribute (and for every attribute when namespaces are off). */
  uri: string;
  value: string;
}

/** A start tag and where it sits in the text. */
export interface XmlOpen {
  name: string;
  local: string;
  uri: string;
  /** Its attributes in document order (built on first use). */
  readonly attributes: readonly XmlAttribute[];
  /** Index of its `<`. */
  start: number;
  /** Index just past its `>`. */
  end: number;
  selfClosing: boolean;
  /** 0 for the root element. */
  depth: number;
}

type RawAttributes = Record<string, string | SaxesAttributeNS>;

/** A start tag whose attribute list is built only when asked for: most tags are never asked. */
class OpenTag implements XmlOpen {
  private list: XmlAttribute[] | null = null;

  constructor(
    readonly name: string,
    readonly local: string,
    readonly uri: string,
    private readonly raw: RawAttributes,
    readonly start: number,
    readonly end: number,
    readonly selfClosing: boolean,
    readonly depth: number,
  ) {}

  get attributes(): readonly XmlAttribute[] {
    this.list ??= Object.entries(this.raw).map(([name, a]) => {
      if (typeof a !== 'string')
        return { name: a.name, local: a.local, uri: a.uri, value: a.value };
      const colon = name.indexOf(':');
      return { name, local: colon < 0 ? name : name.slice(colon + 1), uri: '', value: a };
    });
    return this.list;
  }

  /** An unprefixed attribute's value, straight from the parser's record. */
  plain(name: string): string | undefined {
    const a = this.raw[name];
    return a === undefined
      ? undefined
      : typeof a === 'string'
        ? a
        : a.uri === ''
          ? a.value
          : undefined;
  }
}

/** An end tag (for a self-closing element, at the same place as its start tag). */
export interface XmlClose {
  name: string;
  local: string;
  uri: string;
  /** Index of its `</` (its start tag's `<` when self-closing). */
  start: number;
  /** Index just past its `>`. */
  end: number;
  depth: number;
}

/**
 * What a scan reports; a handler returning `'stop'` ends the scan early, anything else
 * (usually nothing) goes on — hence `unknown`, which lets plain `void` handlers through.
 */
export interface XmlHandlers {
  open?: (tag: XmlOpen) => unknown;
  close?: (tag: XmlClose) => unknown;
  /** Character data (text and CDATA), entities decoded. */
  text?: (text: string, depth: number) => void;
}

/** XML that a part should hold but does not parse; carries the tokenizer's reason and, once known, the part. */
export class XmlSyntaxError extends Error {
  part = '';

  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/**
 * How deep elements may nest in any part the worker reads. SpreadsheetML parts nest a
 * dozen levels at most; a part nested far deeper is hostile (it made exceljs quadratic),
 * so it is refused as soon as the limit is passed.
 */
export const MAX_XML_DEPTH = 512;

/** A part whose elements nest deeper than {@link MAX_XML_DEPTH}. */
export class XmlDepthError extends XmlSyntaxError {
  readonly limit = MAX_XML_DEPTH;

  constructor() {
    super(`elements nested more than ${MAX_XML_DEPTH} levels deep`);
    this.name = 'XmlDepthError';
  }
}

/** Runs `fn` on a part's XML, naming the part in any syntax error it throws. */
export function inPart<T>(part: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof XmlSyntaxError && err.part === '') err.part = part;
    throw err;
  }
}

/** Thrown by a handler's `'stop'` to leave saxes mid-document; caught by the scan that threw it. */
class ScanStopped extends Error {}
const STOP = new ScanStopped('scan stopped');

/** How to tokenize: `namespaces: false` is faster and enough for parts whose attributes carry no prefix. */
export interface TokenizeOptions {
  namespaces?: boolean;
}

/**
 * Tokenizes an XML document with saxes (namespaces resolved unless turned off) and
 * reports each element with its offsets in `xml`, so callers can copy untouched
 * stretches of the text verbatim and splice in only what they change. Throws
 * {@link XmlSyntaxError} for text that is not well-formed XML.
 */
export function scanXml(xml: string, handlers: XmlHandlers, options: TokenizeOptions = {}): void {
  const namespaces = options.namespaces !== false;
  const parser = new SaxesParser({ xmlns: namespaces, position: true });
  let depth = 0;
  const openStack: number[] = [];
  parser.on('error', (err) => {
    throw new XmlSyntaxError(err.message);
  });
  let tagStart = 0;
  parser.on('opentagstart', (tag) => {
    // saxes has read `<`, the name and the one character that ended it.
    tagStart = parser.position - tag.name.length - 2;
  });
  parser.on('opentag', (tag) => {
    const colon = tag.name.indexOf(':');
    const local = tag.local ?? (colon < 0 ? tag.name : tag.name.slice(colon + 1));
    const raw: RawAttributes = tag.attributes;
    const open = new OpenTag(
      tag.name,
      local,
      tag.uri ?? '',
      raw,
      tagStart,
      parser.position,
      tag.isSelfClosing,
      depth,
    );
    openStack.push(tagStart);
    depth += 1;
    if (depth > MAX_XML_DEPTH) throw new XmlDepthError();
    if (handlers.open?.(open) === 'stop') stop();
  });
  parser.on('closetag', (tag) => {
    depth -= 1;
    const openStart = openStack.pop() ?? 0;
    const end = parser.position;
    // An end tag holds no `<` of its own after `</`, so the last `</` before its end is its start.
    const start = tag.isSelfClosing ? openStart : xml.lastIndexOf('</', end - 1);
    const colon = tag.name.indexOf(':');
    const local = tag.local ?? (colon < 0 ? tag.name : tag.name.slice(colon + 1));
    if (
      handlers.close?.({ name: tag.name, local, uri: tag.uri ?? '', start, end, depth }) === 'stop'
    )
      stop();
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', (text) => onText(text, depth));
    parser.on('cdata', (text) => onText(text, depth));
  }
  function stop(): never {
    throw STOP;
  }
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err === STOP) return;
    if (err instanceof XmlSyntaxError) throw err;
    throw err instanceof Error ? new XmlSyntaxError(err.message) : err;
  }
}

/** An attribute's value by local name (and namespace, '' for unprefixed). */
export function attr(
  tag: Pick<XmlOpen, 'attributes'>,
  local: string,
  uri = '',
): string | undefined {
  if (uri === '' && tag instanceof OpenTag) return tag.plain(local);
  for (const a of tag.attributes) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/** The namespace URI of OOXML relationships (`r:id`), transitional and strict. */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_NS_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

/** A relationship id attribute (`r:id`), in either namespace. */
export function relId(tag: Pick<XmlOpen, 'attributes'>): string | undefined {
  return attr(tag, 'id', REL_NS) ?? attr(tag, 'id', REL_NS_STRICT);
}

/** The root element of a document: its start tag and where its end tag begins (its `<` when self-closing). */
export interface XmlRoot {
  open: XmlOpen;
  closeStart: number;
}

/** Finds the root element; throws {@link XmlSyntaxError} when the document has none. */
export function rootElement(xml: string): XmlRoot {
  const found: { open?: XmlOpen; closeStart?: number } = {};
  scanXml(xml, {
    open(tag) {
      if (tag.depth === 0) found.open = tag;
    },
    close(tag) {
      if (tag.depth === 0) found.closeStart = tag.start;
    },
  });
  if (!found.open || found.closeStart === undefined) throw new XmlSyntaxError('no root element');
  return { open: found.open, closeStart: found.closeStart };
}

/**
 * Inserts `children` as the last children of the root element, turning a self-closing
 * root into an open one; everything else stays as written.
 */
export function appendToRoot(xml: string, children: string): string {
  const { open, closeStart } = rootElement(xml);
  if (!open.selfClosing) return xml.slice(0, closeStart) + children + xml.slice(closeStart);
  const startTag = xml.slice(open.start, open.end);
  const opened = `${startTag.slice(0, startTag.lastIndexOf('/'))}>`;
  return `${xml.slice(0, open.start)}${opened}${children}</${open.name}>${xml.slice(open.end)}`;
}

/**
 * Visits the local name of every start tag, as fast as saxes goes (no namespaces, no
 * positions); `'stop'` ends the walk. For counting rows and cells in sheets too large to
 * tokenize in full detail.
 */
export function visitStartTags(xml: string, visit: (local: string) => unknown): void {
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  parser.on('error', (err) => {
    throw new XmlSyntaxError(err.message);
  });
  // saxes reports a self-closing element as an open and a close, so the count stays true.
  parser.on('opentag', () => {
    if (++depth > MAX_XML_DEPTH) throw new XmlDepthError();
  });
  parser.on('closetag', () => {
    depth -= 1;
  });
  parser.on('opentagstart', (tag) => {
    const colon = tag.name.indexOf(':');
    if (visit(colon < 0 ? tag.name : tag.name.slice(colon + 1)) === 'stop') throw STOP;
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err === STOP) return;
    if (err instanceof XmlSyntaxError) throw err;
    throw err instanceof Error ? new XmlSyntaxError(err.message) : err;
  }
}
