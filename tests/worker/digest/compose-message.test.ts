import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CHART_CID, composeDigestMessage } from '../../../worker/digest/compose-message.ts';
import { sampleDigest } from './sample-digest.ts';

describe('composeDigestMessage', () => {
  it('addresses the recipient with the content subject and carries run, workbook and date', () => {
    const message = composeDigestMessage(sampleDigest(), 'run-1');
    expect(message.to).toEqual({ name: '张三', email: 'Zhang.San@example.gov.cn' });
    expect(message.subject).toBe('【指标预警】湖州市场监管十四五 2025-11-22：红2 黄3');
    expect([message.runId, message.workbook, message.date]).toEqual([
      'run-1',
      'plans/湖州十四五.xlsx',
      '2025-11-22',
    ]);
  });

  it('attaches the status chart as a PNG that the HTML shows by its Content-ID', () => {
    const message = composeDigestMessage(sampleDigest(), 'run-1');
    expect(message.attachments).toHaveLength(1);
    const chart = message.attachments[0];
    if (!chart) throw new Error('no chart attachment');
    expect(chart.cid).toBe(CHART_CID);
    expect(chart.contentType).toBe('image/png');
    expect(PNG.sync.read(chart.content).width).toBe(560);
    expect(message.html).toContain(`<img src="cid:${CHART_CID}"`);
    expect(message.text).toContain('万台特种设备事故率');
  });

  it('attaches no chart and shows no image when there is nothing to count', () => {
    const content = sampleDigest();
    content.chart = { by: 'category', bars: [{ label: '营商环境', counts: {} }] };
    const message = composeDigestMessage(content, 'run-2');
    expect(message.attachments).toEqual([]);
    expect(message.html).not.toContain('<img');
  });
});
