import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/seeded-random.ts';
import { readZip } from '../../../worker/xlsx/zip-archive.ts';
import { writeZip } from '../../../worker/xlsx/zip-write.ts';
import { PackageError, XlsxPackage } from '../../../worker/xlsx/xlsx-package.ts';

async function archive(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function open(bytes: Uint8Array): XlsxPackage {
  const r = XlsxPackage.open(bytes);
  if (!r.ok) throw new Error(r.failure.kind);
  return r.pkg;
}

describe('XlsxPackage', () => {
  it('reads parts by name without case or leading slash, UTF-8 and UTF-16 alike', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>规划</a>', 'utf16le')]);
    const zip = new JSZip();
    zip.file('xl/Workbook.xml', '<w>湖州</w>');
    zip.file('xl/u16.xml', utf16);
    const pkg = open(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(pkg.text('/xl/workbook.xml')).toBe('<w>湖州</w>');
    expect(pkg.text('xl/u16.xml')).toBe('<a>规划</a>');
    expect(pkg.has('xl/missing.xml')).toBe(false);
  });

  it('writes back the parts it did not change with their compressed bytes untouched', async () => {
    const bytes = await archive({ 'a.xml': '<a/>', 'b.xml': '<b>不动</b>' });
    const pkg = open(bytes);
    pkg.put('a.xml', '<a>新</a>');
    pkg.put('c/new.xml', '<c/>');
    const out = await pkg.toBytes();
    const before = readZip(bytes);
    const after = readZip(out);
    if (!before.ok || !after.ok) throw new Error('unreadable');
    expect(after.entries.map((e) => e.name)).toEqual(['a.xml', 'b.xml', 'c/new.xml']);
    expect(
      Buffer.from(after.entries[1]?.data ?? []).equals(Buffer.from(before.entries[1]?.data ?? [1])),
    ).toBe(true);
    const other = await JSZip.loadAsync(out);
    expect(await other.file('a.xml')?.async('string')).toBe('<a>新</a>');
    expect(await other.file('c/new.xml')?.async('string')).toBe('<c/>');
  });

  it('writes parts whose deflated bytes fill several of zlib’s output buffers whole', async () => {
    // Bytes that barely pack: deflated, more than the room one round of zlib's output has.
    const seeded = (n: number, seed: number): Uint8Array => {
      const random = seededRandom(seed);
      return Uint8Array.from({ length: n }, () => random.int(0, 255));
    };
    const large = seeded(9 * 1024 * 1024, 1);
    const small = seeded(100, 2);
    const pkg = open(await archive({ 'a.bin': 'a', 'b.bin': 'b' }));
    pkg.put('a.bin', large);
    pkg.put('b.bin', small);
    const other = await JSZip.loadAsync(await pkg.toBytes());
    const a = await other.file('a.bin')?.async('uint8array');
    expect(a && Buffer.from(a).equals(Buffer.from(large))).toBe(true);
    const b = await other.file('b.bin')?.async('uint8array');
    expect(b && Buffer.from(b).equals(Buffer.from(small))).toBe(true);
  });

  it('writes a part given as UTF-8 bytes as they are, a UTF-16 part with a UTF-8 declaration', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<?xml version="1.0" encoding="UTF-16"?><a>旧</a>', 'utf16le'),
    ]);
    const zip = new JSZip();
    zip.file('a.xml', '<a/>');
    zip.file('u16.xml', utf16);
    const pkg = open(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    pkg.text('u16.xml');
    const utf8 = new TextEncoder();
    pkg.put('a.xml', utf8.encode('<a>湖州😀</a>'));
    pkg.put('u16.xml', utf8.encode('<?xml version="1.0" encoding="UTF-16"?><a>新</a>'));
    expect(pkg.text('a.xml')).toBe('<a>湖州😀</a>');
    const other = await JSZip.loadAsync(await pkg.toBytes());
    expect(await other.file('a.xml')?.async('string')).toBe('<a>湖州😀</a>');
    expect(await other.file('u16.xml')?.async('string')).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a>新</a>',
    );
  });

  it('writes the last content of a part put again while its first deflate ran, and each archive from the parts as they are', async () => {
    const pkg = open(await archive({ 'a.xml': '<a/>' }));
    const big = `<a>${'湖州 '.repeat(200_000)}</a>`;
    pkg.put('a.xml', big);
    pkg.put('a.xml', '<a>二</a>');
    pkg.put('n.xml', big);
    expect(pkg.text('a.xml')).toBe('<a>二</a>');
    const first = await JSZip.loadAsync(await pkg.toBytes());
    expect(await first.file('a.xml')?.async('string')).toBe('<a>二</a>');
    expect(await first.file('n.xml')?.async('string')).toBe(big);
    pkg.put('n.xml', '<n/>');
    const second = readZip(await pkg.toBytes());
    if (!second.ok) throw new Error('unreadable');
    const n = second.entries.find((e) => e.name === 'n.xml');
    expect(n?.compressedSize).toBe(n?.data.length);
    expect(Buffer.from(deflateRawSync('<n/>')).equals(Buffer.from(n?.data ?? []))).toBe(true);
  });

  it('keeps the text of a decoded part once its bytes are let go, without inflating it again', async () => {
    const pkg = open(await archive({ 'sheet.xml': '<s>湖州</s>', 'other.xml': '<o/>' }));
    expect(pkg.text('sheet.xml')).toBe('<s>湖州</s>');
    pkg.bytes('other.xml');
    pkg.dropDecodedBytes();
    expect(pkg.text('sheet.xml')).toBe('<s>湖州</s>');
    expect(new TextDecoder().decode(pkg.bytes('other.xml'))).toBe('<o/>');
    expect(Object.fromEntries(pkg.inflations())).toEqual({ 'sheet.xml': 1, 'other.xml': 1 });
  });

  it('hands a writer the memory of a large decoded part once, never a stored part or the file itself', async () => {
    const sheet = `<s>${'<r>湖州</r>'.repeat(20_000)}</s>`;
    const zip = new JSZip();
    zip.file('big.xml', sheet, { compression: 'DEFLATE' });
    zip.file('stored.xml', sheet, { compression: 'STORE' });
    zip.file('small.xml', '<s>小</s>', { compression: 'DEFLATE' });
    const file = await zip.generateAsync({ type: 'uint8array' });
    const copy = file.slice();
    const pkg = open(file);
    for (const part of ['big.xml', 'stored.xml', 'small.xml']) pkg.text(part);
    pkg.dropDecodedBytes();
    const spare = pkg.takeSpare('big.xml');
    expect(spare?.byteLength).toBe(Buffer.byteLength(sheet));
    expect(pkg.takeSpare('big.xml')).toBeUndefined();
    expect(pkg.takeSpare('stored.xml')).toBeUndefined();
    expect(pkg.takeSpare('small.xml')).toBeUndefined();
    // Written over, the spare memory changes nothing the package or the file still holds.
    spare?.fill(0x20);
    expect(pkg.text('big.xml')).toBe(sheet);
    expect(Buffer.from(file).equals(Buffer.from(copy))).toBe(true);
    const out = readZip(await pkg.toBytes());
    if (!out.ok) throw new Error('unreadable');
    expect(out.entries.map((e) => e.name)).toEqual(['big.xml', 'stored.xml', 'small.xml']);
    const again = open(await pkg.toBytes());
    expect(again.text('big.xml')).toBe(sheet);
    expect(again.text('stored.xml')).toBe(sheet);
  });

  it('hands out no spare memory for a part put since it was decoded', async () => {
    const pkg = open(await archive({ 'big.xml': `<s>${'<r>湖州</r>'.repeat(20_000)}</s>` }));
    pkg.text('big.xml');
    pkg.put('big.xml', '<s/>');
    pkg.text('big.xml');
    pkg.dropDecodedBytes();
    expect(pkg.takeSpare('big.xml')).toBeUndefined();
    expect(pkg.text('big.xml')).toBe('<s/>');
  });

  it('refuses before inflating anything an archive that declares more unpacked bytes than the limit', async () => {
    const bytes = await archive({ 'a.xml': 'a'.repeat(2000), 'b.xml': 'b'.repeat(2000) });
    const r = XlsxPackage.open(bytes, { unpackedBytes: 3000, sheetRows: 10, cells: 10 });
    expect(r).toEqual({
      ok: false,
      failure: { kind: 'unpacked_too_large', bytes: 4000, limit: 3000 },
    });
  });

  it('stops inflating a part that unpacks to more than it declares', () => {
    const real = deflateRawSync(Buffer.alloc(1_000_000));
    const lying = readZip(
      writeZip([
        {
          name: 'x.xml',
          nameBytes: new TextEncoder().encode('x.xml'),
          versionMadeBy: 20,
          versionNeeded: 20,
          flags: 0,
          method: 8,
          dosTime: 0,
          dosDate: 33,
          crc32: 0,
          compressedSize: real.length,
          uncompressedSize: 100,
          internalAttributes: 0,
          externalAttributes: 0,
          extra: new Uint8Array(0),
          comment: new Uint8Array(0),
          data: new Uint8Array(real),
        },
      ]),
    );
    if (!lying.ok) throw new Error('unreadable');
    const pkg = open(writeZip(lying.entries));
    expect(pkg.verify('x.xml')).toEqual({
      kind: 'part_exceeds_declared',
      part: 'x.xml',
      declared: 100,
    });
    expect(() => pkg.bytes('x.xml')).toThrow(PackageError);
  });
});
