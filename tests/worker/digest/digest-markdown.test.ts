import { describe, expect, it } from 'vitest';
import { renderDigestMarkdown } from '../../../worker/digest/digest-markdown.ts';
import { digestItem, sampleDigest } from './sample-digest.ts';

const SECTION_TITLES = ['新增预警', '持续预警', '已恢复', '缺报', '预计难以完成目标'];

describe('renderDigestMarkdown', () => {
  const markdown = renderDigestMarkdown(sampleDigest());

  it('has the title, the as-of date, the counts and the five sections in reading order', () => {
    expect(
      markdown.startsWith('### 湖州市场监管"十四五"规划 指标预警摘要\n数据截至 2025-11-22'),
    ).toBe(true);
    expect(markdown).toContain('红 2 · 黄 3 · 提示 1');
    const starts = SECTION_TITLES.map((title) => markdown.indexOf(`#### ${title}（`));
    expect(starts.every((s) => s > 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('shows an item with status, name, kind, where and figures on one list line', () => {
    expect(markdown).toContain(
      '- **越线** 万台特种设备事故率（约束性）湖州市 · 2024：实绩 0.41 次/万台 · 序时应达 — · 目标 0.36 次/万台',
    );
    expect(markdown).toContain('  0.41 越过底线 低于0.36');
  });

  it('escapes markup typed into the workbook, so a name cannot turn bold or into a link', () => {
    const content = sampleDigest();
    const [plan] = content.plans;
    if (!plan) throw new Error('the sample digest has no plan');
    plan.sections = [
      {
        key: 'new',
        count: 1,
        groups: [
          {
            category: '市场#安全',
            items: [digestItem({ indicator: '*重点* [链接](http://x)', region: '吴兴区\n南浔区' })],
          },
        ],
      },
    ];
    const out = renderDigestMarkdown(content);
    expect(out).toContain('\\*重点\\* \\[链接\\](http://x)');
    expect(out).toContain('**市场\\#安全**');
    expect(out).toContain('吴兴区 南浔区');
  });

  it('is in English for an English reader', () => {
    const content = sampleDigest();
    content.recipient = { ...content.recipient, language: 'en' };
    const out = renderDigestMarkdown(content);
    expect(out).toContain('#### New since the last digest (');
    expect(out).not.toContain('#### 新增预警');
  });
});
