import { escapeXmlAttribute } from './xml-text.ts';
import { appendToRoot, attr, scanXml } from './xml-tokens.ts';

/** The package part listing each part's content type. */
export const CONTENT_TYPES_PART = '[Content_Types].xml';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

function readContentTypes(xml: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  scanXml(xml, {
    open(tag) {
      if (tag.local === 'Default')
        defaults.set((attr(tag, 'Extension') ?? '').toLowerCase(), attr(tag, 'ContentType') ?? '');
      if (tag.local === 'Override')
        overrides.set(partKey(attr(tag, 'PartName') ?? ''), attr(tag, 'ContentType') ?? '');
    },
  });
  return { defaults, overrides };
}

function partKey(partName: string): string {
  return (partName.startsWith('/') ? partName.slice(1) : partName).toLowerCase();
}

/** The content type of a part: its Override, else the Default for its extension; '' when neither. */
export function contentTypeOf(xml: string, part: string): string {
  const types = readContentTypes(xml);
  const override = types.overrides.get(partKey(part));
  if (override !== undefined) return override;
  const dot = part.lastIndexOf('.');
  return dot < 0 ? '' : (types.defaults.get(part.slice(dot + 1).toLowerCase()) ?? '');
}

/** Every part with an Override of the given content type. */
export function partsOfType(xml: string, contentType: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    open(tag) {
      if (tag.local === 'Override' && attr(tag, 'ContentType') === contentType) {
        const name = attr(tag, 'PartName') ?? '';
        out.push(name.startsWith('/') ? name.slice(1) : name);
      }
    },
  });
  return out;
}

/**
 * Adds content types for new parts: an Override per part, and a Default for `.rels`
 * when the package lacks one. Existing entries are kept as written.
 */
export function addContentTypes(
  xml: string,
  parts: readonly { part: string; contentType: string }[],
): string {
  const types = readContentTypes(xml);
  let added = '';
  if (!types.defaults.has('rels'))
    added += `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/>`;
  for (const { part, contentType } of parts) {
    if (types.overrides.has(partKey(part))) continue;
    added += `<Override PartName="/${escapeXmlAttribute(part)}" ContentType="${escapeXmlAttribute(contentType)}"/>`;
  }
  return added === '' ? xml : appendToRoot(xml, added);
}
