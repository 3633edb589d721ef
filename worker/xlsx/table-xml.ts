import { formatRange, parseRange, type CellRange } from '../../shared/contract/cell-address.ts';
import { TextEdits } from './text-edits.ts';
import { escapeXmlAttribute } from './xml-text.ts';
import { attr, scanXml, type XmlOpen } from './xml-tokens.ts';

/** What the writer needs to know of a table part (`xl/tables/tableN.xml`). */
export interface TableInfo {
  id: number;
  name: string;
  ref: string;
  /** null when `ref` is not a range. */
  range: CellRange | null;
  /** 1 unless the table was saved without a header row. */
  headerRowCount: number;
  totalsRowCount: number;
  /** Column names, left to right (Excel keeps them equal to the header cells). */
  columns: string[];
}

/** Reads a table part. */
export function readTable(xml: string): TableInfo {
  const info: TableInfo = {
    id: 0,
    name: '',
    ref: '',
    range: null,
    headerRowCount: 1,
    totalsRowCount: 0,
    columns: [],
  };
  scanXml(xml, {
    open(tag) {
      if (tag.depth === 0) {
        info.id = Number(attr(tag, 'id') ?? 0) || 0;
        info.name = attr(tag, 'name') ?? attr(tag, 'displayName') ?? '';
        info.ref = attr(tag, 'ref') ?? '';
        info.range = parseRange(info.ref);
        info.headerRowCount = Number(attr(tag, 'headerRowCount') ?? 1);
        info.totalsRowCount = Number(attr(tag, 'totalsRowCount') ?? 0);
      } else if (tag.local === 'tableColumn') {
        info.columns.push(attr(tag, 'name') ?? '');
      }
    },
  });
  return info;
}

/** A start tag written anew with some attributes changed (`undefined` removes one). */
export function rewriteStartTag(
  tag: Pick<XmlOpen, 'name' | 'attributes' | 'selfClosing'>,
  changes: Record<string, string | undefined>,
  selfClosing = tag.selfClosing,
): string {
  const seen = new Set<string>();
  let out = `<${tag.name}`;
  for (const a of tag.attributes) {
    if (a.name in changes) {
      seen.add(a.name);
      const v = changes[a.name];
      if (v !== undefined) out += ` ${a.name}="${escapeXmlAttribute(v)}"`;
      continue;
    }
    out += ` ${a.name}="${escapeXmlAttribute(a.value)}"`;
  }
  for (const [name, v] of Object.entries(changes))
    if (!seen.has(name) && v !== undefined) out += ` ${name}="${escapeXmlAttribute(v)}"`;
  return `${out}${selfClosing ? '/>' : '>'}`;
}

/**
 * The table part with a new range ending at row `bottom`: `ref` and the autofilter's
 * range follow; a totals row is given up (the worker's tables have none); a sort state
 * is dropped, since the rows are written in the worker's order and no longer in the one
 * it describes. Filter criteria are kept. Everything else stays as written.
 */
export function resizeTable(xml: string, range: CellRange): string {
  const ref = formatRange(range);
  const edits = new TextEdits();
  let sortDepth = -1;
  let sortStart = 0;
  scanXml(xml, {
    open(tag) {
      if (tag.depth === 0) {
        edits.replace(
          tag.start,
          tag.end,
          rewriteStartTag(tag, {
            ref,
            totalsRowCount: undefined,
            totalsRowShown: attr(tag, 'totalsRowShown') === undefined ? undefined : '0',
          }),
        );
      } else if (tag.local === 'autoFilter' && tag.depth === 1) {
        edits.replace(tag.start, tag.end, rewriteStartTag(tag, { ref }));
      } else if (tag.local === 'sortState' && sortDepth < 0) {
        sortDepth = tag.depth;
        sortStart = tag.start;
      }
    },
    close(tag) {
      if (tag.local === 'sortState' && tag.depth === sortDepth) {
        edits.replace(sortStart, tag.end, '');
        sortDepth = -1;
      }
    },
  });
  return edits.apply(xml);
}

/** A new table part: header row, autofilter, the columns named, Excel's medium blue style. */
export function newTableXml(
  id: number,
  name: string,
  range: CellRange,
  columns: readonly string[],
): string {
  const ref = formatRange(range);
  const cols = columns
    .map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXmlAttribute(c)}"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeXmlAttribute(name)}" displayName="${escapeXmlAttribute(name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    '</table>'
  );
}
