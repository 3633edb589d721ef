import { walkXmlBytes } from './xml-walk.ts';

/**
 * The workbook's shared string table (`xl/sharedStrings.xml`), walked once: each item's text,
 * rich text runs joined, phonetic guides (`<rPh>`) left out, Excel's `_xHHHH_` escapes
 * undone. The part itself is never changed.
 */
export function readSharedStrings(bytes: Uint8Array): string[] {
  const strings: string[] = [];
  let item: string[] | null = null;
  let phoneticDepth = -1;
  let inText = false;
  walkXmlBytes(bytes, {
    open(local, _attributes, depth) {
      if (depth === 1 && local === 'si') item = [];
      else if (item !== null && local === 'rPh' && phoneticDepth < 0) phoneticDepth = depth;
      else if (item !== null && local === 't' && phoneticDepth < 0) inText = true;
    },
    close(local, depth) {
      if (depth === 1 && local === 'si') {
        strings.push(ownCopy(unescapeExcelText((item ?? []).join(''))));
        item = null;
      } else if (depth === phoneticDepth) phoneticDepth = -1;
      else if (local === 't') inText = false;
    },
    text(text) {
      if (inText && item !== null) item.push(text);
    },
  });
  return strings;
}

/** Texts up to this long are copied by {@link ownCopy}; longer ones are kept as they are. */
const OWN_COPY_MAX = 1 << 16;

/**
 * The text as a string of its own. The parser hands text over as views into the part's
 * decoded text (V8 keeps the parent of a substring alive), so one recipient or plan name
 * a run keeps would hold on to its workbook's whole shared string table. A long text is
 * kept as it is: copying it would cost its size again (a hostile workbook's 50 MB cell),
 * and what a run keeps past the workbook (names, addresses, settings) is short.
 */
function ownCopy(text: string): string {
  return text.length > OWN_COPY_MAX ? text : (' ' + text).slice(1);
}

const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Undoes the `_xHHHH_` escapes Excel writes in cell text for characters XML cannot hold
 * (`_x000D_` for a carriage return; `_x005F_` for a `_` that would look like an escape).
 */
export function unescapeExcelText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(EXCEL_ESCAPE, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
