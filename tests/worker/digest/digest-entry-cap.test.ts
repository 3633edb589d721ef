import { describe, expect, it } from 'vitest';
import { MAX_DIGEST_ENTRIES } from '../../../shared/digest/entry-cap.ts';
import { buildPersonDigest } from '../../../shared/digest/person-digest.ts';
import type { DigestPlan, ReaderLanguage } from '../../../shared/model/digest.ts';
import { renderDigestHtml } from '../../../worker/digest/digest-html.ts';
import { renderDigestMarkdown } from '../../../worker/digest/digest-markdown.ts';
import { renderDigestText } from '../../../worker/digest/digest-text.ts';
import { digestItem } from './sample-digest.ts';

const EXTRA = 20;

/** More critical entries than a digest lists, and a missing-data section of warnings. */
function bigPlan(): DigestPlan {
  const critical = Array.from({ length: MAX_DIGEST_ENTRIES + EXTRA }, (_, i) =>
    digestItem({ id: `K${i}`, alertId: `k-${i}`, status: 'breached', severity: 'critical' }),
  );
  const missing = Array.from({ length: 3 }, (_, i) =>
    digestItem({ id: `M${i}`, alertId: `m-${i}`, rule: 'missing', status: 'no_data' }),
  );
  return {
    planName: '大规划',
    workbook: 'big.xlsx',
    date: '2025-03-31',
    counts: { critical: critical.length, warning: 3, info: 0 },
    sections: [
      { key: 'new', count: critical.length, groups: [{ category: '市场安全', items: critical }] },
      { key: 'missing', count: 3, groups: [{ category: '市场安全', items: missing }] },
    ],
    statusByCategory: [],
    unchanged: false,
  };
}

function content(language: ReaderLanguage): ReturnType<typeof buildPersonDigest> {
  return buildPersonDigest(
    { name: '局长', email: 'juzhang@example.gov.cn', language },
    [bigPlan()],
    [],
  );
}

const NEW_LEFT = `另有 ${EXTRA} 项（红 ${EXTRA} 黄 0 提示 0）未列出，见工作簿“预警 Alerts”表`;
const MISSING_LEFT = '另有 3 项（红 0 黄 3 提示 0）未列出';

describe('a digest past MAX_DIGEST_ENTRIES, rendered', () => {
  it('lists the cap in HTML, with a line per section for the rest instead of "none"', () => {
    const html = renderDigestHtml(content('zh-CN'), { chartCid: null });
    expect(html.match(/data-alert="/g)).toHaveLength(MAX_DIGEST_ENTRIES);
    expect(html.match(/data-omitted/g)).toHaveLength(2);
    expect(html).toContain(NEW_LEFT);
    expect(html).toContain(MISSING_LEFT);
    const missing = html.slice(html.indexOf('data-section="missing"'));
    expect(missing.slice(0, missing.indexOf('data-section="forecast"'))).not.toContain('>无<');
    // The heading still counts the whole section.
    expect(html).toContain(`新增预警（${MAX_DIGEST_ENTRIES + EXTRA}）`);
  });

  it('lists the cap in the text part, with the same lines in both languages', () => {
    const text = renderDigestText(content('zh-CN+en'));
    expect(text.match(/^ {2}\* \[/gm)).toHaveLength(MAX_DIGEST_ENTRIES);
    expect(text).toContain(NEW_LEFT);
    expect(text).toContain(
      `${EXTRA} more not listed (${EXTRA} critical, 0 warning, 0 info): see the workbook's Alerts sheet`,
    );
    const missing = text.slice(text.indexOf('==== 缺报'), text.indexOf('==== 预计'));
    expect(missing).toContain('另有 3 项');
    expect(missing).not.toContain('无 none');
  });

  it('lists the cap in the robots’ markdown, in the reader’s language', () => {
    const zh = renderDigestMarkdown(content('zh-CN'));
    expect(zh.match(/^- \*\*/gm)).toHaveLength(MAX_DIGEST_ENTRIES);
    expect(zh).toContain(NEW_LEFT);
    expect(zh).toContain(MISSING_LEFT);
    const en = renderDigestMarkdown(content('en'));
    expect(en).toContain('3 more not listed (0 critical, 3 warning, 0 info)');
  });
});
