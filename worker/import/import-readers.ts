import type { Grid } from '../../shared/contract/grid.ts';
import type { TableName } from '../../shared/contract/tables.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { readActuals } from '../../shared/rows/actuals.ts';
import { readIndicators } from '../../shared/rows/indicators.ts';
import { readMilestones } from '../../shared/rows/milestones.ts';
import { readRecipients } from '../../shared/rows/recipients.ts';

/** What import needs from a reader: the sheet row of each row it accepted. */
export type ImportReader = (grid: Grid) => { items: { row: number }[]; problems: Problem[] };

const READERS: Partial<Record<TableName, ImportReader>> = {
  Indicators: readIndicators,
  Milestones: readMilestones,
  Actuals: readActuals,
  Recipients: readRecipients,
};

/** The row reader for a table `import` can add to (those `detectTable` tells apart); null for the others. */
export function importReader(table: TableName): ImportReader | null {
  return READERS[table] ?? null;
}
