import { inflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zip-archive.ts';

/**
 * How much a workbook may unpack to before the worker refuses it. exceljs holds about
 * 30 bytes of heap per byte of sheet XML, so these keep a whole check of the largest
 * workbook allowed inside Node's default heap, and stop a zip bomb before anything is
 * inflated. Each limit is named in the message a refused workbook gets.
 */
export interface PackageLimits {
  /** All parts together, decompressed. */
  unpackedBytes: number;
  /** Rows of one worksheet. */
  sheetRows: number;
  /** Cells of all worksheets together. */
  cells: number;
}

export const DEFAULT_LIMITS: PackageLimits = {
  unpackedBytes: 256 * 1024 * 1024,
  sheetRows: 200_000,
  cells: 2_000_000,
};

/** The inflated content of an entry, or why there is none. */
export type InflateResult =
  { ok: true; bytes: Uint8Array } | { ok: false; kind: 'exceeds_declared' | 'corrupt' };

/**
 * Inflates one entry, never to more than the size the archive declares for it: an entry
 * that would unpack to more lies about its size (the trick of a zip bomb) and is refused
 * as soon as the output passes the declared size.
 */
export function inflateEntry(entry: ZipEntry): InflateResult {
  if (entry.method === 0) {
    return entry.data.length === entry.uncompressedSize
      ? { ok: true, bytes: entry.data }
      : { ok: false, kind: 'corrupt' };
  }
  let out: Buffer;
  try {
    out = inflateRawSync(entry.data, {
      maxOutputLength: Math.max(1, entry.uncompressedSize),
      chunkSize: outputChunk(entry.uncompressedSize),
    });
  } catch (err) {
    const tooBig =
      err instanceof RangeError ||
      (err instanceof Error && 'code' in err && err.code === 'ERR_BUFFER_TOO_LARGE');
    return { ok: false, kind: tooBig ? 'exceeds_declared' : 'corrupt' };
  }
  if (out.length !== entry.uncompressedSize) return { ok: false, kind: 'corrupt' };
  return { ok: true, bytes: new Uint8Array(out.buffer, out.byteOffset, out.byteLength) };
}

/**
 * zlib's output buffer for an entry: one byte more than the declared size, so a part that
 * is what it says comes out of one buffer (zlib's default 16 KB chunks cost a copy of the
 * whole part to join, ~50 ms on a 17 MB sheet) and one that is larger fills it and is
 * caught. Capped: a lying size never reserves more than that at once.
 */
function outputChunk(declared: number): number {
  return Math.max(64, Math.min(declared + 1, 32 * 1024 * 1024));
}

/** A size for messages: `256 MB`, `12 KB`, `900 bytes`. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
  return `${bytes} bytes`;
}
