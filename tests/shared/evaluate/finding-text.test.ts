import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '../../../shared/parse/period.ts';
import { breachedText, noDataText, periodLabel } from '../../../shared/evaluate/finding-text.ts';
import { line } from './factory.ts';

function at(text: string): Period {
  const p = parsePeriod(text);
  if (p === null) throw new Error(text);
  return p;
}

describe('periodLabel', () => {
  it.each([
    ['2024', '2024年', '2024'],
    ['2024-Q3', '2024年第3季度', '2024 Q3'],
    ['2024-09', '2024年9月', '2024-09'],
  ])('writes %s as %s and %s', (text, zh, en) => {
    expect(periodLabel(at(text))).toEqual({ zh, en });
  });
});

describe('finding messages', () => {
  it('name indicator, region, period and figures: 万台特种设备事故率 湖州市 2024年第3季度 0.41 ≥ 底线 0.36', () => {
    const subject = { name: '万台特种设备事故率', region: '湖州市', unit: '' };
    expect(breachedText(subject, at('2024-Q3'), 0.41, line('lt', 0.36))).toEqual({
      zh: '万台特种设备事故率 湖州市 2024年第3季度 0.41 ≥ 底线 0.36',
      en: '万台特种设备事故率 湖州市 2024 Q3: 0.41 ≥ limit 0.36',
    });
  });

  it('leave out an empty region instead of a double space', () => {
    const subject = { name: '新设企业数', region: '', unit: '家' };
    expect(noDataText(subject, at('2024-09'), '2024-10-10', null).zh).toBe(
      '新设企业数 规划以来未报送任何实绩（2024年9月应于 2024-10-10 前报送）',
    );
  });

  it('name the period, its due date and the latest period reported', () => {
    const subject = { name: '新设企业数', region: '湖州市', unit: '家' };
    expect(noDataText(subject, at('2024'), '2025-01-30', at('2022'))).toEqual({
      zh: '新设企业数 湖州市 2024年未报送（应于 2025-01-30 前报送；最近一次为 2022年）',
      en: '新设企业数 湖州市 2024: not reported (due by 2025-01-30; latest reported 2022)',
    });
  });
});
