import { describe, expect, it } from 'vitest';
import { Utf8Sink } from '../../../worker/xlsx/utf8-sink.ts';

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('Utf8Sink', () => {
  it('writes pieces one after the other as UTF-8, Chinese and characters outside the BMP alike', () => {
    const sink = new Utf8Sink(4);
    const pieces = ['<t>', '湖州市', '😀', '</t>', '', 'a&amp;b'];
    for (const p of pieces) sink.write(p);
    const bytes = sink.bytes();
    expect(decode(bytes)).toBe(pieces.join(''));
    expect(bytes.length).toBe(Buffer.byteLength(pieces.join('')));
    expect(sink.length).toBe(bytes.length);
  });

  it('grows past the size it was given, keeping what was written', () => {
    const sink = new Utf8Sink(1024);
    const row = '<row r="1"><c r="A1" t="inlineStr"><is><t>市场监管</t></is></c></row>';
    for (let i = 0; i < 5000; i++) sink.write(row);
    expect(decode(sink.bytes())).toBe(row.repeat(5000));
  });

  it('replaces bytes written earlier with text of the same, a greater or a smaller size', () => {
    const sink = new Utf8Sink(16);
    sink.write('<d ref="A1:B9"/>');
    sink.write('<rows>湖州</rows>');
    sink.replace(0, 16, '<d ref="A1:B8"/>');
    expect(decode(sink.bytes())).toBe('<d ref="A1:B8"/><rows>湖州</rows>');
    sink.replace(0, 16, '<d ref="A1:XFD1048576"/>');
    expect(decode(sink.bytes())).toBe('<d ref="A1:XFD1048576"/><rows>湖州</rows>');
    const at = Buffer.byteLength('<d ref="A1:XFD1048576"/><rows>');
    sink.replace(at, Buffer.byteLength('湖州'), '市');
    expect(decode(sink.bytes())).toBe('<d ref="A1:XFD1048576"/><rows>市</rows>');
    expect(sink.length).toBe(Buffer.byteLength('<d ref="A1:XFD1048576"/><rows>市</rows>'));
    expect(() => sink.replace(sink.length - 2, 3, 'x')).toThrow(RangeError);
  });

  it('hands back exactly the bytes written, copied when the buffer is much larger', () => {
    const sink = new Utf8Sink(1_000_000);
    sink.write('<a/>');
    const bytes = sink.bytes();
    expect(bytes.byteLength).toBe(4);
    expect(bytes.buffer.byteLength).toBeLessThan(1_000_000);
    expect(decode(new Utf8Sink().bytes())).toBe('');
  });

  it('writes into memory it is given, filling it to its last byte before it grows', () => {
    const row = '<row r="1"><c r="A1" t="inlineStr"><is><t>市场监管</t></is></c></row>';
    const size = Buffer.byteLength(row) * 100;
    const memory = new Uint8Array(size).fill(0xaa);
    const sink = new Utf8Sink(0, memory);
    for (let i = 0; i < 100; i++) sink.write(row);
    const full = sink.bytes();
    expect(full.buffer).toBe(memory.buffer);
    expect(decode(full)).toBe(row.repeat(100));
    sink.write('<x/>');
    const grown = sink.bytes();
    expect(grown.buffer).not.toBe(memory.buffer);
    expect(decode(grown)).toBe(`${row.repeat(100)}<x/>`);
  });
});
