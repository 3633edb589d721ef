/**
 * Where a new plan workbook puts its contract tables and how it formats them — the one
 * layout `kpi-sentinel init` (worker, exceljs) and `New plan` (add-in, office-js) both
 * build, so the two make the same workbook.
 */
import type { CellValue } from './grid.ts';
import {
  ACTUALS,
  ALERTS,
  bilingualHeader,
  INDICATORS,
  MILESTONES,
  RECIPIENTS,
  SETTINGS,
  STATUS,
  type TableSpec,
} from './tables.ts';
import type { TemplateRow, WorkbookTemplate } from './template.ts';

/** How far below the header dropdowns and status colours reach, so tables can grow into them. */
export const FORMATTED_ROWS = 2000;

/** Empty rows between the Settings table and the Recipients table below it. */
export const RECIPIENTS_GAP = 3;

/** Table style of every contract table. */
export const TABLE_STYLE = 'TableStyleMedium2';

/**
 * Number formats by column key: gaps and percentages with one decimal, years whole,
 * periods and mobile numbers as text (so a typed 13800001111 stays a number to dial).
 */
const NUMBER_FORMATS: Readonly<Record<string, string>> = {
  completion: '0.0',
  elapsed: '0.0',
  gap: '0.0',
  baselineYear: '0',
  targetYear: '0',
  period: '@',
  mobile: '@',
};

/** Columns whose labels the status colours paint (on worker-owned tables). */
const COLOURED_KEYS: readonly string[] = ['state', 'severity', 'status'];

/** The number format a column of a contract table takes, if any. */
export function numberFormatOf(key: string): string | undefined {
  return NUMBER_FORMATS[key];
}

/** 0-based positions of the columns the status colours paint; empty for planner tables. */
export function colouredColumns(spec: TableSpec): number[] {
  if (spec.owner !== 'worker') return [];
  return spec.columns.flatMap((c, i) => (COLOURED_KEYS.includes(c.key) ? [i] : []));
}

/**
 * A table's data rows in column order. An empty text is an empty cell; a table with no
 * rows gets one empty row, since Excel needs a table to have a data row.
 */
export function tableBody(spec: TableSpec, rows: readonly TemplateRow[]): CellValue[][] {
  const body: CellValue[][] = rows.map((row) => spec.columns.map((c) => emptyToNull(row[c.key])));
  if (body.length === 0) body.push(spec.columns.map(() => null));
  return body;
}

function emptyToNull(v: CellValue | undefined): CellValue {
  return v === undefined || v === '' ? null : v;
}

/** Column width in characters for these values: CJK characters take two; between 8 and 40. */
export function columnWidth(values: readonly CellValue[]): number {
  let widest = 0;
  for (const v of values) {
    if (v === null) continue;
    let w = 0;
    for (const ch of String(v)) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
    widest = Math.max(widest, w);
  }
  return Math.min(40, Math.max(8, widest + 2));
}

/** One contract table placed on its sheet, its header at column A of row `top`. */
export interface PlacedTable {
  spec: TableSpec;
  sheet: string;
  top: number;
  rows: readonly TemplateRow[];
}

/**
 * Every table of a new plan workbook in creation order: one sheet per table, except that
 * Recipients sits below Settings on the Settings sheet. Alerts and Status start empty.
 */
export function planLayout(template: WorkbookTemplate): PlacedTable[] {
  const own = (spec: TableSpec, rows: readonly TemplateRow[]): PlacedTable => ({
    spec,
    sheet: spec.sheet,
    top: 1,
    rows,
  });
  const settingsBottom = 1 + tableBody(SETTINGS, template.settings).length;
  return [
    own(INDICATORS, template.indicators),
    own(MILESTONES, template.milestones),
    own(ACTUALS, template.actuals),
    own(SETTINGS, template.settings),
    {
      spec: RECIPIENTS,
      sheet: SETTINGS.sheet,
      top: settingsBottom + RECIPIENTS_GAP + 1,
      rows: template.recipients,
    },
    own(ALERTS, []),
    own(STATUS, []),
  ];
}

/** The sheets of a layout in order, each with its tables. */
export function layoutSheets(
  tables: readonly PlacedTable[],
): { name: string; tables: PlacedTable[] }[] {
  const sheets: { name: string; tables: PlacedTable[] }[] = [];
  for (const t of tables) {
    const sheet = sheets.find((s) => s.name === t.sheet);
    if (sheet) sheet.tables.push(t);
    else sheets.push({ name: t.sheet, tables: [t] });
  }
  return sheets;
}

/** The sheet name, or `name (2)`, `name (3)`… when a sheet of that name (any case) is taken. */
export function freeSheetName(taken: readonly string[], wanted: string): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** Column widths (characters) of a sheet: per column, the widest header or value of any table on it. */
export function sheetColumnWidths(tables: readonly PlacedTable[]): number[] {
  const widths: number[] = [];
  for (const placed of tables) {
    const body = tableBody(placed.spec, placed.rows);
    placed.spec.columns.forEach((c, i) => {
      widths[i] = Math.max(
        widths[i] ?? 0,
        columnWidth([bilingualHeader(c), ...body.map((r) => r[i] ?? null)]),
      );
    });
  }
  return widths;
}
