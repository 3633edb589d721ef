import { constants, crc32, deflateRaw, inflateRawSync } from 'node:zlib';
import {
  DEFAULT_LIMITS,
  inflateEntry,
  type InflateResult,
  type PackageLimits,
} from './package-limits.ts';
import { readZip, type ZipEntry, type ZipFailure } from './zip-archive.ts';
import { writeZip } from './zip-write.ts';

/** Why a package cannot be opened or one of its parts read. */
export type PackageFailure =
  | ZipFailure
  | { kind: 'unpacked_too_large'; bytes: number; limit: number }
  | { kind: 'part_exceeds_declared'; part: string; declared: number }
  | { kind: 'part_corrupt'; part: string }
  | { kind: 'part_missing'; part: string };

/** A part that could not be inflated, thrown from {@link XlsxPackage.bytes}. */
export class PackageError extends Error {
  readonly failure: PackageFailure;

  constructor(failure: PackageFailure) {
    super(`package ${failure.kind}${'part' in failure ? `: ${failure.part}` : ''}`);
    this.name = 'PackageError';
    this.failure = failure;
  }
}

export type OpenPackageResult =
  { ok: true; pkg: XlsxPackage } | { ok: false; failure: PackageFailure };

/** 1980-01-01, the DOS date Excel itself stamps on every part. */
const DOS_EPOCH_DATE = (0 << 9) | (1 << 5) | 1;
const FLAG_UTF8 = 0x0800;
const utf8 = new TextEncoder();

/**
 * An .xlsx (or .xlsm) package: the ZIP entries in their order, each part readable on
 * demand and replaceable. Parts never read or replaced are written back with their
 * stored bytes untouched, so everything the worker does not own survives a write
 * exactly — charts, pivot caches, macros, the add-in's web-extension parts.
 */
export class XlsxPackage {
  private readonly entries: ZipEntry[];
  private readonly index = new Map<string, number>();
  private readonly inflated = new Map<number, Uint8Array>();
  private readonly fromUtf16 = new Set<number>();
  /** Parts' text as decoded: a sheet the reader walks and the writer patches is decoded once. */
  private readonly texts = new Map<number, string>();
  /** How often each part was inflated, whole or its head: the proof a check unpacks nothing twice. */
  private readonly unpacked = new Map<string, number>();
  /** Parts put whose deflate is still running (off the main thread), by entry index. */
  private readonly deflating = new Map<number, Promise<Deflated>>();
  /** Parts whose kept bytes this package inflated itself (no one else's memory), by entry index. */
  private readonly ownBytes = new Set<number>();
  /** Memory of parts whose bytes were let go after decoding, for a writer to fill (see takeSpare). */
  private readonly spare = new Map<number, Uint8Array>();

  private constructor(entries: ZipEntry[]) {
    this.entries = entries;
    entries.forEach((e, i) => this.index.set(key(e.name), i));
  }

  /**
   * Reads the archive's directory. Refused before anything is inflated: an archive that
   * is cut short, encrypted, uses another compression, or declares more unpacked bytes
   * than `limits.unpackedBytes` (a zip bomb).
   */
  static open(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS): OpenPackageResult {
    const zip = readZip(bytes);
    if (!zip.ok) return { ok: false, failure: zip.failure };
    let total = 0;
    for (const e of zip.entries) total += e.uncompressedSize;
    if (total > limits.unpackedBytes) {
      return {
        ok: false,
        failure: { kind: 'unpacked_too_large', bytes: total, limit: limits.unpackedBytes },
      };
    }
    return { ok: true, pkg: new XlsxPackage(zip.entries) };
  }

  /** Every part name, in archive order (directory entries included). */
  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** The declared unpacked size of a part; 0 when absent. */
  size(part: string): number {
    const i = this.index.get(key(part));
    return i === undefined ? 0 : (this.entries[i]?.uncompressedSize ?? 0);
  }

  has(part: string): boolean {
    return this.index.has(key(part));
  }

  /** A part's content. Throws {@link PackageError} when the part is damaged or lies about its size. */
  bytes(part: string): Uint8Array {
    const i = this.index.get(key(part));
    const entry = i === undefined ? undefined : this.entries[i];
    if (i === undefined || !entry) throw new PackageError({ kind: 'part_missing', part });
    const cached = this.inflated.get(i);
    if (cached) return cached;
    const r = this.inflate(entry);
    if (!r.ok) {
      const failure: PackageFailure =
        r.kind === 'exceeds_declared'
          ? { kind: 'part_exceeds_declared', part: entry.name, declared: entry.uncompressedSize }
          : { kind: 'part_corrupt', part: entry.name };
      throw new PackageError(failure);
    }
    this.inflated.set(i, r.bytes);
    // A stored part's bytes are the file's own: never memory to write over.
    if (entry.method !== 0) this.ownBytes.add(i);
    return r.bytes;
  }

