import zlib from 'node:zlib';

/**
 * CRC-32 (IEEE 802.3, the checksum ZIP stores for every entry). The writer needs it only
 * for the parts it changes; entries it copies keep their stored checksum.
 */
const TABLE = buildTable();

function buildTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** Node's own CRC-32 (zlib.crc32, Node ≥ 20.15), when this Node has it. */
const native: ((data: Uint8Array) => number) | null = nativeCrc32();

function nativeCrc32(): ((data: Uint8Array) => number) | null {
  const fn: unknown = Reflect.get(zlib, 'crc32');
  return typeof fn === 'function' ? (data) => Number(Reflect.apply(fn, zlib, [data])) >>> 0 : null;
}

/** The CRC-32 of `bytes`, as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array): number {
  if (native) return native(bytes);
  return tableCrc32(bytes);
}

/** The same checksum computed here, for Node versions without zlib.crc32. */
export function tableCrc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
