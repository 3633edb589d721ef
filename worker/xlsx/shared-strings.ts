import { scanXml } from './xml-tokens.ts';

/**
 * The workbook's shared string table, read only when a cell the writer must know refers
 * to it (Excel turns the writer's inline strings into shared ones when a planner saves).
 * The part itself is never changed.
 */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let item: string | null = null;
  let phoneticDepth = -1;
  let inText = false;
  scanXml(xml, {
    open(tag) {
      if (tag.depth === 1 && tag.local === 'si') item = '';
      else if (item !== null && tag.local === 'rPh' && phoneticDepth < 0) phoneticDepth = tag.depth;
      else if (item !== null && tag.local === 't' && phoneticDepth < 0) inText = true;
    },
    close(tag) {
      if (tag.depth === 1 && tag.local === 'si') {
        strings.push(item ?? '');
        item = null;
      } else if (tag.depth === phoneticDepth) phoneticDepth = -1;
      else if (tag.local === 't') inText = false;
    },
    text(text) {
      if (inText && item !== null) item += text;
    },
  });
  return strings;
}
