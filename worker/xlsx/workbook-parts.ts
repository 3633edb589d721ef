import { addContentTypes, CONTENT_TYPE, CONTENT_TYPES_PART } from './content-types.ts';
import { partFolder, relativeTarget, relsPartOf, resolveTarget } from './part-names.ts';
import {
  addRelationship,
  freeRelId,
  isRelType,
  readRelationships,
  REL,
  relTypeUri,
  type Relationship,
} from './relationships.ts';
import { readTable, type TableInfo } from './table-xml.ts';
import { escapeXmlAttribute } from './xml-text.ts';
import { attr, REL_NS, relId, scanXml } from './xml-tokens.ts';
import { inPart } from './xml-errors.ts';
import type { XlsxPackage } from './xlsx-package.ts';

/** A sheet as workbook.xml lists it, with the part that holds it. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The worksheet part; '' when the sheet is not a worksheet (a chart sheet) or its part is missing. */
  part: string;
}

/** The workbook part and its sheets, in tab order. */
export interface WorkbookInfo {
  part: string;
  sheets: SheetEntry[];
  /** Relationships of the workbook part. */
  rels: Relationship[];
}

/** A table part found on a worksheet. */
export interface TableEntry {
  part: string;
  sheet: SheetEntry;
  info: TableInfo;
}

/** The relationships of a part ([] when it has none). */
export function relationshipsOf(pkg: XlsxPackage, part: string): Relationship[] {
  const rels = relsPartOf(part);
  return pkg.has(rels) ? inPart(rels, () => readRelationships(pkg.text(rels))) : [];
}

/** Finds the workbook part through the package relationships and lists its sheets. */
export function readWorkbook(pkg: XlsxPackage): WorkbookInfo {
  const root = relationshipsOf(pkg, '').find(
    (r) => isRelType(r.type, REL.officeDocument) && !r.external,
  );
  const part = root ? resolveTarget('', root.target) : 'xl/workbook.xml';
  const rels = relationshipsOf(pkg, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  inPart(part, () =>
    scanXml(pkg.text(part), {
      open(tag) {
        if (tag.local !== 'sheet' || tag.depth !== 2) return;
        const id = relId(tag) ?? '';
        const rel = byId.get(id);
        const target =
          rel && isRelType(rel.type, REL.worksheet) && !rel.external
            ? resolveTarget(part, rel.target)
            : '';
        sheets.push({
          name: attr(tag, 'name') ?? '',
          sheetId: Number(attr(tag, 'sheetId') ?? 0),
          relId: id,
          part: pkg.has(target) ? target : '',
        });
      },
    }),
  );
  return { part, sheets, rels };
}

/** Every table of every worksheet, with the sheet it sits on. */
export function readTables(pkg: XlsxPackage, workbook: WorkbookInfo): TableEntry[] {
  const tables: TableEntry[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.part === '') continue;
    for (const rel of relationshipsOf(pkg, sheet.part)) {
      if (!isRelType(rel.type, REL.table) || rel.external) continue;
      const part = resolveTarget(sheet.part, rel.target);
      if (pkg.has(part))
        tables.push({ part, sheet, info: inPart(part, () => readTable(pkg.text(part))) });
    }
  }
  return tables;
}

/** A table by name, compared without case as Excel does; null when there is none. */
export function findTable(tables: readonly TableEntry[], name: string): TableEntry | null {
  const wanted = name.toLowerCase();
  return tables.find((t) => t.info.name.toLowerCase() === wanted) ?? null;
}

