import type { Grid } from '../contract/grid.ts';
import { MILESTONES } from '../contract/tables.ts';
import { t } from '../i18n/messages.ts';
import type { Milestone } from '../model/milestone.ts';
import { FirstRows } from './first-rows.ts';
import { unitLookup, type IndicatorUnits } from './indicator-units.ts';
import type { RowsResult } from './rows-result.ts';
import { readTable } from './table-reader.ts';

/**
 * Reads the Milestones table: id, region ('' = the plan's own region), period (stored in
 * canonical form, `2023-Q3`) and a numeric target. The same id, region and period twice
 * is an error on the later row. Pass the indicators read so far to read `万`/`亿` figures
 * in each indicator's unit.
 */
export function readMilestones(
  grid: Grid,
  opts: { indicators?: IndicatorUnits } = {},
): RowsResult<Milestone> {
  const unitOf = unitLookup(opts.indicators);
  const firstRows = new FirstRows(3);
  return readTable(grid, MILESTONES, (r) => {
    const id = r.requiredCode('id');
    const region = r.text('region');
    const period = r.period('period');
    const target = r.number('target', { unit: unitOf(id), required: true });
    if (r.failed || period === null || target === null) return null;
    const first = firstRows.firstOf([id, region, period.text], r.rowNumber);
    if (first !== undefined) {
      const params = { id, region, period: period.text, first };
      r.fail('period', 'row.duplicate_milestone', t('row.duplicate_milestone', params));
      return null;
    }
    return { id, region, period: period.text, target, row: r.rowNumber };
  });
}
