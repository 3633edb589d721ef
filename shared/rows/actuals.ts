import type { Grid } from '../contract/grid.ts';
import { ACTUALS } from '../contract/tables.ts';
import { t } from '../i18n/messages.ts';
import { VALUE_MEASURE, type Actual } from '../model/actual.ts';
import { normalizeText } from '../parse/text-normalize.ts';
import { FirstRows } from './first-rows.ts';
import { unitLookup, type IndicatorUnits } from './indicator-units.ts';
import type { RowsResult } from './rows-result.ts';
import { readTable } from './table-reader.ts';

/**
 * Reads the Actuals table: id, region ('' = the plan's own region; the engine maps it),
 * period (canonical form), measure (default `value`), value and official value (one of
 * the two is needed), source, entered by/at. The same id, region, period and measure
 * twice is an error on the later row. Pass the indicators read so far to read `万`/`亿`
 * figures in each indicator's unit.
 */
export function readActuals(
  grid: Grid,
  opts: { indicators?: IndicatorUnits } = {},
): RowsResult<Actual> {
  const unitOf = unitLookup(opts.indicators);
  const firstRows = new FirstRows(4);
  return readTable(grid, ACTUALS, (r) => {
    const id = r.requiredCode('id');
    const region = r.text('region');
    const period = r.period('period');
    const measure = normalizeText(r.text('measure')) || VALUE_MEASURE;
    const unit = unitOf(id);
    const value = r.number('value', { unit });
    const officialValue = r.number('officialValue', { unit });
    if (value === null && officialValue === null) {
      r.fail('value', 'row.value_needed', t('row.value_needed', { value: r.shown('value') }));
    }
    const source = r.text('source');
    const enteredBy = r.text('enteredBy');
    const enteredAt = r.text('enteredAt');
    if (r.failed || period === null) return null;
    const first = firstRows.firstOf([id, region, period.text, measure], r.rowNumber);
    if (first !== undefined) {
      const params = { id, region, period: period.text, measure, first };
      r.fail('period', 'row.duplicate_actual', t('row.duplicate_actual', params));
      return null;
    }
    return {
      id,
      region,
      period: period.text,
      measure,
      value,
      officialValue,
      source,
      enteredBy,
      enteredAt,
      row: r.rowNumber,
    };
  });
}
