/**
 * The second table of an evaluation: the plan's hard lines (万台特种设备事故率低于0.36 …)
 * with the latest figure in the plan region and whether it holds there, and the other
 * regions where the line is crossed — all read off the evaluation's statuses.
 */
import { t } from '../i18n/messages.ts';
import { figureText } from '../evaluate/output-number.ts';
import { periodLabel } from '../evaluate/finding-text.ts';
import type { StatusRow } from '../model/finding.ts';
import type { Indicator } from '../model/indicator.ts';
import { parsePeriod } from '../parse/period.ts';

/** Whether a hard line holds in the plan region. */
export type LineHold = 'holds' | 'near' | 'breached' | 'no_data';

export interface LineRow {
  no: number;
  id: string;
  /** `万台特种设备事故率（起/万台）`. */
  name: string;
  /** The line as the plan writes it: `低于0.36`. */
  line: string;
  /** `0.3929（2024年）`, `—` without a figure. */
  latest: string;
  latestValue: number | null;
  hold: LineHold;
  holdText: string;
  /** Other regions where the line is crossed, joined with 、; '' when none. */
  regionsBreached: string;
}

export interface LineRowsInput {
  indicators: readonly Indicator[];
  statuses: readonly StatusRow[];
  region: string;
}

function holdOf(status: StatusRow | undefined): LineHold {
  if (status === undefined || status.period === '' || status.actual === null) return 'no_data';
  if (status.status === 'breached') return 'breached';
  if (status.status === 'near_limit') return 'near';
  return 'holds';
}

/** One row per indicator with a hard line (limit), in plan order. */
export function lineRows(input: LineRowsInput): LineRow[] {
  const rows: LineRow[] = [];
  for (const indicator of input.indicators) {
    const limit = indicator.limit;
    if (limit === null) continue;
    const mine = input.statuses.filter((s) => s.id === indicator.id);
    const here = mine.find((s) => s.region === input.region);
    const hold = holdOf(here);
    const period = here === undefined ? null : parsePeriod(here.period);
    const value = here?.actual ?? null;
    rows.push({
      no: rows.length + 1,
      id: indicator.id,
      name: indicator.unit === '' ? indicator.name : `${indicator.name}（${indicator.unit}）`,
      line: limit.text,
      latest:
        value === null || period === null
          ? t('report.progress.none').zh
          : t('report.figure_with_period', {
              value: figureText(value),
              period: periodLabel(period).zh,
            }).zh,
      latestValue: value,
      hold,
      holdText: t(`report.line.${hold}`).zh,
      regionsBreached: mine
        .filter((s) => s.region !== input.region && s.status === 'breached')
        .map((s) => s.region)
        .join(t('report.name_separator').zh),
    });
  }
  return rows;
}
