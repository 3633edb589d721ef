import { describe, expect, it } from 'vitest';
import { MAX_DIGEST_ENTRIES, omittedText } from '../../../shared/digest/entry-cap.ts';
import { buildPersonDigest, type DigestReader } from '../../../shared/digest/person-digest.ts';
import type {
  DigestContent,
  DigestCounts,
  DigestGroup,
  DigestItem,
  DigestPlan,
  DigestSection,
  DigestSectionKey,
} from '../../../shared/model/digest.ts';
import type { Severity, Status } from '../../../shared/model/status.ts';
import { digestItem } from '../../worker/digest/sample-digest.ts';

const reader: DigestReader = { name: '局长', email: 'juzhang@example.gov.cn', language: 'zh-CN' };

function items(
  n: number,
  tag: string,
  over: { category: string; status: Status; severity: Severity; kind?: DigestItem['kind'] },
): DigestItem[] {
  return Array.from({ length: n }, (_, i) =>
    digestItem({ ...over, id: `${tag}${String(i).padStart(3, '0')}`, alertId: `${tag}-${i}` }),
  );
}

function section(key: DigestSectionKey, groups: DigestGroup[]): DigestSection {
  return { key, groups, count: groups.reduce((n, g) => n + g.items.length, 0) };
}

function plan(workbook: string, sections: DigestSection[]): DigestPlan {
  const counts: DigestCounts = { critical: 0, warning: 0, info: 0 };
  for (const s of sections)
    if (s.key !== 'resolved')
      for (const g of s.groups) for (const i of g.items) counts[i.severity] += 1;
  return {
    planName: workbook,
    workbook,
    date: '2025-03-31',
    counts,
    sections,
    statusByCategory: [],
    unchanged: false,
  };
}

/** 215 entries: 35 critical, 160 warning live, 20 resolved. */
function bigPlan(): DigestPlan {
  return plan('big.xlsx', [
    section('new', [
      {
        category: '市场安全',
        items: [
          ...items(5, 'A', {
            category: '市场安全',
            status: 'breached',
            severity: 'critical',
            kind: 'binding',
          }),
          ...items(60, 'B', { category: '市场安全', status: 'behind', severity: 'warning' }),
        ],
      },
      {
        category: '营商环境',
        items: items(60, 'C', { category: '营商环境', status: 'behind', severity: 'warning' }),
      },
    ]),
    section('firing', [
      {
        category: '质量提升',
        items: items(30, 'D', { category: '质量提升', status: 'at_risk', severity: 'critical' }),
      },
    ]),
    section('resolved', [
      {
        category: '质量提升',
        items: items(20, 'E', { category: '质量提升', status: 'on_track', severity: 'warning' }),
      },
    ]),
    section('missing', [
      {
        category: '科技支撑',
        items: items(40, 'F', { category: '科技支撑', status: 'no_data', severity: 'warning' }),
      },
    ]),
  ]);
}

const listed = (content: DigestContent): DigestItem[] =>
  content.plans.flatMap((p) => p.sections.flatMap((s) => s.groups.flatMap((g) => g.items)));

