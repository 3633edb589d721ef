import { escapeXmlAttribute } from './xml-text.ts';
import { appendToRoot, attr, scanXml } from './xml-tokens.ts';

/** One relationship of a part. */
export interface Relationship {
  id: string;
  /** The relationship type URI. */
  type: string;
  target: string;
  external: boolean;
}

/** The last segment of the relationship type URIs the writer follows (transitional and strict alike). */
export const REL = {
  officeDocument: 'officeDocument',
  worksheet: 'worksheet',
  table: 'table',
  styles: 'styles',
  sharedStrings: 'sharedStrings',
} as const;

const REL_TYPE_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** True when `type` is the relationship type named by its last segment (`worksheet`). */
export function isRelType(type: string, name: string): boolean {
  return type.endsWith(`/${name}`);
}

/** The relationships listed in a `.rels` part. */
export function readRelationships(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  scanXml(xml, {
    open(tag) {
      if (tag.local !== 'Relationship') return;
      rels.push({
        id: attr(tag, 'Id') ?? '',
        type: attr(tag, 'Type') ?? '',
        target: attr(tag, 'Target') ?? '',
        external: (attr(tag, 'TargetMode') ?? '').toLowerCase() === 'external',
      });
    },
  });
  return rels;
}

/** An id not yet used in `rels`: `rId` and the next free number. */
export function freeRelId(rels: readonly Relationship[]): string {
  const taken = new Set(rels.map((r) => r.id));
  for (let n = rels.length + 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
}

/**
 * Adds a relationship to an existing `.rels` part (or builds the part when `xml` is null),
 * leaving the relationships already there exactly as written.
 */
export function addRelationship(xml: string | null, rel: Omit<Relationship, 'external'>): string {
  const element = `<Relationship Id="${escapeXmlAttribute(rel.id)}" Type="${escapeXmlAttribute(rel.type)}" Target="${escapeXmlAttribute(rel.target)}"/>`;
  if (xml === null) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${element}</Relationships>`;
  }
  return appendToRoot(xml, element);
}

/** The full type URI for a relationship named by its last segment. */
export function relTypeUri(name: string): string {
  return REL_TYPE_BASE + name;
}
