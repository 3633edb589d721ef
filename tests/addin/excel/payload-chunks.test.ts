import { describe, expect, it } from 'vitest';
import {
  isPayloadTooLarge,
  jsonBytes,
  rowChunks,
  rowSpans,
  utf8Bytes,
} from '../../../addin/excel/payload-chunks.ts';

describe('payload chunks', () => {
  it('counts UTF-8 bytes as they go over the wire', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('指标')).toBe(6);
    expect(utf8Bytes('😀')).toBe(4);
    expect(jsonBytes([['指标', 1]])).toBe('[["指标",1]]'.length + 4);
  });

  it('keeps rows in one chunk while they fit and splits them in order when not', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`row${i}`, 'x'.repeat(90)]);
    expect(rowChunks(rows, 10_000)).toEqual([{ start: 0, rows }]);
    const chunks = rowChunks(rows, 350);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.flatMap((c) => c.rows)).toEqual(rows);
    for (const c of chunks) expect(jsonBytes(c.rows)).toBeLessThanOrEqual(350);
    expect(chunks.map((c) => c.start)).toEqual(
      chunks.map((_, i) => chunks.slice(0, i).reduce((n, x) => n + x.rows.length, 0)),
    );
  });

  it('gives a row larger than the budget a chunk of its own', () => {
    const chunks = rowChunks([['a'], ['x'.repeat(500)], ['b']], 100);
    expect(chunks.map((c) => c.rows.length)).toEqual([1, 1, 1]);
  });

  it('recognises Excel’s payload-limit errors only', () => {
    expect(isPayloadTooLarge({ code: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadTooLarge({ code: 'ResponsePayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadTooLarge({ code: 'ItemNotFound' })).toBe(false);
    expect(isPayloadTooLarge(new Error('x'))).toBe(false);
  });

  it('splits a row count into consecutive spans', () => {
    expect(rowSpans(10, 3)).toEqual([
      [0, 4],
      [4, 4],
      [8, 2],
    ]);
    expect(rowSpans(1, 4)).toEqual([[0, 1]]);
  });
});