  /**
   * A part's content without keeping it: for a part read once and never written (a
   * large sheet the reader scans), so the package does not hold it for the whole run.
   * A part already kept is handed out as kept.
   */
  passingBytes(part: string): Uint8Array {
    const i = this.index.get(key(part));
    const entry = i === undefined ? undefined : this.entries[i];
    if (i === undefined || !entry) throw new PackageError({ kind: 'part_missing', part });
    const cached = this.inflated.get(i);
    if (cached) return cached;
    const r = this.inflate(entry);
    if (r.ok) return r.bytes;
    throw new PackageError(
      r.kind === 'exceeds_declared'
        ? { kind: 'part_exceeds_declared', part: entry.name, declared: entry.uncompressedSize }
        : { kind: 'part_corrupt', part: entry.name },
    );
  }

  /**
   * About the first `bytes` bytes of a part (at least that many when the part is that
   * long), inflated from the start of its data only: enough to read a sheet's
   * `<dimension>` without unpacking the sheet. Nothing is kept; a damaged start gives
   * what could be inflated.
   */
  head(part: string, bytes: number): Uint8Array {
    const i = this.index.get(key(part));
    const entry = i === undefined ? undefined : this.entries[i];
    if (i === undefined || !entry) throw new PackageError({ kind: 'part_missing', part });
    const cached = this.inflated.get(i);
    if (cached) return cached.subarray(0, bytes);
    if (entry.method === 0) return entry.data.subarray(0, bytes);
    // A prefix of the stream inflates to a prefix of the part when told not to expect
    // the end. Deflate packs at most ~1032:1, so a sixteenth of `bytes` of stream gives
    // at least that much of the part (the head of a sheet holds its dimension) and never
    // more than the cap, however well it packs.
    const prefix = entry.data.subarray(0, Math.max(1024, bytes >> 4));
    this.count(entry);
    try {
      const out = inflateRawSync(prefix, {
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: Math.max(1, Math.min(entry.uncompressedSize, 1100 * prefix.length)),
      });
      return new Uint8Array(out.buffer, out.byteOffset, Math.min(out.byteLength, bytes));
    } catch {
      return new Uint8Array(0);
    }
  }

  /**
   * Inflates a part once to prove it unpacks to its declared size, keeping nothing; null
   * when it does. A part already inflated and kept has proved it.
   */
  verify(part: string): PackageFailure | null {
    const i = this.index.get(key(part));
    const entry = i === undefined ? undefined : this.entries[i];
    if (!entry) return { kind: 'part_missing', part };
    if (this.inflated.has(i ?? -1)) return null;
    const r = this.inflate(entry);
    if (r.ok) return null;
    return r.kind === 'exceeds_declared'
      ? { kind: 'part_exceeds_declared', part: entry.name, declared: entry.uncompressedSize }
      : { kind: 'part_corrupt', part: entry.name };
  }

  /**
   * How many times each part was inflated so far (whole — a stored part's check counts
   * too — or the head of a deflated sheet for its dimension), by archive name; parts
   * never inflated are absent. Parts put by the writer are not counted: they are deflated.
   */
  inflations(): ReadonlyMap<string, number> {
    return this.unpacked;
  }

  private inflate(entry: ZipEntry): InflateResult {
    this.count(entry);
    return inflateEntry(entry);
  }

  private count(entry: ZipEntry): void {
    this.unpacked.set(entry.name, (this.unpacked.get(entry.name) ?? 0) + 1);
  }

  /** A part's text (see {@link partText}), decoded once and kept until the part is replaced. */
  text(part: string): string {
    const i = this.index.get(key(part)) ?? -1;
    const kept = this.texts.get(i);
    if (kept !== undefined) return kept;
    const bytes = this.bytes(part);
    if (isUtf16(bytes)) this.fromUtf16.add(i);
    const text = partText(bytes);
    this.texts.set(i, text);
    return text;
  }

  /**
   * Lets go of the bytes of every part whose text is kept: once a read has decoded the
   * sheets a write will patch, their text is all the write reads, and the package need
   * not hold both until then.
   */
  dropDecodedBytes(): void {
    for (const i of this.texts.keys()) {
      const bytes = this.inflated.get(i);
      if (bytes && this.ownBytes.has(i) && wholeBuffer(bytes)) this.spare.set(i, bytes);
      this.inflated.delete(i);
      this.ownBytes.delete(i);
    }
  }

  /**
   * The memory of a part's old bytes, let go after its text was decoded, for the writer
   * of its new content to write into (once; undefined when there is none). Memory a
   * process has already touched costs nothing to write again, where a fresh buffer of a
   * sheet's size costs its page faults: on the machines the bench ran on, some 30 ms for
   * each results sheet of case A. Only memory the package inflated itself is handed out.
   */
  takeSpare(part: string): Uint8Array | undefined {
    const i = this.index.get(key(part)) ?? -1;
    const bytes = this.spare.get(i);
    this.spare.delete(i);
    return bytes;
  }

