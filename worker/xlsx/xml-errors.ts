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
