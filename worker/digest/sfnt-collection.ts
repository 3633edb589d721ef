/**
 * Reading TrueType/OpenType collections (.ttc): the family names of each face, and one
 * face as a standalone font. Debian's Noto CJK ships only collections whose first face
 * is Japanese; a Chinese digest wants the Simplified Chinese (SC) glyph forms, so the
 * chart registers that face by itself.
 */

/** True when the bytes are a font collection (`ttcf`). */
export function isCollection(data: Buffer): boolean {
  return data.length >= 12 && data.toString('latin1', 0, 4) === 'ttcf';
}

/** Byte offsets of each face's table directory in a collection. */
function faceOffsets(data: Buffer): number[] {
  const count = data.readUInt32BE(8);
  return Array.from({ length: count }, (_, i) => data.readUInt32BE(12 + 4 * i));
}

interface TableRecord {
  tag: string;
  checksum: number;
  offset: number;
  length: number;
}

function tableRecords(data: Buffer, at: number): TableRecord[] {
  const numTables = data.readUInt16BE(at + 4);
  return Array.from({ length: numTables }, (_, i) => {
    const r = at + 12 + 16 * i;
    return {
      tag: data.toString('latin1', r, r + 4),
      checksum: data.readUInt32BE(r + 4),
      offset: data.readUInt32BE(r + 8),
      length: data.readUInt32BE(r + 12),
    };
  });
}

/** Family names (name ids 1 and 16, Windows Unicode records) of the face at `at`. */
function familyNames(data: Buffer, at: number): string[] {
  const name = tableRecords(data, at).find((r) => r.tag === 'name');
  if (!name) return [];
  const base = name.offset;
  const count = data.readUInt16BE(base + 2);
  const strings = base + data.readUInt16BE(base + 4);
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    const r = base + 6 + 12 * i;
    const platform = data.readUInt16BE(r);
    const nameId = data.readUInt16BE(r + 6);
    if (platform !== 3 || (nameId !== 1 && nameId !== 16)) continue;
    const length = data.readUInt16BE(r + 8);
    const start = strings + data.readUInt16BE(r + 10);
    // UTF-16BE → swap to little-endian for Node's decoder.
    const bytes = Buffer.from(data.subarray(start, start + length));
    names.add(bytes.swap16().toString('utf16le'));
  }
  return [...names];
}

/** The family names of a standalone font file (.ttf, .otf, or a face taken from a collection). */
export function fontFamilies(data: Buffer): string[] {
  return familyNames(data, 0);
}

/** The family names of every face in a collection, in face order. */
export function collectionFamilies(data: Buffer): string[][] {
  return faceOffsets(data).map((at) => familyNames(data, at));
}

/**
 * Face `index` of a collection as a standalone font file: its table directory with the
 * tables copied behind it (each 4-byte aligned). The table checksums stay valid because
 * the table bytes do not change.
 */
export function extractFace(data: Buffer, index: number): Buffer {
  const at = faceOffsets(data)[index];
  if (at === undefined) throw new RangeError(`font collection has no face ${index}`);
  const records = tableRecords(data, at);
  const headerLength = 12 + 16 * records.length;
  const pad = (n: number): number => (n + 3) & ~3;
  let total = headerLength;
  for (const r of records) total += pad(r.length);
  const out = Buffer.alloc(total);
  data.copy(out, 0, at, at + 12); // sfnt version and search fields
  let offset = headerLength;
  records.forEach((r, i) => {
    const e = 12 + 16 * i;
    out.write(r.tag, e, 'latin1');
    out.writeUInt32BE(r.checksum, e + 4);
    out.writeUInt32BE(offset, e + 8);
    out.writeUInt32BE(r.length, e + 12);
    data.copy(out, offset, r.offset, r.offset + r.length);
    offset += pad(r.length);
  });
  return out;
}
