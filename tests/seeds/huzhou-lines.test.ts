import { describe, expect, it } from 'vitest';
import type { Comparator } from '../../shared/model/line.ts';
import { HUZHOU_INDICATORS } from '../../seeds/huzhou-indicators.ts';
import { HUZHOU_LINES, HUZHOU_NOT_LINES } from '../../seeds/huzhou-lines.ts';
import { SEED_DOCS } from '../../seeds/source.ts';
import { seedDocLines } from '../support/seed-documents.ts';

const docLines = seedDocLines(SEED_DOCS.huzhouPlan);

function lineText(n: number): string {
  return docLines[n - 1] ?? '';
}

/** The comparator the wording implies, read independently of the seed file. */
function comparatorOf(targetText: string): Comparator {
  if (targetText.includes('低于')) return 'lt';
  if (/控制在.*以内/.test(targetText)) return 'lte';
  if (/突破|超过|超/.test(targetText)) return 'gt';
  return 'gte';
}

describe('HUZHOU_LINES (numeric targets in the Huzhou plan text)', () => {
  it.each(HUZHOU_LINES.map((l) => [l.id, l.targetText, l] as const))(
    '%s: `%s` is written in its quote, and the quote is on the cited line',
    (_id, _text, l) => {
      expect(l.source.doc).toBe(SEED_DOCS.huzhouPlan);
      expect(lineText(l.source.line)).toContain(l.quote);
      expect(l.quote).toContain(l.targetText);
      expect(l.source.ref).toBe(`line ${l.source.line}: ${l.quote}`);
    },
  );

  it.each(HUZHOU_LINES.map((l) => [l.id, l.targetText, l] as const))(
    '%s: `%s` reads as the comparator and number the seed gives',
    (_id, _text, l) => {
      expect(l.comparator).toBe(comparatorOf(l.targetText));
      const figure = /\d+(?:\.\d+)?/.exec(l.targetText);
      expect(Number(figure?.[0])).toBe(l.value);
      expect(l.yearly).toBe(l.targetText.startsWith('每年'));
    },
  );

  it.each([
    ['HZL01', '低于0.36', 'lt', 0.36],
    ['HZL02', '稳定在98.5%以上', 'gte', 98.5],
    ['HZL03', '达到90以上', 'gte', 90],
  ])('%s is the line `%s` (%s %s) the brief names first', (id, targetText, comparator, value) => {
    expect(HUZHOU_LINES.find((l) => l.id === id)).toMatchObject({ targetText, comparator, value });
  });

  it('numbers the lines HZL01… without gaps and lists the table restatements last', () => {
    expect(HUZHOU_LINES.map((l) => l.id)).toEqual(
      HUZHOU_LINES.map((_, i) => `HZL${String(i + 1).padStart(2, '0')}`),
    );
    const firstDuplicate = HUZHOU_LINES.findIndex((l) => l.duplicates !== null);
    expect(HUZHOU_LINES.slice(firstDuplicate).every((l) => l.duplicates !== null)).toBe(true);
    expect(
      HUZHOU_LINES.slice(0, firstDuplicate)
        .map((l) => l.id)
        .at(-1),
    ).toBe('HZL20');
  });

  it('ties every restatement to a 表1 row whose 2025 figure it repeats (HZ22: the one centre it adds)', () => {
    const dups = HUZHOU_LINES.filter((l) => l.duplicates !== null);
    expect(dups.map((l) => l.duplicates)).toEqual([
      'HZ01',
      'HZ02',
      'HZ03',
      'HZ05',
      'HZ06',
      'HZ07',
      'HZ22',
    ]);
    for (const l of dups) {
      const row = HUZHOU_INDICATORS.find((s) => s.id === l.duplicates);
      if (!row) throw new Error(`${l.id} names a missing row`);
      const expected = l.duplicates === 'HZ22' ? row.target - (row.baseline ?? 0) : row.target;
      expect(l.value, l.id).toBe(expected);
    }
  });

  it('files every line under a 表1 category or 监管效能', () => {
    const allowed = new Set(['营商环境', '质量提升', '市场安全', '科技支撑', '监管效能']);
    expect(HUZHOU_LINES.filter((l) => !allowed.has(l.category))).toEqual([]);
  });

  it('keeps the 十三五 achievements out of the lines, citing where they are written', () => {
    for (const n of HUZHOU_NOT_LINES) {
      expect(lineText(n.line)).toContain(n.quote);
      expect(
        HUZHOU_LINES.some(
          (l) =>
            l.source.line === n.line && (l.quote.includes(n.quote) || n.quote.includes(l.quote)),
        ),
      ).toBe(false);
    }
    expect(HUZHOU_NOT_LINES.map((n) => n.quote)).toContain('时间压缩到至1个工作日');
  });
});
