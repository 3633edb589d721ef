import { toGridCell } from './cell-value.ts';
import { isFilled } from '../../shared/contract/cell-reading.ts';
import type { LocatedTable } from './table-location.ts';

/**
 * How many data rows at the bottom of a table are blank (the placeholder `init` leaves,
 * or rows a planner cleared); appended rows go into them first.
 */
export function blankRowsAtBottom(located: LocatedTable): number {
  const { worksheet, model, range } = located;
  const lastData = model.totalsRow ? range.bottom - 1 : range.bottom;
  let blank = 0;
  for (let r = lastData; r > range.top; r--) {
    if (rowIsBlank(worksheet, r, range.left, range.right)) blank++;
    else break;
  }
  return blank;
}

/** The first row below the table that has something in the table's columns, within `count` rows; 0 if none. */
export function firstFilledRowBelow(located: LocatedTable, count: number): number {
  const { worksheet, range } = located;
  for (let r = range.bottom + 1; r <= range.bottom + count; r++) {
    if (!rowIsBlank(worksheet, r, range.left, range.right)) return r;
  }
  return 0;
}

function rowIsBlank(
  worksheet: LocatedTable['worksheet'],
  r: number,
  left: number,
  right: number,
): boolean {
  for (let c = left; c <= right; c++)
    if (isFilled(toGridCell(worksheet.getCell(r, c)))) return false;
  return true;
}