/** The sheet name, or `name (2)`, `name (3)`… when the workbook already has one by that name. */
export function freeSheetName(workbook: WorkbookInfo, wanted: string): string {
  const taken = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The first free part name `folder/stemN.xml`. */
export function freePartName(pkg: XlsxPackage, folder: string, stem: string): string {
  for (let n = 1; ; n++) {
    const name = `${folder}/${stem}${n}.xml`;
    if (!pkg.has(name)) return name;
  }
}

/**
 * Adds a worksheet holding one table, properly: the sheet and table parts, the sheet's
 * relationship to its table, the workbook's relationship to the sheet, a `<sheet>` at
 * the end of workbook.xml's list and content types for both parts. Returns the new
 * sheet's entry and its table part. `sheetXml` gets the relationship id for its `<tablePart>`.
 */
export function addWorksheet(
  pkg: XlsxPackage,
  workbook: WorkbookInfo,
  name: string,
  sheetXml: (tableRelId: string) => string,
  tableXml: string,
): { sheet: SheetEntry; tablePart: string } {
  const folder = partFolder(workbook.part);
  const sheetPart = freePartName(pkg, `${folder === '' ? '' : `${folder}/`}worksheets`, 'sheet');
  const tablePart = freePartName(pkg, `${folder === '' ? '' : `${folder}/`}tables`, 'table');
  const tableRelId = 'rId1';
  pkg.put(sheetPart, sheetXml(tableRelId));
  pkg.put(tablePart, tableXml);
  pkg.put(
    relsPartOf(sheetPart),
    addRelationship(null, {
      id: tableRelId,
      type: relTypeUri(REL.table),
      target: relativeTarget(sheetPart, tablePart),
    }),
  );

  const wbRelId = freeRelId(workbook.rels);
  const wbRels = relsPartOf(workbook.part);
  pkg.put(
    wbRels,
    addRelationship(pkg.has(wbRels) ? pkg.text(wbRels) : null, {
      id: wbRelId,
      type: relTypeUri(REL.worksheet),
      target: relativeTarget(workbook.part, sheetPart),
    }),
  );

  const sheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId)) + 1;
  pkg.put(workbook.part, withSheet(pkg.text(workbook.part), name, sheetId, wbRelId));
  pkg.put(
    CONTENT_TYPES_PART,
    addContentTypes(pkg.text(CONTENT_TYPES_PART), [
      { part: sheetPart, contentType: CONTENT_TYPE.worksheet },
      { part: tablePart, contentType: CONTENT_TYPE.table },
    ]),
  );
  const entry: SheetEntry = { name, sheetId, relId: wbRelId, part: sheetPart };
  workbook.sheets.push(entry);
  workbook.rels.push({
    id: wbRelId,
    type: relTypeUri(REL.worksheet),
    target: relativeTarget(workbook.part, sheetPart),
    external: false,
  });
  return { sheet: entry, tablePart };
}

/** workbook.xml with a `<sheet>` added at the end of `<sheets>`, in the prefixes the part already uses. */
function withSheet(xml: string, name: string, sheetId: number, rid: string): string {
  let sheetsClose = -1;
  let sheetsName = 'sheets';
  // An object, not a `let`: the handler sets it, which narrowing cannot see.
  const root: { relPrefix: string | null } = { relPrefix: null };
  scanXml(xml, {
    open(tag) {
      if (tag.depth === 0) {
        for (const a of tag.attributes)
          if (a.name.startsWith('xmlns:') && a.value === REL_NS) root.relPrefix = a.name.slice(6);
      }
      if (tag.depth === 1 && tag.local === 'sheets') sheetsName = tag.name;
    },
    close(tag) {
      if (tag.depth === 1 && tag.local === 'sheets') sheetsClose = tag.start;
    },
  });
  if (sheetsClose < 0) throw new RangeError('workbook.xml has no <sheets>');
  const colon = sheetsName.indexOf(':');
  const prefix = colon < 0 ? '' : sheetsName.slice(0, colon + 1);
  const { relPrefix } = root;
  const r = relPrefix ?? 'r';
  const declare = relPrefix === null ? ` xmlns:r="${REL_NS}"` : '';
  const element = `<${prefix}sheet name="${escapeXmlAttribute(name)}" sheetId="${sheetId}" ${r}:id="${rid}"${declare}/>`;
  return xml.slice(0, sheetsClose) + element + xml.slice(sheetsClose);
}
