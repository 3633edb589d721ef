/**
 * Reads the structure of a ZIP archive (the container of an .xlsx) without inflating
 * anything: the central directory gives every entry's name, method, sizes and checksum,
 * and each entry keeps its stored (compressed) bytes as they are in the file, so a writer
 * can copy the entries it does not change byte for byte.
 */

/** One entry of the archive, as the central directory describes it. */
export interface ZipEntry {
  /** The entry's name (a part name such as `xl/workbook.xml`), decoded as UTF-8. */
  name: string;
  /** The name exactly as stored. */
  nameBytes: Uint8Array;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  /** 0 stored, 8 deflated. */
  method: number;
  dosTime: number;
  dosDate: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  internalAttributes: number;
  externalAttributes: number;
  /** The central directory's extra field, without any ZIP64 record. */
  extra: Uint8Array;
  comment: Uint8Array;
  /** The stored bytes: compressed for method 8, the content itself for method 0. */
  data: Uint8Array;
}

/** Why an archive cannot be read; each maps to its own message. */
export type ZipFailure =
  | { kind: 'truncated' }
  | { kind: 'encrypted'; entry: string }
  | { kind: 'unsupported_method'; entry: string; method: number }
  | { kind: 'duplicate_entry'; entry: string };

export type ZipReadResult = { ok: true; entries: ZipEntry[] } | { ok: false; failure: ZipFailure };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
/** End-of-central-directory record without comment, and the longest comment. */
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const FLAG_ENCRYPTED = 0x0001;

const utf8 = new TextDecoder('utf-8');

/**
 * The entries of a ZIP archive in central-directory order. A file cut short (its end
 * record or any entry's data missing) is `truncated`; encrypted entries, methods other
 * than stored/deflate and repeated names are refused, since a reader could not tell what
 * Excel would make of them.
 */
export function readZip(bytes: Uint8Array): ZipReadResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(bytes, view);
  if (end < 0) return fail({ kind: 'truncated' });
  let count = view.getUint16(end + 10, true);
  let cdSize = view.getUint32(end + 12, true);
  let cdOffset = view.getUint32(end + 16, true);
  if (count === MAX16 || cdSize === MAX32 || cdOffset === MAX32) {
    const z64 = readZip64End(view, end);
    if (!z64) return fail({ kind: 'truncated' });
    ({ count, cdSize, cdOffset } = z64);
  }
  if (cdOffset + cdSize > bytes.length) return fail({ kind: 'truncated' });

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL)
      return fail({ kind: 'truncated' });
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const nameStart = p + 46;
    const extraStart = nameStart + nameLength;
    const commentStart = extraStart + extraLength;
    const next = commentStart + commentLength;
    if (next > bytes.length) return fail({ kind: 'truncated' });
    const nameBytes = bytes.subarray(nameStart, extraStart);
    const name = utf8.decode(nameBytes);
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    if (flags & FLAG_ENCRYPTED) return fail({ kind: 'encrypted', entry: name });
    if (method !== 0 && method !== 8)
      return fail({ kind: 'unsupported_method', entry: name, method });
    const key = name.toLowerCase();
    if (names.has(key)) return fail({ kind: 'duplicate_entry', entry: name });
    names.add(key);

    const sizes = {
      compressed: view.getUint32(p + 20, true),
      uncompressed: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    };
    const rawExtra = bytes.subarray(extraStart, commentStart);
    const z64 = zip64Sizes(rawExtra, sizes);
    if (!z64) return fail({ kind: 'truncated' });
    const data = entryData(bytes, view, z64.offset, z64.compressed);
    if (!data) return fail({ kind: 'truncated' });
    entries.push({
      name,
      nameBytes,
      versionMadeBy: view.getUint16(p + 4, true),
      versionNeeded: view.getUint16(p + 6, true),
      flags,
      method,
      dosTime: view.getUint16(p + 12, true),
      dosDate: view.getUint16(p + 14, true),
      crc32: view.getUint32(p + 16, true),
      compressedSize: z64.compressed,
      uncompressedSize: z64.uncompressed,
      internalAttributes: view.getUint16(p + 36, true),
      externalAttributes: view.getUint32(p + 38, true),
      extra: withoutZip64(rawExtra),
      comment: bytes.subarray(commentStart, next),
      data,
    });
    p = next;
  }
  return { ok: true, entries };
}

