import { XmlSyntaxError } from './xml-errors.ts';
import {
  attributeValue,
  localName,
  startTagSpan,
  tokenizeXml,
  visitAttributes,
} from './xml-scanner.ts';

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

/** The namespace of `xmlns` declarations themselves, as parsers report it. */
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Prefix → namespace URI in scope at an element ('' for the default namespace). */
type Scope = ReadonlyMap<string, string>;
const NO_SCOPE: Scope = new Map([['xml', XML_NS]]);

/** The prefixes in scope at a start tag: its own `xmlns` declarations over its parent's scope. */
function scopeAt(xml: string, parent: Scope, nameEnd: number, attributesEnd: number): Scope {
  const declares = xml.indexOf('xmlns', nameEnd);
  if (declares < 0 || declares >= attributesEnd) return parent;
  const own = new Map(parent);
  visitAttributes(xml, nameEnd, attributesEnd, (name, value) => {
    if (name === 'xmlns') own.set('', value);
    else if (name.startsWith('xmlns:')) own.set(name.slice(6), value);
  });
  return own;
}

/** A start tag whose attribute list and namespace are worked out only when asked for: most tags are never asked. */
class OpenTag implements XmlOpen {
  private list: XmlAttribute[] | null = null;

  constructor(
    private readonly xml: string,
    readonly name: string,
    private readonly nameEnd: number,
    private readonly attributesEnd: number,
    /** Null when namespaces are off. */
    private readonly scope: Scope | null,
    readonly start: number,
    readonly end: number,
    readonly selfClosing: boolean,
    readonly depth: number,
  ) {}

  get local(): string {
    return localName(this.name);
  }

  get uri(): string {
    if (this.scope === null) return '';
    const colon = this.name.indexOf(':');
    return this.scope.get(colon < 0 ? '' : this.name.slice(0, colon)) ?? '';
  }

  get attributes(): readonly XmlAttribute[] {
    if (this.list) return this.list;
    const list: XmlAttribute[] = [];
    const scope = this.scope;
    visitAttributes(this.xml, this.nameEnd, this.attributesEnd, (name, value) => {
      const colon = name.indexOf(':');
      const prefix = colon < 0 ? '' : name.slice(0, colon);
      const uri =
        scope === null
          ? ''
          : name === 'xmlns' || prefix === 'xmlns'
            ? XMLNS_NS
            : prefix === ''
              ? ''
              : (scope.get(prefix) ?? '');
      list.push({ name, local: colon < 0 ? name : name.slice(colon + 1), uri, value });
    });
    this.list = list;
    return list;
  }

  /** An unprefixed attribute's value, read straight from the tag's text. */
  plain(name: string): string | undefined {
    return attributeValue(this.xml, this.nameEnd, this.attributesEnd, name);
  }
}

/** The start tag at offset `start` of `xml` (attributes read without namespaces), for a tag a walk noted by its offset. */
export function startTagAt(xml: string, start: number, depth: number): XmlOpen {
  const t = startTagSpan(xml, start);
  return new OpenTag(
    xml,
    t.name,
    t.nameEnd,
    t.attributesEnd,
    null,
    start,
    t.end,
    t.selfClosing,
    depth,
  );
}

/** An end tag (for a self-closing element, at the same place as its start tag). */
export interface XmlClose {
  name: string;
  local: string;
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

/** How to tokenize: `namespaces: false` skips resolving prefixes, enough for parts whose attributes carry none. */
export interface TokenizeOptions {
  namespaces?: boolean;
}

/**
 * Tokenizes an XML document (namespaces resolved unless turned off) and reports each
 * element with its offsets in `xml`, so callers can copy untouched stretches of the
 * text verbatim and splice in only what they change. Throws {@link XmlSyntaxError} for
 * text that is not well-formed XML.
 */
export function scanXml(xml: string, handlers: XmlHandlers, options: TokenizeOptions = {}): void {
  const scopes: (Scope | null)[] = [options.namespaces === false ? null : NO_SCOPE];
  const onText = handlers.text;
  tokenizeXml(xml, {
    open(name, start, nameEnd, attributesEnd, end, selfClosing, depth) {
      const parent = scopes[depth] ?? null;
      const scope = parent && scopeAt(xml, parent, nameEnd, attributesEnd);
      const tag = new OpenTag(
        xml,
        name,
        nameEnd,
        attributesEnd,
        scope,
        start,
        end,
        selfClosing,
        depth,
      );
      if (!selfClosing) scopes[depth + 1] = scope;
      return handlers.open?.(tag) === 'stop';
    },
    close(name, start, end, depth, _selfClosing, local) {
      return handlers.close?.({ name, local, start, end, depth }) === 'stop';
    },
    ...(onText ? { text: onText } : {}),
  });
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
 * Visits the local name of every start tag (no namespaces, no attributes); `'stop'` ends
 * the walk. For counting rows and cells in sheets too large to tokenize in full detail.
 */
export function visitStartTags(xml: string, visit: (local: string) => unknown): void {
  tokenizeXml(xml, {
    open: (
      _name,
      _start,
      _nameEnd,
      _attributesEnd,
      _end,
      _selfClosing,
      _depth,
      _attributes,
      local,
    ) => visit(local) === 'stop',
    close: () => false,
  });
}