function sectionOf(content: DigestContent, key: DigestSectionKey, p = 0): DigestSection {
  const found = content.plans[p]?.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no ${key} section`);
  return found;
}

const omittedTotal = (s: DigestSection): number =>
  (s.omitted?.critical ?? 0) + (s.omitted?.warning ?? 0) + (s.omitted?.info ?? 0);

const listedIn = (s: DigestSection): number => s.groups.reduce((n, g) => n + g.items.length, 0);

describe('a digest with more entries than MAX_DIGEST_ENTRIES', () => {
  const content = buildPersonDigest(reader, [bigPlan()], []);

  it('lists exactly MAX_DIGEST_ENTRIES entries', () => {
    expect(listed(content)).toHaveLength(MAX_DIGEST_ENTRIES);
  });

  it('lists the worst: every critical entry, no entry worse than one it leaves out', () => {
    const ids = new Set(listed(content).map((i) => i.id));
    const all = bigPlan().sections.flatMap((s) =>
      s.groups.flatMap((g) => g.items.map((item) => ({ item, key: s.key }))),
    );
    for (const { item } of all.filter((e) => e.item.severity === 'critical'))
      expect(ids.has(item.id)).toBe(true);
    // Recoveries are good news: listed last, so none here.
    expect(listedIn(sectionOf(content, 'resolved'))).toBe(0);
    // Warnings behind pace go before missing reports (a lesser status); none of those fit.
    expect(listedIn(sectionOf(content, 'missing'))).toBe(0);
    expect(listedIn(sectionOf(content, 'new'))).toBe(70);
    expect(listedIn(sectionOf(content, 'firing'))).toBe(30);
  });

  it('takes equally bad entries in turn from each category, in the order the core gave', () => {
    const news = sectionOf(content, 'new').groups;
    expect(news.map((g) => g.category)).toEqual(['市场安全', '营商环境']);
    expect(news[0]?.items.slice(0, 6).map((i) => i.id)).toEqual([
      'A000',
      'A001',
      'A002',
      'A003',
      'A004',
      'B000',
    ]);
    expect(news[0]?.items).toHaveLength(35);
    expect(news[1]?.items).toHaveLength(35);
  });

  it('counts the entries left out of each section by severity, adding up to the total', () => {
    expect(sectionOf(content, 'new').omitted).toEqual({ critical: 0, warning: 55, info: 0 });
    expect(sectionOf(content, 'missing').omitted).toEqual({ critical: 0, warning: 40, info: 0 });
    expect(sectionOf(content, 'resolved').omitted).toEqual({ critical: 0, warning: 20, info: 0 });
    for (const s of content.plans.flatMap((p) => p.sections))
      expect(listedIn(s) + omittedTotal(s)).toBe(s.count);
    const omitted = content.plans
      .flatMap((p) => p.sections)
      .reduce((n, s) => n + omittedTotal(s), 0);
    expect(listed(content).length + omitted).toBe(215);
  });

  it('keeps the totals in the counts and the subject', () => {
    expect(content.counts).toEqual({ critical: 35, warning: 160, info: 0 });
    expect(content.subject).toContain('红35 黄160');
    expect(sectionOf(content, 'new').count).toBe(125);
  });

  it('says in one line per section how many are left out and where to find them', () => {
    expect(omittedText(sectionOf(content, 'new'))?.zh).toBe(
      `另有 55 项（红 0 黄 55 提示 0）未列出，见工作簿“预警 Alerts”表（每封摘要只详列最严重的 ${MAX_DIGEST_ENTRIES} 项）`,
    );
    expect(omittedText(sectionOf(content, 'firing'))).toBeNull();
  });
});

describe('the entry cap over several plans', () => {
  const warnings = plan('warnings.xlsx', [
    section('new', [
      {
        category: '营商环境',
        items: items(MAX_DIGEST_ENTRIES, 'W', {
          category: '营商环境',
          status: 'behind',
          severity: 'warning',
        }),
      },
    ]),
  ]);
  const criticals = plan('criticals.xlsx', [
    section('firing', [
      {
        category: '市场安全',
        items: items(10, 'K', { category: '市场安全', status: 'breached', severity: 'critical' }),
      },
    ]),
  ]);
  const content = buildPersonDigest(reader, [warnings, criticals], []);

  it('lists the worst of all plans together, at most MAX_DIGEST_ENTRIES in all', () => {
    expect(listed(content)).toHaveLength(MAX_DIGEST_ENTRIES);
    expect(listedIn(sectionOf(content, 'firing', 1))).toBe(10);
    expect(sectionOf(content, 'new', 0).omitted).toEqual({ critical: 0, warning: 10, info: 0 });
    expect(content.counts).toEqual({ critical: 10, warning: MAX_DIGEST_ENTRIES, info: 0 });
  });

  it('leaves a digest under the cap as it was', () => {
    const small = buildPersonDigest(reader, [criticals], []);
    expect(small.plans).toEqual([criticals]);
  });
});
