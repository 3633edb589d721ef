import { describe, expect, it } from 'vitest';
import { renderDigestText } from '../../../worker/digest/digest-text.ts';
import { SCRIPT_NAME, sampleDigest } from './sample-digest.ts';

const SECTION_TITLES = ['新增预警', '持续预警', '已恢复', '缺报', '预计难以完成目标'];

describe('renderDigestText', () => {
  const text = renderDigestText(sampleDigest());

  it('lists the five sections in reading order', () => {
    const starts = SECTION_TITLES.map((title) => text.indexOf(`==== ${title}`));
    expect(starts.every((s) => s > 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('contains every item the HTML shows, with status, region, period and figures', () => {
    for (const name of [
      '万台特种设备事故率',
      '食品评价性抽检合格率',
      SCRIPT_NAME,
      '每万人高价值发明专利拥有量',
      '省级以上标准化试点项目',
      '制造业产品质量合格率',
      '公众食品药品安全满意度',
      '在册市场主体总量',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).toContain('[越线 breached] 万台特种设备事故率 (约束性 binding)');
    expect(text).toContain(
      '实绩 Actual 0.41 次/万台 · 序时应达 Expected — · 目标 Target 0.36 次/万台',
    );
    expect(text).toContain('吴兴区 · 2025-Q3');
    expect(text).toContain('已持续 42 天 firing for 42 days');
  });

  it('lists binding indicators before expected ones inside a category', () => {
    expect(text.indexOf('万台特种设备事故率')).toBeLessThan(text.indexOf('食品评价性抽检合格率'));
    expect(text.indexOf('【市场安全】')).toBeLessThan(text.indexOf('万台特种设备事故率'));
  });

  it('starts with the subject, then the headline with the red and yellow counts, Chinese first', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('【指标预警】湖州市场监管十四五 2025-11-22：红2 黄3');
    expect(lines[2]).toBe('湖州市场监管"十四五"规划 指标预警摘要');
    expect(lines[3]).toBe('湖州市场监管"十四五"规划 KPI digest');
    expect(text).toContain('红 2 · 黄 3 · 提示 1');
  });

  it('names the workbooks that could not be checked', () => {
    expect(text).toContain(
      '!! 以下工作簿本次未能检查 / Workbooks that could not be checked this run',
    );
    expect(text).toContain('- plans/嘉兴<旧版>.xlsx: 找不到 Indicators 表');
  });

  it('gives the status counts per category that the chart draws', () => {
    expect(text).toContain('市场安全: 合计 Total 4  越线 1 · 临近 1 · 符合序时进度 2');
  });

  it('keeps a cell value with line breaks on one line', () => {
    const content = sampleDigest();
    const first = content.plans[0]?.sections[0]?.groups[0]?.items[0];
    if (!first) throw new Error('fixture has no first item');
    first.indicator = '万台特种设备\n事故率';
    expect(renderDigestText(content)).toContain('] 万台特种设备 事故率 (');
  });

  it('writes English only for a reader who asked for English', () => {
    const content = sampleDigest();
    content.recipient.language = 'en';
    const out = renderDigestText(content);
    expect(out).toContain('==== New since the last digest (3) ====');
    expect(out).toContain('[breached]');
    expect(out).not.toContain('新增预警');
    expect(out).not.toContain('越线');
  });

  it('writes Chinese only for a Chinese reader', () => {
    const content = sampleDigest();
    content.recipient.language = 'zh-CN';
    const out = renderDigestText(content);
    expect(out).toContain('==== 新增预警（3） ====');
    expect(out).toContain('[越线]');
    expect(out).not.toContain('New since the last digest');
    expect(out).not.toContain('breached');
  });
});