function fail(failure: ZipFailure): ZipReadResult {
  return { ok: false, failure };
}

/** The offset of the end-of-central-directory record, searching back over a possible comment; -1 if none. */
function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const last = bytes.length - END_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let p = last; p >= first; p--) {
    if (bytes[p] !== 0x50 || view.getUint32(p, true) !== SIG_END) continue;
    // The comment length must reach exactly to the end of the file.
    if (p + END_SIZE + view.getUint16(p + 20, true) === bytes.length) return p;
  }
  return -1;
}

function readZip64End(
  view: DataView,
  end: number,
): { count: number; cdSize: number; cdOffset: number } | null {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== SIG_END64_LOCATOR) return null;
  const at = safeNumber(view.getBigUint64(locator + 8, true));
  if (at === null || at + 56 > view.byteLength || view.getUint32(at, true) !== SIG_END64)
    return null;
  const count = safeNumber(view.getBigUint64(at + 32, true));
  const cdSize = safeNumber(view.getBigUint64(at + 40, true));
  const cdOffset = safeNumber(view.getBigUint64(at + 48, true));
  return count === null || cdSize === null || cdOffset === null
    ? null
    : { count, cdSize, cdOffset };
}

function safeNumber(n: bigint): number | null {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : null;
}

/** Sizes and offset with the ZIP64 extra field applied where the 32-bit fields are saturated. */
function zip64Sizes(
  extra: Uint8Array,
  sizes: { compressed: number; uncompressed: number; offset: number },
): { compressed: number; uncompressed: number; offset: number } | null {
  if (sizes.compressed !== MAX32 && sizes.uncompressed !== MAX32 && sizes.offset !== MAX32)
    return sizes;
  const field = extraField(extra, ZIP64_EXTRA);
  if (!field) return null;
  const view = new DataView(field.buffer, field.byteOffset, field.byteLength);
  const out = { ...sizes };
  let q = 0;
  const take = (): number | null => {
    if (q + 8 > field.length) return null;
    const v = safeNumber(view.getBigUint64(q, true));
    q += 8;
    return v;
  };
  for (const key of ['uncompressed', 'compressed', 'offset'] as const) {
    if (sizes[key] !== MAX32) continue;
    const v = take();
    if (v === null) return null;
    out[key] = v;
  }
  return out;
}

/** The data of one extra-field record with the given header id. */
function extraField(extra: Uint8Array, id: number): Uint8Array | null {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let q = 0; q + 4 <= extra.length;) {
    const size = view.getUint16(q + 2, true);
    if (view.getUint16(q, true) === id)
      return extra.subarray(q + 4, Math.min(extra.length, q + 4 + size));
    q += 4 + size;
  }
  return null;
}

/** The extra field minus ZIP64 records, which the writer (never ZIP64) must not repeat. */
function withoutZip64(extra: Uint8Array): Uint8Array {
  if (!extraField(extra, ZIP64_EXTRA)) return extra;
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  const kept: Uint8Array[] = [];
  for (let q = 0; q + 4 <= extra.length;) {
    const size = view.getUint16(q + 2, true);
    if (view.getUint16(q, true) !== ZIP64_EXTRA) kept.push(extra.subarray(q, q + 4 + size));
    q += 4 + size;
  }
  const out = new Uint8Array(kept.reduce((n, k) => n + k.length, 0));
  let o = 0;
  for (const k of kept) {
    out.set(k, o);
    o += k.length;
  }
  return out;
}

/** The stored bytes of an entry, found through its local header; null when the file ends first. */
function entryData(
  bytes: Uint8Array,
  view: DataView,
  offset: number,
  size: number,
): Uint8Array | null {
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== SIG_LOCAL) return null;
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  if (start + size > bytes.length) return null;
  return bytes.subarray(start, start + size);
}
