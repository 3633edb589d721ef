import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readZip, type ZipEntry } from '../../../worker/xlsx/zip-archive.ts';
import { writeZip } from '../../../worker/xlsx/zip-write.ts';

async function jszip(
  files: Record<string, string>,
  options: { streamFiles?: boolean } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    streamFiles: options.streamFiles ?? false,
  });
}

function entries(bytes: Uint8Array): ZipEntry[] {
  const r = readZip(bytes);
  if (!r.ok) throw new Error(r.failure.kind);
  return r.entries;
}

/** A one-entry archive written by hand, with the fields a test wants to spoil. */
function handMade(over: Partial<ZipEntry> = {}): Uint8Array {
  const content = new TextEncoder().encode('<a/>');
  const data = deflateRawSync(content);
  const name = 'a.xml';
  return writeZip([
    {
      name,
      nameBytes: new TextEncoder().encode(name),
      versionMadeBy: 20,
      versionNeeded: 20,
      flags: 0,
      method: 8,
      dosTime: 0,
      dosDate: 33,
      crc32: crc32(content),
      compressedSize: data.length,
      uncompressedSize: content.length,
      internalAttributes: 0,
      externalAttributes: 0,
      extra: new Uint8Array(0),
      comment: new Uint8Array(0),
      data: new Uint8Array(data),
      ...over,
    },
  ]);
}

describe('readZip and writeZip', () => {
  it('read every entry of an archive with its stored bytes, sizes and checksum', async () => {
    const bytes = await jszip({ 'a.xml': '<a>湖州</a>', 'xl/b.xml': 'b'.repeat(1000) });
    const list = entries(bytes);
    expect(list.map((e) => e.name)).toEqual(['a.xml', 'xl/', 'xl/b.xml']);
    const b = list[2];
    expect(b?.uncompressedSize).toBe(1000);
    expect(b?.method).toBe(8);
    expect(b && b.compressedSize < 100).toBe(true);
    expect(b?.crc32).toBe(crc32(new TextEncoder().encode('b'.repeat(1000))));
  });

  it('read archives whose sizes follow the data (data descriptors), as streaming writers make them', async () => {
    const list = entries(await jszip({ 'a.xml': '<a/>' }, { streamFiles: true }));
    expect(list[0]?.uncompressedSize).toBe(4);
    expect((list[0]?.flags ?? 0) & 0x08).toBe(0x08);
  });

  it('write entries back with their stored bytes unchanged, readable by another ZIP reader', async () => {
    const original = await jszip(
      { 'a.xml': '<a>湖州</a>', 'b.bin': '\u0001\u0002' },
      { streamFiles: true },
    );
    const copy = writeZip(entries(original));
    const again = entries(copy);
    expect(again.map((e) => Buffer.from(e.data).toString('hex'))).toEqual(
      entries(original).map((e) => Buffer.from(e.data).toString('hex')),
    );
    const other = await JSZip.loadAsync(copy);
    expect(await other.file('a.xml')?.async('string')).toBe('<a>湖州</a>');
  });

  it('call an archive cut short truncated, wherever it was cut', async () => {
    const bytes = await jszip({ 'a.xml': 'x'.repeat(5000), 'b.xml': 'y' });
    for (const keep of [10, Math.floor(bytes.length / 2), bytes.length - 1]) {
      expect(readZip(bytes.subarray(0, keep))).toEqual({
        ok: false,
        failure: { kind: 'truncated' },
      });
    }
  });

  it('refuse encrypted entries, unknown compression and repeated names', () => {
    expect(readZip(handMade({ flags: 1 }))).toEqual({
      ok: false,
      failure: { kind: 'encrypted', entry: 'a.xml' },
    });
    expect(readZip(handMade({ method: 12 }))).toEqual({
      ok: false,
      failure: { kind: 'unsupported_method', entry: 'a.xml', method: 12 },
    });
    const one = entries(handMade())[0];
    if (!one) throw new Error('no entry');
    expect(readZip(writeZip([one, { ...one }]))).toEqual({
      ok: false,
      failure: { kind: 'duplicate_entry', entry: 'a.xml' },
    });
  });
});
