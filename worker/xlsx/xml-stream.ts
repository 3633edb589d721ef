import { SaxesParser } from 'saxes';
import { MAX_XML_DEPTH, XmlDepthError, XmlSyntaxError } from './xml-tokens.ts';

/** What a streamed scan reports: local names (prefix dropped) and plain attribute records. */
export interface XmlStreamHandlers {
  open?(local: string, attributes: Readonly<Record<string, string>>, depth: number): void;
  close?(local: string, depth: number): void;
  /** Character data (text and CDATA), entities decoded. */
  text?(text: string): void;
  /** Asked after each start tag; true ends the walk there. */
  stopped?(): boolean;
}

/** How much of a part is decoded and fed to the tokenizer at a time. */
const CHUNK_BYTES = 1 << 20;

/**
 * Tokenizes a part's bytes without ever holding its whole text: decoded a megabyte at a
 * time (UTF-8, or UTF-16 after a byte order mark) and fed to saxes without namespaces or
 * offsets, the fastest way it goes. For the large parts the reader walks once (sheets,
 * shared strings). Elements nested deeper than {@link MAX_XML_DEPTH} throw
 * {@link XmlDepthError}; text that is not well-formed XML throws {@link XmlSyntaxError}.
 */
export function streamXml(bytes: Uint8Array, handlers: XmlStreamHandlers): void {
  // Without namespaces saxes hands attributes over as a plain record of strings.
  const parser = new SaxesParser<{ xmlns: false; position: false }>({
    xmlns: false,
    position: false,
  });
  let depth = 0;
  parser.on('error', (err) => {
    throw new XmlSyntaxError(err.message);
  });
  parser.on('opentag', (tag) => {
    if (depth >= MAX_XML_DEPTH) throw new XmlDepthError();
    const colon = tag.name.indexOf(':');
    const local = colon < 0 ? tag.name : tag.name.slice(colon + 1);
    handlers.open?.(local, tag.attributes, depth);
    if (handlers.stopped?.()) throw new StreamStopped();
    depth += 1;
  });
  parser.on('closetag', (tag) => {
    depth -= 1;
    const colon = tag.name.indexOf(':');
    handlers.close?.(colon < 0 ? tag.name : tag.name.slice(colon + 1), depth);
  });
  if (handlers.text) {
    const onText = (t: string): void => handlers.text?.(t);
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  const { decoder, start } = decoderFor(bytes);
  try {
    for (let at = start; at < bytes.length; at += CHUNK_BYTES) {
      const end = Math.min(at + CHUNK_BYTES, bytes.length);
      parser.write(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
    }
    parser.close();
  } catch (err) {
    if (err instanceof StreamStopped) return;
    if (err instanceof XmlSyntaxError) throw err;
    throw err instanceof Error ? new XmlSyntaxError(err.message) : err;
  }
}

/** Thrown to leave saxes when a handler asks to stop; never escapes {@link streamXml}. */
class StreamStopped extends Error {}

function decoderFor(bytes: Uint8Array): {
  decoder: InstanceType<typeof TextDecoder>;
  start: number;
} {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { decoder: new TextDecoder('utf-16le'), start: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { decoder: new TextDecoder('utf-16be'), start: 2 };
  return { decoder: new TextDecoder('utf-8'), start: 0 };
}
