/**
 * The floor a check is measured against, as a process of its own: unzip every part of a
 * workbook with fflate and scan all of its XML with saxes (every tag and text node
 * visited), which is the least any reader of the whole file must do.
 * Usage: `node dist/node/bench/floor-scan.js <file.xlsx>`; prints the tags and text seen.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

const [file = ''] = process.argv.slice(2);
const parts = unzipSync(readFileSync(file));
const decoder = new TextDecoder();
let tags = 0;
let textChars = 0;
for (const [name, bytes] of Object.entries(parts)) {
  if (!/\.(?:xml|rels)$/.test(name)) continue;
  const parser = new SaxesParser();
  parser.on('opentag', () => {
    tags++;
  });
  parser.on('text', (text) => {
    textChars += text.length;
  });
  parser.write(decoder.decode(bytes)).close();
}
process.stdout.write(`${JSON.stringify({ parts: Object.keys(parts).length, tags, textChars })}\n`);
