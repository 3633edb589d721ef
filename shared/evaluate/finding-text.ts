/**
 * The bilingual messages of findings, from the eval.* entries of the i18n table. Each
 * names the indicator, the region, the period and the figures:
 * `万台特种设备事故率 湖州市 2024年 0.41 ≥ 底线 0.36`.
 */
import { t, type Bilingual, type MessageKey, type Params } from '../i18n/messages.ts';
import type { Line } from '../model/line.ts';
import type { Period } from '../parse/period.ts';
import type { Forecast } from './forecast.ts';
import { breachSymbol } from './line.ts';
import { figureText, round1 } from './output-number.ts';
import type { Pace, PaceUnavailable } from './pace.ts';

/** Who and where a message is about. */
export interface TextSubject {
  name: string;
  region: string;
  unit: string;
}

/** `2024年` / `2024`, `2024年第3季度` / `2024 Q3`, `2024年9月` / `2024-09`. */
export function periodLabel(period: Period): Bilingual {
  switch (period.kind) {
    case 'year':
      return t('eval.period_year', { year: period.year });
    case 'quarter':
      return t('eval.period_quarter', { year: period.year, quarter: period.index });
    case 'month':
      return t('eval.period_month', {
        year: period.year,
        month: period.index,
        month2: String(period.index).padStart(2, '0'),
      });
  }
}

function text(key: MessageKey, subject: TextSubject, period: Period, params: Params): Bilingual {
  const label = periodLabel(period);
  const who = [subject.name, subject.region].filter((s) => s !== '').join(' ');
  return t(key, {
    subject: who,
    periodZh: label.zh,
    periodEn: label.en,
    unit: subject.unit,
    ...params,
  });
}

function pct(x: number | null): string {
  return figureText(round1(x));
}

/** A line not held: `0.41 ≥ 底线 0.36`, or outside a band. */
export function breachedText(
  subject: TextSubject,
  period: Period,
  actual: number,
  line: Line,
): Bilingual {
  if (line.comparator === 'between') {
    const band = {
      actual: figureText(actual),
      lower: figureText(line.value),
      upper: figureText(line.upper ?? line.value),
    };
    return text('eval.breached_band', subject, period, band);
  }
  const params = {
    actual: figureText(actual),
    op: breachSymbol(line),
    line: figureText(line.value),
  };
  return text('eval.breached', subject, period, params);
}

/** Past the warning line, not past the limit. */
export function nearLimitText(
  subject: TextSubject,
  period: Period,
  actual: number,
  line: Line,
  warning: number,
): Bilingual {
  const params = {
    actual: figureText(actual),
    warning: figureText(warning),
    line: figureText(line.value),
  };
  return text('eval.near_limit', subject, period, params);
}

/** Back within the line but not yet past the recovery line. */
export function holdingText(
  subject: TextSubject,
  period: Period,
  actual: number,
  line: Line,
  recovery: number,
): Bilingual {
  const params = {
    actual: figureText(actual),
    line: figureText(line.value),
    recovery: figureText(recovery),
  };
  return text('eval.line_holding', subject, period, params);
}

/** Behind or at risk on pace; growth indicators speak of rates. */
export function paceText(
  subject: TextSubject,
  period: Period,
  status: 'behind' | 'at_risk',
  pace: Pace,
): Bilingual {
  const common = {
    completion: pct(pace.completion === null ? null : pace.completion * 100),
    gap: pct(pace.gap),
  };
  if (pace.growthRate !== null) {
    const key = status === 'behind' ? 'eval.behind_growth' : 'eval.at_risk_growth';
    return text(key, subject, period, {
      ...common,
      rate: pct(pace.growthRate * 100),
      targetRate: figureText(pace.target),
    });
  }
  const params = {
    ...common,
    actual: figureText(pace.actual),
    expected: figureText(pace.expected),
    elapsed: pct(pace.elapsed === null ? null : pace.elapsed * 100),
  };
  return text(status === 'behind' ? 'eval.behind' : 'eval.at_risk', subject, period, params);
}

/** No actual for an overdue period. */
/** The latest due period has no figure: when it was due, and the latest that was reported. */
export function noDataText(
  subject: TextSubject,
  period: Period,
  due: string,
  latest: Period | null,
): Bilingual {
  if (latest === null) return text('eval.no_data_ever', subject, period, { due });
  const l = periodLabel(latest);
  return text('eval.no_data', subject, period, { due, latestZh: l.zh, latestEn: l.en });
}

const NO_PACE_KEY: Record<PaceUnavailable, MessageKey> = {
  no_baseline: 'eval.no_baseline',
  no_target: 'eval.no_target',
  flat_target: 'eval.flat_target',
  before_plan: 'eval.before_plan',
};

/** Pace cannot be computed, and why. */
export function noPaceText(
  subject: TextSubject,
  period: Period,
  reason: PaceUnavailable,
  pace: Pace,
): Bilingual {
  return text(NO_PACE_KEY[reason], subject, period, {
    actual: figureText(pace.actual),
    target: figureText(pace.target),
  });
}

/** The trend misses the target. */
export function forecastText(
  subject: TextSubject,
  period: Period,
  targetYear: number,
  forecast: Forecast,
): Bilingual {
  const params = {
    targetYear,
    forecast: figureText(forecast.value),
    target: figureText(forecast.target),
  };
  return text('eval.forecast_miss', subject, period, params);
}

/** The formula's result disagrees with the published figure. */
export function inconsistentText(
  subject: TextSubject,
  period: Period,
  formula: string,
  computed: number,
  official: number,
): Bilingual {
  const params = { formula, computed: figureText(computed), official: figureText(official) };
  return text('eval.inconsistent', subject, period, params);
}
