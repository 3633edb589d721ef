import { describe, expect, it } from 'vitest';
import { HUZHOU_INDICATORS } from '../../seeds/huzhou-indicators.ts';
import { HUZHOU_LINES } from '../../seeds/huzhou-lines.ts';
import { DOC_REGIONS, REPORTED_FIGURES } from '../../seeds/reported-figures.ts';
import { seedDocLines } from '../support/seed-documents.ts';

const cache = new Map<string, string[]>();

function lineText(doc: string, n: number): string {
  let lines = cache.get(doc);
  if (!lines) {
    lines = seedDocLines(doc);
    cache.set(doc, lines);
  }
  return lines[n - 1] ?? '';
}

describe('REPORTED_FIGURES (actuals quoted from the seed documents)', () => {
  it.each(REPORTED_FIGURES.map((f) => [f.id, f.value, f.unit, f] as const))(
    '%s: %s %s is printed in the quote on its cited line',
    (_id, _value, _unit, f) => {
      expect(lineText(f.source.doc, f.source.line)).toContain(f.quote);
      expect(f.quote).toContain(String(f.value));
      expect(f.source.ref).toBe(`line ${f.source.line}: ${f.quote}`);
    },
  );

  it('prints each figure with its unit right after the number (a 余 aside), or with no unit at the end', () => {
    for (const f of REPORTED_FIGURES) {
      const withUnit = f.quote.replace('余', '').includes(`${f.value}${f.unit}`);
      const unitNotWritten = f.quote.endsWith(String(f.value));
      expect(withUnit || unitNotWritten, `${f.id} ${f.quote}`).toBe(true);
    }
    expect(
      REPORTED_FIGURES.filter((f) => f.quote.endsWith(String(f.value))).map((f) => f.quote),
    ).toEqual(['每万人有效发明专利拥有量40.38']);
  });

  it('marks as approximate exactly the figures written with 余 or 超', () => {
    for (const f of REPORTED_FIGURES) {
      expect(f.approximate, f.id).toBe(/余|超/.test(f.quote));
    }
  });

  it('names each document’s region and year from words the document itself contains', () => {
    for (const d of DOC_REGIONS) {
      for (const e of d.evidence)
        expect(lineText(d.doc, e.line), `${d.doc} line ${e.line}`).toContain(e.quote);
      expect(d.evidence.some((e) => e.quote.includes(d.region.slice(0, 2)))).toBe(true);
      expect(
        d.evidence.some((e) => e.quote.includes(String(d.year)) || e.quote.includes('十三五末')),
      ).toBe(true);
    }
  });

  it('gives each figure the region and year of its document', () => {
    for (const f of REPORTED_FIGURES) {
      const d = DOC_REGIONS.find((r) => r.doc === f.source.doc);
      expect({ region: f.region, year: f.year }, f.id).toEqual({
        region: d?.region,
        year: d?.year,
      });
    }
  });

  it('fits Huzhou ids that exist, with numbered ids RF01… and no duplicates', () => {
    const ids = new Set([...HUZHOU_INDICATORS.map((s) => s.id), ...HUZHOU_LINES.map((l) => l.id)]);
    const huzhouFits = REPORTED_FIGURES.filter((f) => /^HZL?\d+$/.test(f.fits));
    expect(huzhouFits.length).toBeGreaterThan(5);
    expect(huzhouFits.filter((f) => !ids.has(f.fits)).map((f) => f.id)).toEqual([]);
    expect(REPORTED_FIGURES.map((f) => f.id)).toEqual(
      REPORTED_FIGURES.map((_, i) => `RF${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('includes the monitoring batches 监督抽检1899批次 and 不合格56批次 of 2023', () => {
    const batches = REPORTED_FIGURES.filter((f) => f.unit === '批次' && f.year === 2023).map(
      (f) => f.value,
    );
    expect(batches).toEqual(expect.arrayContaining([1899, 56]));
  });
});
