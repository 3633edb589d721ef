import { describe, expect, it } from 'vitest';
import { HUZHOU_INDICATORS } from '../../seeds/huzhou-indicators.ts';
import { HUZHOU_LINES } from '../../seeds/huzhou-lines.ts';
import { SEED_DOCS } from '../../seeds/source.ts';
import { ZHEJIANG_2021_TARGETS } from '../../seeds/zhejiang-2021-targets.ts';
import { seedDocLines } from '../support/seed-documents.ts';

const docLines = seedDocLines(SEED_DOCS.zhejiang2021);

function lineText(n: number): string {
  return docLines[n - 1] ?? '';
}

describe('ZHEJIANG_2021_TARGETS (省市场监管局 2021年工作目标)', () => {
  it('comes from a document that is the provincial bureau’s 2021 targets', () => {
    expect(lineText(1)).toBe('2021年工作目标');
    expect(lineText(2)).toContain('省市场监管局');
    expect(ZHEJIANG_2021_TARGETS.every((z) => z.year === 2021 && z.region === '浙江省')).toBe(true);
  });

  it.each(ZHEJIANG_2021_TARGETS.map((z) => [z.id, z.quote, z] as const))(
    '%s: `%s` is on the cited line and on its repeat 20 lines later',
    (_id, _quote, z) => {
      expect(z.source.doc).toBe(SEED_DOCS.zhejiang2021);
      expect(lineText(z.source.line)).toContain(z.quote);
      expect(lineText(z.source.line + 20)).toContain(z.quote);
      expect(z.source.ref).toContain(`line ${z.source.line}`);
      expect(z.quote).toContain(z.targetText);
      expect(Number(/\d+(?:\.\d+)?/.exec(z.targetText)?.[0])).toBe(z.value);
    },
  );

  it('holds the special-equipment line 控制在0.25以内 as inclusive ≤ 0.25, set beside Huzhou’s HZL01', () => {
    expect(ZHEJIANG_2021_TARGETS.find((z) => z.name === '特种设备万台事故率')).toMatchObject({
      targetText: '控制在0.25以内',
      comparator: 'lte',
      value: 0.25,
      fits: 'HZL01',
    });
  });

  it('points `fits` only at Huzhou seeds that exist', () => {
    const ids = new Set([...HUZHOU_INDICATORS.map((s) => s.id), ...HUZHOU_LINES.map((l) => l.id)]);
    const fits = ZHEJIANG_2021_TARGETS.flatMap((z) => (z.fits === null ? [] : [z.fits]));
    expect(fits.length).toBeGreaterThan(0);
    expect(fits.filter((f) => !ids.has(f))).toEqual([]);
  });
});
