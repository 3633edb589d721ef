/**
 * Text made safe for the XML parts the writer produces. Workbook values can hold
 * anything a planner, a system export or an attacker put there: characters XML 1.0
 * cannot carry are dropped, markup characters are escaped, and Excel's own `_xHHHH_`
 * escapes are protected so text that looks like one reads back as typed.
 */

import { EXCEL_MAX_CELL_TEXT } from '../../shared/contract/cell-limits.ts';
import { withoutInvalidChars } from '../../shared/contract/document-chars.ts';

/** Text that Excel would read as one of its escapes (`_x000D_`); its `_` is escaped itself. */
const EXCEL_ESCAPE_LOOKALIKE = /_(?=x[0-9A-Fa-f]{4}_)/g;

/** Any character that is invalid, markup, CR or may start an Excel escape look-alike. */
// eslint-disable-next-line no-control-regex -- C0 controls are what it looks for
const NEEDS_WORK = /[\u0000-\u001F&<>_\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes `&`, `<`, `>` and CR (which a parser would otherwise turn into LF). */
export function escapeXmlText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const rep =
      c === 38 ? '&amp;' : c === 60 ? '&lt;' : c === 62 ? '&gt;' : c === 13 ? '&#13;' : null;
    if (rep === null) continue;
    out += text.slice(from, i) + rep;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Escapes a value for a double-quoted attribute, whitespace kept as character references. */
export function escapeXmlAttribute(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const rep =
      c === 38
        ? '&amp;'
        : c === 60
          ? '&lt;'
          : c === 34
            ? '&quot;'
            : c === 9
              ? '&#9;'
              : c === 10
                ? '&#10;'
                : c === 13
                  ? '&#13;'
                  : null;
    if (rep === null) continue;
    out += text.slice(from, i) + rep;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * A cell's text as it goes into `<t>`: invalid characters dropped, cut to Excel's
 * 32,767 characters (never inside a surrogate pair), Excel escape look-alikes protected,
 * markup escaped.
 */
export function cellTextXml(text: string): string {
  // Most text (names, labels, dates) needs none of the work below.
  if (text.length <= EXCEL_MAX_CELL_TEXT && !NEEDS_WORK.test(text)) return text;
  let clean = withoutInvalidChars(text);
  if (clean.length > EXCEL_MAX_CELL_TEXT) {
    let cut = EXCEL_MAX_CELL_TEXT;
    const last = clean.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
    clean = clean.slice(0, cut);
  }
  return escapeXmlText(clean.replace(EXCEL_ESCAPE_LOOKALIKE, '_x005F_'));
}
