/**
 * The paragraph above an evaluation table: how many indicators have each 预期结果, the
 * binding indicators unlikely to be met or below their line, and how many hard lines hold.
 */
import { t } from '../i18n/messages.ts';
import type { IndicatorRow } from './evaluation-table.ts';
import type { LineRow } from './line-rows.ts';
import { OUTCOMES, outcomeKey } from './report-outcome.ts';

export interface SummaryInput {
  rows: readonly IndicatorRow[];
  lines: readonly LineRow[];
  plan: string;
  /** `2025年3月31日`. */
  date: string;
}

/** `截至2025年3月31日，…43项主要指标中，已完成8项，可按期完成25项……`. */
export function summaryParagraph(input: SummaryInput): string {
  const { rows, lines } = input;
  const counts = OUTCOMES.flatMap((outcome) => {
    const count = rows.filter((r) => r.outcome === outcome).length;
    return count === 0
      ? []
      : [t('report.summary.count', { outcome: t(outcomeKey(outcome)).zh, count }).zh];
  });
  const parts = [
    t('report.summary.counts', {
      date: input.date,
      plan: input.plan,
      total: rows.length,
      counts: counts.join(t('report.count_separator').zh),
    }).zh,
  ];
  const binding = rows.filter(
    (r) => r.binding && (r.outcome === 'unlikely' || r.outcome === 'below_line'),
  );
  parts.push(
    binding.length === 0
      ? t('report.summary.binding_fine').zh
      : t('report.summary.binding_at_risk', {
          names: binding.map((r) => r.plainName).join(t('report.name_separator').zh),
          count: binding.length,
        }).zh,
  );
  if (lines.length > 0)
    parts.push(
      t('report.summary.lines', {
        total: lines.length,
        held: lines.filter((l) => l.hold === 'holds' || l.hold === 'near').length,
      }).zh,
    );
  return parts.join('');
}
