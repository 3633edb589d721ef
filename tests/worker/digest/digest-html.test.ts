import { describe, expect, it } from 'vitest';
import { renderDigestHtml } from '../../../worker/digest/digest-html.ts';
import { STATUS_COLOURS } from '../../../shared/model/status-table.ts';
import { SCRIPT_NAME, sampleDigest } from './sample-digest.ts';

const CID = 'chart@test';

function sectionStart(html: string, key: string): number {
  return html.indexOf(`data-section="${key}"`);
}

/** The HTML of one section: from its marker to the next section's (or the end). */
function sectionHtml(html: string, key: string): string {
  const start = sectionStart(html, key);
  const next = html.indexOf('data-section="', start + 1);
  return html.slice(start, next === -1 ? undefined : next);
}

describe('renderDigestHtml', () => {
  const html = renderDigestHtml(sampleDigest(), { chartCid: CID });

  it('shows the five sections in reading order: new, still firing, resolved, missing, forecast', () => {
    const starts = ['new', 'firing', 'resolved', 'missing', 'forecast'].map((k) =>
      sectionStart(html, k),
    );
    expect(starts.every((s) => s > 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('puts the sections in reading order even when the content lists them otherwise', () => {
    const content = sampleDigest();
    content.plans[0]?.sections.reverse();
    const out = renderDigestHtml(content, { chartCid: null });
    const starts = ['new', 'firing', 'resolved', 'missing', 'forecast'].map((k) =>
      sectionStart(out, k),
    );
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('keeps each item in its own section and category', () => {
    expect(sectionHtml(html, 'new')).toContain('万台特种设备事故率');
    expect(sectionHtml(html, 'firing')).toContain('每万人高价值发明专利拥有量');
    expect(sectionHtml(html, 'resolved')).toContain('制造业产品质量合格率');
    expect(sectionHtml(html, 'missing')).toContain('公众食品药品安全满意度');
    expect(sectionHtml(html, 'forecast')).toContain('在册市场主体总量');
    const newSection = sectionHtml(html, 'new');
    expect(newSection.indexOf('市场安全')).toBeLessThan(newSection.indexOf('万台特种设备事故率'));
    expect(newSection.indexOf('营商环境')).toBeGreaterThan(
      newSection.indexOf('食品评价性抽检合格率'),
    );
  });

  it('lists binding indicators before expected ones inside a category group', () => {
    const newSection = sectionHtml(html, 'new');
    expect(newSection.indexOf('万台特种设备事故率')).toBeLessThan(
      newSection.indexOf('食品评价性抽检合格率'),
    );
    const firing = sectionHtml(html, 'firing');
    expect(firing.indexOf('每万人高价值发明专利拥有量')).toBeLessThan(
      firing.indexOf('省级以上标准化试点项目'),
    );
    expect(firing).toContain('约束性 binding');
    expect(firing).toContain('预期性 expected');
  });

  it('escapes a <script> in an indicator name and runs no script at all', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;Co&#39;s 指标');
    expect(html).not.toContain(SCRIPT_NAME);
  });

  it('escapes the plan name, the failed workbook name and its message', () => {
    expect(html).toContain('湖州市场监管&quot;十四五&quot;规划');
    expect(html).toContain('plans/嘉兴&lt;旧版&gt;.xlsx');
    expect(html).toContain('no Indicators table &amp; no data');
    expect(html).not.toContain('嘉兴<旧版>');
  });

  it('shows the chart as an inline image by Content-ID when given one', () => {
    expect(html).toMatch(/<img src="cid:chart@test" width="560" height="\d+"/);
  });

  it('shows no image, but still the counts table, without a chart Content-ID', () => {
    const out = renderDigestHtml(sampleDigest(), { chartCid: null });
    expect(out).not.toContain('<img');
    expect(out).toContain('data-block="status-counts"');
  });

  it('has no external assets, no SVG and no style sheet', () => {
    expect(html).not.toMatch(/(src|href)="https?:/i);
    expect(html).not.toMatch(/<svg|<style|<link|url\(/i);
  });

  it('heads the email with the plan, the date and the red and yellow counts', () => {
    const head = html.slice(0, html.indexOf('data-section='));
    expect(head).toContain('湖州市场监管&quot;十四五&quot;规划 指标预警摘要');
    expect(head).toContain('数据截至 2025-11-22');
    expect(head).toContain('红 2');
    expect(head).toContain('黄 3');
  });

  it('shows a failures box naming each workbook that could not be checked, and none when all were', () => {
    expect(html).toContain('data-block="failures"');
    expect(html).toContain('以下工作簿本次未能检查');
    const content = sampleDigest();
    content.failures = [];
    expect(renderDigestHtml(content, { chartCid: CID })).not.toContain('data-block="failures"');
  });

  it('shows each item with a coloured status chip, its region, period and figures with unit', () => {
    const item = sectionHtml(html, 'new');
    expect(item).toContain(`bgcolor="${STATUS_COLOURS.breached.fill}"`);
    expect(item).toContain('越线<br>');
    expect(item).toContain('湖州市 · 2024');
    expect(item).toContain('0.41 次/万台');
    expect(item).toContain('0.36 次/万台');
    expect(item).toContain('98.6%');
    expect(item).toContain('20,755 家');
    expect(sectionHtml(html, 'missing')).toContain('吴兴区 · 2025-Q3');
  });

  it('shows how many days a still-firing alert has been firing, and no age elsewhere', () => {
    expect(sectionHtml(html, 'firing')).toContain('已持续 42 天 firing for 42 days');
    expect(sectionHtml(html, 'new')).not.toContain('已持续');
  });

  it('writes Chinese first and English beneath for a reader of both', () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html.indexOf('新增预警')).toBeLessThan(html.indexOf('New since the last digest'));
  });

  it('writes Chinese only for a Chinese reader', () => {
    const content = sampleDigest();
    content.recipient.language = 'zh-CN';
    const out = renderDigestHtml(content, { chartCid: CID });
    expect(out).toContain('<html lang="zh-CN">');
    expect(out).toContain('新增预警');
    expect(out).toContain('已持续 42 天');
    expect(out).not.toContain('New since the last digest');
    expect(out).not.toContain('firing for');
    expect(out).not.toContain('Actual');
  });

  it('writes English only for a reader who asked for English', () => {
    const content = sampleDigest();
    content.recipient.language = 'en';
    const out = renderDigestHtml(content, { chartCid: CID });
    expect(out).toContain('<html lang="en">');
    expect(out).toContain('New since the last digest');
    expect(out).toContain('firing for 42 days');
    expect(out).not.toContain('新增预警');
    expect(out).not.toContain('已持续');
    expect(out).not.toContain('实绩');
  });

  it('says "none" in a section with nothing in it', () => {
    const content = sampleDigest();
    const plan = content.plans[0];
    if (!plan) throw new Error('fixture has no plan');
    plan.sections = plan.sections.map((s) =>
      s.key === 'resolved' ? { ...s, groups: [], count: 0 } : s,
    );
    const resolved = sectionHtml(renderDigestHtml(content, { chartCid: null }), 'resolved');
    expect(resolved).toContain('已恢复（0）');
    expect(resolved).toContain('无 none');
  });

  it('notes when nothing is new or resolved since the last digest', () => {
    expect(html).not.toContain('自上次摘要以来没有新增或恢复的预警');
    const content = sampleDigest();
    content.unchanged = true;
    expect(renderDigestHtml(content, { chartCid: null })).toContain(
      '自上次摘要以来没有新增或恢复的预警',
    );
  });
});
