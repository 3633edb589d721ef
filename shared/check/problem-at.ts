import type { Grid } from '../contract/grid.ts';
import { matchHeaders } from '../contract/header-match.ts';
import { bilingualHeader, type TableSpec } from '../contract/tables.ts';
import { t, type Bilingual } from '../i18n/messages.ts';
import type { Problem } from '../model/problem.ts';

/**
 * A warning about one cell found after the rows were read (across tables, or across
 * columns of a row): names workbook, sheet, row, column (bilingual header and letter) and
 * value, like the row readers' own problems.
 */
export function problemAt(
  grid: Grid | undefined,
  spec: TableSpec,
  workbook: string,
  row: number,
  key: string,
  value: string,
  code: string,
  detail: Bilingual,
): Problem {
  const sheet = grid?.sheet ?? spec.sheet;
  const letter = letterOf(grid, spec, key);
  const col = spec.columns.find((c) => c.key === key);
  const header = col ? bilingualHeader(col) : key;
  const column = letter ? `${header} (${letter})` : header;
  const where = { workbook, sheet, row, column };
  return {
    ...where,
    ...(letter === undefined ? {} : { columnLetter: letter }),
    value,
    code,
    message: t('row.at', { ...where, detailZh: detail.zh, detailEn: detail.en }),
    level: 'warning',
  };
}

/** The sheet column letter of the column `key` in a grid; undefined when it has none. */
export function letterOf(grid: Grid | undefined, spec: TableSpec, key: string): string | undefined {
  const index = grid ? matchHeaders(grid.header, spec).columns.get(key) : undefined;
  return index === undefined ? undefined : grid?.columnLetters[index];
}

/** The text of the cell under `key` on sheet row `row` of a grid ('' when absent). */
export function shownAt(grid: Grid | undefined, spec: TableSpec, row: number, key: string): string {
  if (!grid) return '';
  const index = matchHeaders(grid.header, spec).columns.get(key);
  const cells = grid.rows.find((r) => r.rowNumber === row)?.cells;
  const value = index === undefined ? null : (cells?.[index]?.value ?? null);
  return value === null ? '' : String(value);
}
