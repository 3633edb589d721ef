import { partText } from './xlsx-package.ts';
import { tokenizeXml } from './xml-scanner.ts';

/** A start tag's attributes, read on demand; valid only during the `open` call that hands it over. */
export interface TagAttributes {
  /** An attribute's value by its name as written (`r`, `numFmtId`); undefined when absent. */
  get(name: string): string | undefined;
}

/** What a walk reports: local names (prefix dropped) and attributes read on demand. */
export interface XmlWalkHandlers {
  open?(local: string, attributes: TagAttributes, depth: number): void;
  close?(local: string, depth: number): void;
  /** Character data (text and CDATA), entities decoded. */
  text?(text: string): void;
  /** Asked after each start tag; true ends the walk there. */
  stopped?(): boolean;
}

/**
 * Walks a part's XML once, for the large parts the reader reads (sheets, shared
 * strings, styles): only the attributes a handler asks for are decoded, and nothing is
 * kept of the walk. Elements nested deeper than MAX_XML_DEPTH throw XmlDepthError; text
 * that is not well-formed XML throws XmlSyntaxError.
 */
export function walkXml(xml: string, handlers: XmlWalkHandlers): void {
  tokenizeXml(xml, {
    open(_name, _start, _nameEnd, _attributesEnd, _end, _selfClosing, depth, attributes, local) {
      handlers.open?.(local, attributes, depth);
      return handlers.stopped?.() === true;
    },
    close(_name, _start, _end, depth, _selfClosing, local) {
      handlers.close?.(local, depth);
      return false;
    },
    ...(handlers.text ? { text: (t: string) => handlers.text?.(t) } : {}),
  });
}

/** {@link walkXml} over a part's bytes read once and not kept (UTF-8, or UTF-16 after a byte order mark). */
export function walkXmlBytes(bytes: Uint8Array, handlers: XmlWalkHandlers): void {
  walkXml(partText(bytes), handlers);
}
