/**
 * A document's events as a list of lines, from saxes (the general parser the tokenizer
 * replaced, kept as the oracle) and from the worker's tokenizer, so the two can be
 * compared: start tags with their namespace and every attribute (name, namespace,
 * decoded value), end tags, and the text between tags (adjacent text and CDATA joined,
 * text outside the root left out).
 */
import { SaxesParser } from 'saxes';
import { scanXml } from '../../worker/xlsx/xml-tokens.ts';

function collector(): { events: string[]; text: (t: string) => void; flush: () => void } {
  const events: string[] = [];
  let text = '';
  return {
    events,
    text: (t) => {
      text += t;
    },
    flush: () => {
      if (text !== '') events.push(`text ${JSON.stringify(text)}`);
      text = '';
    },
  };
}

export function saxesEvents(xml: string): string[] {
  const c = collector();
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    c.flush();
    const attributes = Object.values(tag.attributes).map(
      (a) => `${a.name}{${a.uri}}=${JSON.stringify(a.value)}`,
    );
    c.events.push(`open ${tag.name}{${tag.uri}} ${attributes.join(' ')}`);
    depth += 1;
  });
  parser.on('closetag', (tag) => {
    c.flush();
    depth -= 1;
    c.events.push(`close ${tag.name}`);
  });
  const onText = (t: string): void => {
    if (depth > 0) c.text(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(xml).close();
  c.flush();
  return c.events;
}

export function scannerEvents(xml: string): string[] {
  const c = collector();
  scanXml(xml, {
    open(tag) {
      c.flush();
      const attributes = tag.attributes.map(
        (a) => `${a.name}{${a.uri}}=${JSON.stringify(a.value)}`,
      );
      c.events.push(`open ${tag.name}{${tag.uri}} ${attributes.join(' ')}`);
      // The offsets must frame the tag exactly as written.
      if (xml.slice(tag.start, tag.start + 1 + tag.name.length) !== `<${tag.name}`)
        throw new Error(`start offset of <${tag.name}> is off`);
      if (!xml.slice(tag.start, tag.end).endsWith(tag.selfClosing ? '/>' : '>'))
        throw new Error(`end offset of <${tag.name}> is off`);
    },
    close(tag) {
      c.flush();
      c.events.push(`close ${tag.name}`);
      const written = xml.slice(tag.start, tag.end);
      if (!written.startsWith(`</${tag.name}`) && !written.endsWith('/>'))
        throw new Error(`offsets of </${tag.name}> are off`);
    },
    text: c.text,
  });
  c.flush();
  return c.events;
}
