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
