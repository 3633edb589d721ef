import type { Grid } from '../contract/grid.ts';
import { INDICATORS } from '../contract/tables.ts';
import { t } from '../i18n/messages.ts';
import type { Direction, Indicator } from '../model/indicator.ts';
import type { Line } from '../model/line.ts';
import {
  parseAggregation,
  parseDirection,
  parseFrequency,
  parseKind,
} from '../parse/enum-values.ts';
import { inUnit } from '../parse/number-text.ts';
import { directionOfComparator, type TargetResult } from '../parse/target-text.ts';
import { normalizeText } from '../parse/text-normalize.ts';
import { defaultAggregation, inferredDirection, targetInUnit } from './indicator-defaults.ts';
import type { RowReader } from './row-reader.ts';
import type { RowsResult } from './rows-result.ts';
import { readTable } from './table-reader.ts';

type TargetOk = Extract<TargetResult, { ok: true }>;

/**
 * Reads the Indicators table (docs/architecture.md §3). Ids are required and unique (a repeated id
 * is an error on the later row; the first is kept). Empty cells take the defaults of the contract:
 * kind expected (with a warning), aggregation and direction from the target's wording, frequency
 * annual. A number written with `万`/`亿` is read in the indicator's unit (`57万` is 57 for unit
 * `万户`). An indicator with neither target nor target year (only a limit) gets target year 0.
 */
export function readIndicators(grid: Grid): RowsResult<Indicator> {
  const firstRowOf = new Map<string, number>();
  return readTable(grid, INDICATORS, (r) => {
    const indicator = readIndicator(r);
    if (indicator === null || r.failed) return null;
    const first = firstRowOf.get(indicator.id);
    if (first !== undefined) {
      r.fail('id', 'row.duplicate_id', t('row.duplicate_id', { value: indicator.id, first }));
      return null;
    }
    firstRowOf.set(indicator.id, r.rowNumber);
    return indicator;
  });
}

function readIndicator(r: RowReader): Indicator | null {
  const id = r.requiredCode('id');
  const name = r.required('name');
  const rawTarget = r.target('target');
  // The unit column wins; a unit written only with the target (`90分以上`) fills it.
  const unit = normalizeText(r.text('unit')) || (rawTarget?.unit ?? '');
  const target = rawTarget ? targetInUnit(rawTarget, unit) : null;
  if (target?.qualitative) {
    r.warn(
      'target',
      'row.target_qualitative',
      t('row.target_qualitative', { value: r.shown('target') }),
    );
  }

  const baselineRead = r.numberResult('baseline');
  const baseline = baselineRead ? inUnit(baselineRead.value, baselineRead.multiplier, unit) : null;
  const baselineYear = r.year('baselineYear');
  const targetYear = r.year('targetYear');

  const kind = r.choice('kind', parseKind);
  if (kind === undefined && r.shown('kind').trim() === '') {
    r.warn('kind', 'row.kind_defaulted', t('row.kind_defaulted'));
  }
  const aggregationCell = r.choice('aggregation', parseAggregation);
  const aggregation =
    aggregationCell ??
    defaultAggregation(target, baselineRead?.markers ?? [], aggregationCell !== null);

  const limitRead = r.target('limit');
  const limitTarget = limitRead ? targetInUnit(limitRead, unit) : null;
  const explicitDirection = r.choice('direction', parseDirection);
  const direction =
    explicitDirection ??
    inferredDirection(target, baseline, target?.value ?? null, limitTarget?.line ?? null);
  // When the target, baseline or limit is unreadable, that error is the one to fix first.
  const unreadable = ['target', 'baseline', 'limit'].some((k) => r.hasError(k));
  if (direction === null && !unreadable)
    r.fail('direction', 'row.direction_unknown', t('row.direction_unknown'));
  const hinted = target?.line ? directionOfComparator(target.line.comparator) : null;
  if (explicitDirection !== undefined && hinted !== null && hinted !== explicitDirection) {
    const params = { value: r.shown('direction'), target: r.shown('target') };
    r.warn('direction', 'row.direction_conflict', t('row.direction_conflict', params));
  }
  const limit = limitTarget ? limitLine(r, limitTarget, direction) : null;
  const warning = lineNumber(r, 'warning', unit);
  const recovery = lineNumber(r, 'recovery', unit);

  if (baseline !== null && baselineYear === null) {
    r.fail(
      'baselineYear',
      'row.baseline_year_needed',
      t('row.baseline_year_needed', { value: r.shown('baseline') }),
    );
  }
  const hasTarget = target !== null && (target.value !== null || target.line !== null);
  if (hasTarget && targetYear === null) {
    r.fail(
      'targetYear',
      'row.target_year_needed',
      t('row.target_year_needed', { value: r.shown('target') }),
    );
  }
  if (baselineYear !== null && targetYear !== null && targetYear <= baselineYear) {
    r.fail(
      'targetYear',
      'row.year_order',
      t('row.year_order', { value: targetYear, baselineYear }),
    );
  }

  const frequency = r.choice('frequency', parseFrequency) ?? 'annual';
  const dueDays = r.dueDays('dueDays');
  const formula = r.text('formula');
  if (r.failed || direction === null) return null;
  return {
    id,
    category: r.text('category'),
    name,
    unit,
    kind: kind ?? 'expected',
    aggregation,
    direction,
    baselineYear,
    baseline,
    targetYear: targetYear ?? 0,
    target: target?.value ?? null,
    targetLine: target?.line ?? null,
    limit,
    warning,
    recovery,
    formula: formula === '' ? null : formula,
    frequency,
    dueDays,
    owner: r.text('owner'),
    notes: r.text('notes'),
    row: r.rowNumber,
  };
}

/**
 * The limit as a line. A bare number takes its comparator from the direction (higher →
 * must stay ≥, lower → must stay ≤); a band direction needs the line written out.
 */
function limitLine(r: RowReader, limit: TargetOk, direction: Direction | null): Line | null {
  if (limit.line) return limit.line;
  // With no direction that error is already reported; a second one would say the same.
  if (direction === null) return null;
  if (limit.value === null || direction === 'band') {
    r.fail('limit', 'row.limit_needs_line', t('row.limit_needs_line', { value: r.shown('limit') }));
    return null;
  }
  const comparator = direction === 'higher' ? 'gte' : 'lte';
  return { comparator, value: limit.value, unit: limit.unit, text: r.shown('limit').trim() };
}

/** The warning and recovery lines: one number, bare (`0.3`) or worded (`0.30以下`). */
function lineNumber(r: RowReader, key: 'warning' | 'recovery', unit: string): number | null {
  const read = r.target(key);
  if (!read) return null;
  const { value, line } = targetInUnit(read, unit);
  if (value === null || line?.comparator === 'between') {
    r.fail(key, 'row.line_needs_number', t('row.line_needs_number', { value: r.shown(key) }));
    return null;
  }
  return value;
}