  /**
   * Replaces a part's content with `content` (text, or text already encoded as UTF-8), or
   * adds the part at the end. A part read as UTF-16 gets a UTF-8 XML declaration in place
   * of its own.
   */
  put(part: string, content: string | Uint8Array): void {
    const i = this.index.get(key(part));
    if (i !== undefined) {
      // What the part held is let go before its new content is made, not after.
      this.texts.delete(i);
      this.inflated.delete(i);
      this.ownBytes.delete(i);
      this.spare.delete(i);
    }
    const bytes =
      i !== undefined && this.fromUtf16.has(i)
        ? utf8.encode(
            withUtf8Declaration(typeof content === 'string' ? content : partText(content)),
          )
        : typeof content === 'string'
          ? utf8.encode(content)
          : content;
    const name = normalize(part);
    const nameBytes = utf8.encode(name);
    const base: ZipEntry =
      i !== undefined && this.entries[i]
        ? this.entries[i]
        : {
            name,
            nameBytes,
            versionMadeBy: 20,
            versionNeeded: 20,
            flags: nameBytes.length === name.length ? 0 : FLAG_UTF8,
            method: 8,
            dosTime: 0,
            dosDate: DOS_EPOCH_DATE,
            crc32: 0,
            compressedSize: 0,
            uncompressedSize: 0,
            internalAttributes: 0,
            externalAttributes: 0,
            extra: new Uint8Array(0),
            comment: new Uint8Array(0),
            data: new Uint8Array(0),
          };
    const entry: ZipEntry = {
      ...base,
      versionNeeded: Math.max(base.versionNeeded, 20),
      // Compression-option bits describe the old data; deflate at the default level has none.
      flags: base.flags & FLAG_UTF8,
      method: 8,
      crc32: crc32(bytes),
      // Filled in by toBytes() once the part's deflate (started below) is done.
      compressedSize: 0,
      uncompressedSize: bytes.length,
      data: new Uint8Array(0),
    };
    this.deflating.set(i ?? this.entries.length, deflated(bytes));
    if (i === undefined) {
      this.index.set(key(name), this.entries.length);
      this.inflated.set(this.entries.length, bytes);
      this.entries.push(entry);
    } else {
      this.entries[i] = entry;
      // The new text is not kept: a sheet just written is rarely read again, and it is the
      // largest string of a write-back (its bytes are kept, so a read decodes them).
      this.inflated.set(i, bytes);
      this.fromUtf16.delete(i);
    }
  }

  /**
   * The whole package as an archive: changed parts deflated anew, the others copied as
   * stored. Each part put is deflated on zlib's thread pool from the moment it is put, so
   * a large sheet packs while the next one is being made; this waits for the last.
   */
  async toBytes(): Promise<Uint8Array> {
    for (const [i, pending] of this.deflating) {
      const done = await pending;
      // A part put again while this ran has a newer deflate: it is waited for in its turn.
      if (this.deflating.get(i) !== pending) continue;
      this.deflating.delete(i);
      if (!done.ok) throw done.error;
      const entry = this.entries[i];
      if (entry) this.entries[i] = { ...entry, compressedSize: done.data.length, data: done.data };
    }
    return this.deflating.size > 0 ? this.toBytes() : writeZip(this.entries);
  }
}

/** A part's deflated bytes, or why zlib could not make them (kept until the package is written). */
type Deflated = { ok: true; data: Uint8Array } | { ok: false; error: Error };

/**
 * Output room per round of an asynchronous deflate. zlib hands each full output buffer
 * back through the main thread before it goes on (16 KB by default), so while the main
 * thread is busy writing the next sheet a deflate would stand still after its first
 * 16 KB; with room for a whole sheet's deflated XML (about a tenth of it) it runs to the
 * end on the pool. Only the pages written are touched.
 */
const DEFLATE_ROOM = 4 * 1024 * 1024;

/** Deflates on zlib's thread pool; never rejects, so a deflate nobody waits for is no unhandled error. */
function deflated(content: Uint8Array): Promise<Deflated> {
  const chunkSize = Math.max(constants.Z_MIN_CHUNK, Math.min(content.length + 64, DEFLATE_ROOM));
  return new Promise((resolve) => {
    deflateRaw(content, { chunkSize }, (error, data) => {
      resolve(
        error
          ? { ok: false, error }
          : { ok: true, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) },
      );
    });
  });
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** A part's bytes as text: UTF-16 after its byte order mark, UTF-8 otherwise (its own mark dropped). */
export function partText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * True when `bytes` begin a buffer of their own at least 64 KB long: small buffers may be
 * slices of Node's shared pool, which other buffers use too, and must not be written over.
 */
function wholeBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.buffer.byteLength >= 64 * 1024;
}

/** Part names in the archive carry no leading slash. */
function normalize(part: string): string {
  return part.startsWith('/') ? part.slice(1) : part;
}

/** Part names compare without case (OPC). */
function key(part: string): string {
  return normalize(part).toLowerCase();
}

const UTF8_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

function withUtf8Declaration(text: string): string {
  if (!text.startsWith('<?xml')) return `${UTF8_DECLARATION}\n${text}`;
  const end = text.indexOf('?>');
  return end < 0 ? text : UTF8_DECLARATION + text.slice(end + 2);
}
