import { describe, expect, it } from 'vitest';
import { alertFingerprint } from '../../../shared/alerts/fingerprint.ts';

describe('alertFingerprint', () => {
  it('gives the same id for the same indicator, region and rule every time', () => {
    expect(alertFingerprint('HZL01', '湖州市', 'line')).toBe(
      alertFingerprint('HZL01', '湖州市', 'line'),
    );
  });

  it('ignores surrounding spaces a planner may type', () => {
    expect(alertFingerprint(' HZL01 ', '湖州市 ', 'line')).toBe(
      alertFingerprint('HZL01', '湖州市', 'line'),
    );
  });

  it('tells apart indicators, regions and rules', () => {
    const ids = new Set([
      alertFingerprint('HZL01', '湖州市', 'line'),
      alertFingerprint('HZL01', '吴兴区', 'line'),
      alertFingerprint('HZL01', '湖州市', 'pace'),
      alertFingerprint('HZL02', '湖州市', 'line'),
      // The separator keeps ("A","BC") apart from ("AB","C").
      alertFingerprint('A', 'BC', 'line'),
      alertFingerprint('AB', 'C', 'line'),
    ]);
    expect(ids.size).toBe(6);
  });

  it('is a short readable id: A + 12 hex digits', () => {
    expect(alertFingerprint('HZ17', '德清县', 'consistency')).toMatch(/^A[0-9a-f]{12}$/);
  });
});

/** FNV-1a 64-bit as first written, with BigInt: the oracle the 32-bit halves are held to. */
function referenceFingerprint(id: string, region: string, rule: string): string {
  const bytes = new TextEncoder().encode(`${id.trim()}\u0000${region.trim()}\u0000${rule}`);
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return `A${hash.toString(16).padStart(16, '0').slice(0, 12)}`;
}

describe('alertFingerprint, the ids already in planners’ workbooks', () => {
  it('keeps giving the ids it gave: acknowledgements are matched by them', () => {
    expect(alertFingerprint('HZL01', '湖州市', 'line')).toBe('A88d32c27af33');
    expect(alertFingerprint('HZ17', '德清县', 'consistency')).toBe('Aa444264a95b8');
    expect(alertFingerprint('A', 'BC', 'line')).toBe('A7c5161d1eff4');
    expect(alertFingerprint('', '', 'pace')).toBe('Abcf99c5e97fd');
    expect(alertFingerprint('𠀀X', '区', 'missing')).toBe('Ac21defd2784a');
  });

  it('agrees with the 64-bit reference on varied ids and regions', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    // Characters of one, two, three and four UTF-8 bytes, and the separator itself.
    const pool = ['A', 'z', '0', ' ', '-', 'é', '湖', '州', '县', '区', '𠀀', '\u0000'];
    const text = (): string =>
      Array.from({ length: next() % 24 }, () => pool[next() % pool.length] ?? '').join('');
    for (let i = 0; i < 500; i++) {
      const [id, region] = [text(), text()];
      expect(alertFingerprint(id, region, 'pace')).toBe(referenceFingerprint(id, region, 'pace'));
    }
  });
});
