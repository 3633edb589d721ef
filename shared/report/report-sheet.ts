/**
 * The evaluation table laid out on a worksheet, cell by cell: what the CLI's .xlsx and the
 * add-in's new worksheet both write, so the two show the same rows in the same order.
 * Numbers stay numbers (序号, 完成率, 序时进度) with their number formats.
 */
import { figureText } from '../evaluate/output-number.ts';
import { t } from '../i18n/messages.ts';
import type { EvaluationTable } from './evaluation-table.ts';

export type SheetCell = string | number | null;

/** What a row is, for its look (bold headings, merged title and text rows). */
export type SheetRowRole = 'title' | 'text' | 'heading' | 'category' | 'row' | 'blank';

export interface SheetRow {
  role: SheetRowRole;
  cells: SheetCell[];
}

export interface ReportSheet {
  /** Every row is `columns` cells wide. */
  columns: number;
  rows: SheetRow[];
  /** Column widths in characters. */
  widths: number[];
  /** Number format per column for `row` rows ('' for none: General). */
  formats: string[];
  /** 1-based sheet rows whose cells are merged across every column (title, text, category). */
  mergedRows: number[];
}

/** Share with one decimal: 0.869 → 86.9%. */
export const PERCENT_FORMAT = '0.0%';
const INTEGER_FORMAT = '0';
/** Text: footnote numbers `1、4` (and a lone `1`) stay as written. */
const TEXT_FORMAT = '@';

const MAIN_WIDTHS = [6, 34, 8, 12, 14, 18, 30, 14, 9, 9, 8];

/** A plain figure as a number (a spreadsheet can add it up); text such as `98.5%以上` as text. */
function figureCell(text: string, value: number | null): SheetCell {
  return value !== null && text === figureText(value) ? value : text;
}

/** The worksheet name for an evaluation as of a date: `评估表 2025-03-31`. */
export function reportSheetName(asOf: string): string {
  return t('report.sheet_name', { date: asOf }).zh;
}

/** The evaluation table as worksheet rows. */
export function reportSheet(table: EvaluationTable): ReportSheet {
  const columns = MAIN_WIDTHS.length;
  const rows: SheetRow[] = [];
  const pad = (cells: SheetCell[]): SheetCell[] => [
    ...cells,
    ...Array.from({ length: columns - cells.length }, () => null),
  ];
  const add = (role: SheetRowRole, cells: SheetCell[]): void => {
    rows.push({ role, cells: pad(cells) });
  };
  add('title', [table.title]);
  add('text', [table.asOfLine]);
  add('text', [table.summary]);
  add('blank', []);
  add('heading', [
    ...table.headings,
    t('report.col.completion_rate').zh,
    t('report.col.elapsed').zh,
    t('report.col.notes').zh,
  ]);
  for (const group of table.groups) {
    add('category', [group.label]);
    for (const r of group.rows)
      add('row', [
        r.no,
        r.name,
        r.kind,
        figureCell(r.baseline, r.baselineValue),
        figureCell(r.target, r.targetValue),
        r.progress,
        r.completion,
        r.outcomeText,
        r.completionShare,
        r.elapsedShare,
        r.notes.join(t('report.name_separator').zh),
      ]);
  }
  if (table.lines.length > 0) {
    add('blank', []);
    add('title', [table.linesTitle]);
    add('heading', table.lineHeadings);
    for (const l of table.lines)
      add('row', [l.no, l.name, l.line, l.latest, l.holdText, l.regionsBreached]);
  }
  if (table.notes.length > 0) {
    add('blank', []);
    add('text', [t('report.notes.title').zh]);
    table.notes.forEach((text, i) => {
      add('text', [t('report.note_line', { no: i + 1, text }).zh]);
    });
  }
  const merged = (role: SheetRowRole): boolean =>
    role === 'title' || role === 'text' || role === 'category';
  return {
    columns,
    rows,
    widths: MAIN_WIDTHS,
    formats: MAIN_WIDTHS.map((_, c) =>
      c === 0 ? INTEGER_FORMAT : c === 8 || c === 9 ? PERCENT_FORMAT : c === 10 ? TEXT_FORMAT : '',
    ),
    mergedRows: rows.flatMap((r, i) => (merged(r.role) ? [i + 1] : [])),
  };
}
