import { CONTENT_TYPE, CONTENT_TYPES_PART, partsOfType } from '../xlsx/content-types.ts';
import { TextEdits } from '../xlsx/text-edits.ts';
import type { XlsxPackage } from '../xlsx/xlsx-package.ts';
import { scanXml } from '../xlsx/xml-tokens.ts';
import { inPart } from '../xlsx/xml-errors.ts';

/** What exceljs 4.4 reads inside a table's `<autoFilter>`; it throws on anything else. */
const FILTER_CHILDREN: Readonly<Record<string, ReadonlySet<string>>> = {
  autoFilter: new Set(['filterColumn']),
  filterColumn: new Set(['filters', 'customFilters']),
  filters: new Set(['filter']),
  customFilters: new Set(['customFilter']),
};

/**
 * The package as exceljs can read it, or null when it can as it is. exceljs refuses a
 * table whose filter holds what Excel writes once a planner sorts or filters it by date,
 * colour or top 10 (`<sortState>`, `<dateGroupItem>`, `<top10>` …): the check would fail on
 * an ordinary workbook. Those parts describe only how rows are shown, not their values,
 * so the copy handed to exceljs leaves them out. The file itself is never changed here;
 * the lossless writer keeps them.
 */
export async function forExceljs(pkg: XlsxPackage): Promise<Uint8Array | null> {
  const types = pkg.has(CONTENT_TYPES_PART) ? pkg.text(CONTENT_TYPES_PART) : '';
  let changed = false;
  for (const part of partsOfType(types, CONTENT_TYPE.table)) {
    if (!pkg.has(part)) continue;
    const xml = pkg.text(part);
    const edits = inPart(part, () => unknownFilterParts(xml));
    if (edits.size === 0) continue;
    pkg.put(part, edits.apply(xml));
    changed = true;
  }
  return changed ? await pkg.toBytes() : null;
}

function unknownFilterParts(xml: string): TextEdits {
  const edits = new TextEdits();
  const stack: string[] = [];
  let dropDepth = -1;
  let dropStart = 0;
  scanXml(xml, {
    open(tag) {
      const parent = stack.at(-1);
      stack.push(tag.local);
      if (dropDepth >= 0 || parent === undefined) return;
      const allowed = FILTER_CHILDREN[parent];
      if (allowed && !allowed.has(tag.local)) {
        dropDepth = tag.depth;
        dropStart = tag.start;
      }
    },
    close(tag) {
      stack.pop();
      if (tag.depth === dropDepth) {
        edits.replace(dropStart, tag.end, '');
        dropDepth = -1;
      }
    },
  });
  return edits;
}
