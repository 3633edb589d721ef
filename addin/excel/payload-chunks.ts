/**
 * Excel on the web refuses a request or a response above 5 MB (`RequestPayloadSizeLimitExceeded`,
 * `ResponsePayloadSizeLimitExceeded`). Writes are measured before they are queued and
 * split into row chunks that each fit; reads are split only when Excel says a response
 * was too large, since its size is unknown until then.
 */

/** Excel on the web's limit on one request or response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What one write chunk may carry: the limit less headroom for the rest of the batch
 * (addresses, formats, the calls themselves) and for office-js's own framing.
 */
export const CHUNK_BUDGET_BYTES = 4 * 1024 * 1024;

/** Office error codes for a request or response over the limit. */
const TOO_LARGE_CODES: readonly string[] = [
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
];

/** UTF-8 bytes of a text (what goes over the wire). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** UTF-8 bytes of a value as JSON. */
export function jsonBytes(value: unknown): number {
  // JSON.stringify gives undefined for undefined (and functions), whatever its type says.
  const json = JSON.stringify(value) as string | undefined;
  return utf8Bytes(json ?? '');
}

/** A run of consecutive rows: `rows` starts at offset `start` of the whole block. */
export interface RowChunk<T> {
  start: number;
  rows: T[][];
}

/**
 * Splits rows into consecutive chunks whose JSON each stays within `budget` bytes. One
 * chunk when everything fits; a single row larger than the budget is a chunk of its own
 * (no split can make it smaller).
 */
export function rowChunks<T>(
  rows: readonly T[][],
  budget: number = CHUNK_BUDGET_BYTES,
): RowChunk<T>[] {
  const chunks: RowChunk<T>[] = [];
  let current: T[][] = [];
  let start = 0;
  let size = 2;
  rows.forEach((row, i) => {
    const bytes = jsonBytes(row) + 1;
    if (current.length > 0 && size + bytes > budget) {
      chunks.push({ start, rows: current });
      current = [];
      start = i;
      size = 2;
    }
    current.push(row);
    size += bytes;
  });
  if (current.length > 0 || chunks.length === 0) chunks.push({ start, rows: current });
  return chunks;
}

/** True for the error Excel gives when a request or response is over the limit. */
export function isPayloadTooLarge(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || !('code' in err)) return false;
  const code: unknown = err.code;
  return typeof code === 'string' && TOO_LARGE_CODES.includes(code);
}

/** Splits `count` rows into `parts` nearly equal consecutive spans `[start, length]`. */
export function rowSpans(count: number, parts: number): [number, number][] {
  const spans: [number, number][] = [];
  const size = Math.ceil(count / Math.max(1, parts));
  for (let start = 0; start < count; start += size)
    spans.push([start, Math.min(size, count - start)]);
  return spans;
}
