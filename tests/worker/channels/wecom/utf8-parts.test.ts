import { describe, expect, it } from 'vitest';
import { utf8Parts } from '../../../../worker/channels/wecom/utf8-parts.ts';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('utf8Parts', () => {
  it('keeps text that fits as one part', () => {
    expect(utf8Parts('指标\n预警\n', 100)).toEqual(['指标\n预警\n']);
  });

  it('cuts at line ends when lines fit', () => {
    // Each line is 3 characters of 3 bytes plus a newline: 10 bytes.
    expect(utf8Parts('一二三\n四五六\n七八九\n', 20)).toEqual(['一二三\n四五六\n', '七八九\n']);
  });

  it('cuts an overlong line between characters, keeping an emoji sequence whole', () => {
    const family = '👩‍👩‍👧'; // 18 bytes, one grapheme
    const text = `${'中'.repeat(5)}${family}${'文'.repeat(5)}`;
    const parts = utf8Parts(text, 20);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(bytes(part)).toBeLessThanOrEqual(20);
    expect(parts.some((p) => p.includes(family))).toBe(true);
  });

  it('gives nothing for empty text', () => {
    expect(utf8Parts('', 10)).toEqual([]);
  });
});
