import type { ZipEntry } from './zip-archive.ts';

/**
 * Writes ZIP entries as one archive: each entry's stored bytes as given (copied entries
 * stay exactly as they were), a local header with the sizes known up front (no data
 * descriptors), the central directory and its end record. Not ZIP64: packages that large
 * are refused long before (see package-limits.ts).
 */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  let total = END_SIZE;
  for (const e of entries)
    total +=
      LOCAL_SIZE +
      CENTRAL_SIZE +
      2 * e.nameBytes.length +
      e.data.length +
      e.extra.length +
      e.comment.length;
  if (total > MAX32 || entries.length > MAX16)
    throw new RangeError('package too large for a ZIP without ZIP64');
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  for (const e of entries) {
    offsets.push(p);
    view.setUint32(p, SIG_LOCAL, true);
    view.setUint16(p + 4, e.versionNeeded, true);
    view.setUint16(p + 6, e.flags & ~FLAG_DATA_DESCRIPTOR, true);
    view.setUint16(p + 8, e.method, true);
    view.setUint16(p + 10, e.dosTime, true);
    view.setUint16(p + 12, e.dosDate, true);
    view.setUint32(p + 14, e.crc32, true);
    view.setUint32(p + 18, e.compressedSize, true);
    view.setUint32(p + 22, e.uncompressedSize, true);
    view.setUint16(p + 26, e.nameBytes.length, true);
    view.setUint16(p + 28, 0, true);
    out.set(e.nameBytes, p + LOCAL_SIZE);
    p += LOCAL_SIZE + e.nameBytes.length;
    out.set(e.data, p);
    p += e.data.length;
  }
  const cdStart = p;
  entries.forEach((e, i) => {
    view.setUint32(p, SIG_CENTRAL, true);
    view.setUint16(p + 4, e.versionMadeBy, true);
    view.setUint16(p + 6, e.versionNeeded, true);
    view.setUint16(p + 8, e.flags & ~FLAG_DATA_DESCRIPTOR, true);
    view.setUint16(p + 10, e.method, true);
    view.setUint16(p + 12, e.dosTime, true);
    view.setUint16(p + 14, e.dosDate, true);
    view.setUint32(p + 16, e.crc32, true);
    view.setUint32(p + 20, e.compressedSize, true);
    view.setUint32(p + 24, e.uncompressedSize, true);
    view.setUint16(p + 28, e.nameBytes.length, true);
    view.setUint16(p + 30, e.extra.length, true);
    view.setUint16(p + 32, e.comment.length, true);
    view.setUint16(p + 34, 0, true);
    view.setUint16(p + 36, e.internalAttributes, true);
    view.setUint32(p + 38, e.externalAttributes, true);
    view.setUint32(p + 42, offsets[i] ?? 0, true);
    p += CENTRAL_SIZE;
    out.set(e.nameBytes, p);
    p += e.nameBytes.length;
    out.set(e.extra, p);
    p += e.extra.length;
    out.set(e.comment, p);
    p += e.comment.length;
  });
  view.setUint32(p, SIG_END, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  p += END_SIZE;
  return out.subarray(0, p);
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const END_SIZE = 22;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
/** Bit 3: sizes follow the data. The writer knows them, so it clears the bit. */
const FLAG_DATA_DESCRIPTOR = 0x0008;
