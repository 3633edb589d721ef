/**
 * Reading TrueType/OpenType collections (.ttc): the family names of each face, and one
 * face as a standalone font. Debian's Noto CJK ships only collections whose first face
 * is Japanese; a Chinese digest wants the Simplified Chinese (SC) glyph forms, so the
 * chart registers that face by itself.
 */
import { readSync } from 'node:fs';

/**
 * A font's bytes: in memory, or an open file read piece by piece. Noto CJK is a 19 MB
 * collection of which one face is 16 MB: reading only that face straight into the font
 * handed to the canvas spares a read and a copy of the whole file on every check.
 */
export type FontSource = Buffer | { fd: number };

/** `length` bytes of the source from `position`, into `target` at `at`. */
function readInto(
  source: FontSource,
  target: Buffer,
  at: number,
  position: number,
  length: number,
): void {
  if (Buffer.isBuffer(source)) {
    if (position + length > source.length) throw new RangeError('font data ends early');
    source.copy(target, at, position, position + length);
    return;
  }
  let done = 0;
  while (done < length) {
    const n = readSync(source.fd, target, at + done, length - done, position + done);
    if (n === 0) throw new RangeError('font file ends early');
    done += n;
  }
}

function bytesAt(source: FontSource, position: number, length: number): Buffer {
  if (Buffer.isBuffer(source)) return source.subarray(position, position + length);
  const out = Buffer.alloc(length);
  readInto(source, out, 0, position, length);
  return out;
}

/** True when the bytes are a font collection (`ttcf`). */
export function isCollection(source: FontSource): boolean {
  try {
    return bytesAt(source, 0, 4).toString('latin1') === 'ttcf';
  } catch {
    return false;
  }
}

/** Byte offsets of each face's table directory in a collection. */
function faceOffsets(source: FontSource): number[] {
  const count = bytesAt(source, 8, 4).readUInt32BE(0);
  const offsets = bytesAt(source, 12, 4 * count);
  return Array.from({ length: count }, (_, i) => offsets.readUInt32BE(4 * i));
}

interface TableRecord {
  tag: string;
  checksum: number;
  offset: number;
  length: number;
}

function tableRecords(source: FontSource, at: number): TableRecord[] {
  const numTables = bytesAt(source, at + 4, 2).readUInt16BE(0);
  const data = bytesAt(source, at + 12, 16 * numTables);
  return Array.from({ length: numTables }, (_, i) => {
    const r = 16 * i;
    return {
      tag: data.toString('latin1', r, r + 4),
      checksum: data.readUInt32BE(r + 4),
      offset: data.readUInt32BE(r + 8),
      length: data.readUInt32BE(r + 12),
    };
  });
}

/** Family names (name ids 1 and 16, Windows Unicode records) of the face at `at`. */
function familyNames(source: FontSource, at: number): string[] {
  const name = tableRecords(source, at).find((r) => r.tag === 'name');
  if (!name) return [];
  const data = bytesAt(source, name.offset, name.length);
  const count = data.readUInt16BE(2);
  const strings = data.readUInt16BE(4);
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    const r = 6 + 12 * i;
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
export function fontFamilies(source: FontSource): string[] {
  return familyNames(source, 0);
}

/** The family names of every face in a collection, in face order. */
export function collectionFamilies(source: FontSource): string[][] {
  return faceOffsets(source).map((at) => familyNames(source, at));
}

/** Where face `index` starts, its tables, and its size as a standalone font file. */
function faceLayout(
  source: FontSource,
  index: number,
): { at: number; records: TableRecord[]; headerLength: number; total: number } {
  const at = faceOffsets(source)[index];
  if (at === undefined) throw new RangeError(`font collection has no face ${index}`);
  const records = tableRecords(source, at);
  const headerLength = 12 + 16 * records.length;
  let total = headerLength;
  for (const r of records) total += pad4(r.length);
  return { at, records, headerLength, total };
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** The size of {@link extractFace}'s file for face `index`, from the table directory alone. */
export function faceSize(source: FontSource, index: number): number {
  return faceLayout(source, index).total;
}

/**
 * Face `index` of a collection as a standalone font file: its table directory with the
 * tables copied behind it (each 4-byte aligned). The table checksums stay valid because
 * the table bytes do not change.
 */
export function extractFace(source: FontSource, index: number): Buffer {
  const { at, records, headerLength, total } = faceLayout(source, index);
  // Every byte is written below (tables, then their zero padding): no need to clear 16 MB first.
  const out = Buffer.allocUnsafe(total);
  readInto(source, out, 0, at, 12); // sfnt version and search fields
  let offset = headerLength;
  records.forEach((r, i) => {
    const e = 12 + 16 * i;
    out.write(r.tag, e, 'latin1');
    out.writeUInt32BE(r.checksum, e + 4);
    out.writeUInt32BE(offset, e + 8);
    out.writeUInt32BE(r.length, e + 12);
    readInto(source, out, offset, r.offset, r.length);
    out.fill(0, offset + r.length, offset + pad4(r.length));
    offset += pad4(r.length);
  });
  return out;
}
