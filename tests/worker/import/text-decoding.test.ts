import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../worker/import/text-decoding.ts';

const TEXT = '编号,指标名称\n1,食品评价性抽检合格率\n';

function utf16be(s: string): Uint8Array {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
}

describe('decodeCsvBytes', () => {
  it.each<[string, Uint8Array]>([
    ['UTF-8 without BOM', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
    // 编号,指标名称 … in GBK, as Excel on Chinese Windows saves "CSV (逗号分隔)".
    [
      'GB18030',
      new Uint8Array([
        ...Buffer.from('b1e0bac52cd6b8b1eac3fbb3c60a312c', 'hex'),
        ...Buffer.from('cab3c6b7c6c0bcdbd0d4b3e9bcecbacfb8f1c2ca0a', 'hex'),
      ]),
    ],
  ])('reads %s', (_name, bytes) => {
    expect(decodeCsvBytes(bytes)).toBe(TEXT);
  });
});
