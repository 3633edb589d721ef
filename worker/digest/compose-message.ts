import type { DigestContent } from '../../shared/model/digest.ts';
import type { DigestAttachment, DigestMessage } from '../channels/channel.ts';
import { renderDigestHtml } from './digest-html.ts';
import { renderDigestText } from './digest-text.ts';
import { digestPlanCount, digestWorkbooks } from './plan-title.ts';
import { renderStatusChartPng, statusChartLayout } from './status-chart-png.ts';

/** Content-ID of the status chart inside a digest email. */
export const CHART_CID = 'status-chart@kpi-sentinel';
/** File name of the status chart attachment. */
export const CHART_FILENAME = 'status-chart.png';

/**
 * One person's digest of a run rendered for delivery: HTML (with the status chart inline by
 * Content-ID), the plain-text alternative, and the chart as a PNG attachment. A digest
 * with nothing to count has no chart.
 */
export function composeDigestMessage(content: DigestContent, runId: string): DigestMessage {
  const hasChart = statusChartLayout(content.chart.bars).bars.some((bar) => bar.total > 0);
  const attachments: DigestAttachment[] = hasChart
    ? [
        {
          cid: CHART_CID,
          filename: CHART_FILENAME,
          content: renderStatusChartPng(content.chart.bars, content.recipient.language),
          contentType: 'image/png',
        },
      ]
    : [];
  return {
    to: { name: content.recipient.name, email: content.recipient.email },
    subject: content.subject,
    html: renderDigestHtml(content, { chartCid: hasChart ? CHART_CID : null }),
    text: renderDigestText(content),
    attachments,
    runId,
    workbook: digestPlanCount(content) === 1 ? (digestWorkbooks(content)[0] ?? '') : '',
    date: content.date,
  };
}
