import { parseDueDays, type DueDaysSpec } from '../calendar/due-days-text.ts';
import { EXCEL_MAX_CELL_TEXT, shownValue } from '../contract/cell-limits.ts';
import type { Cell, Grid, GridRow } from '../contract/grid.ts';
import { bilingualHeader, type TableSpec } from '../contract/tables.ts';
import { t, type Bilingual, type MessageKey } from '../i18n/messages.ts';
import type { Problem } from '../model/problem.ts';
import type { EnumResult } from '../parse/enum-values.ts';
import { inUnit, parseNumberText, type NumberResult } from '../parse/number-text.ts';
import { parsePeriod, parseYear, type Period } from '../parse/period.ts';
import { parseTargetText, type TargetResult } from '../parse/target-text.ts';
import { normalizeText } from '../parse/text-normalize.ts';

type NumberOk = Extract<NumberResult, { ok: true }>;
type TargetOk = Extract<TargetResult, { ok: true }>;

/**
 * One row of a contract table, read cell by cell. Every getter reports what is wrong with
 * its cell as a Problem naming workbook, sheet, row, column (bilingual header and letter)
 * and value; an `error` marks the row as failed, and the table reader then drops it.
 * Each cell is reported at most once.
 */
export class RowReader {
  /** True once an `error` problem was reported for this row. */
  failed = false;
  /** Cells reported on, with the level; made at the first report (most rows have none). */
  private reports: Map<string, Problem['level']> | null = null;

  constructor(
    private readonly grid: Grid,
    private readonly spec: TableSpec,
    private readonly columns: ReadonlyMap<string, number>,
    readonly row: GridRow,
    private readonly problems: Problem[],
  ) {}

  /** 1-based sheet row. */
  get rowNumber(): number {
    return this.row.rowNumber;
  }

  /** The cell under a column; undefined when the column is absent or the cell holds an error (reported). */
  cell(key: string): Cell | undefined {
    const index = this.columns.get(key);
    if (index === undefined) return undefined;
    const cell = this.row.cells[index];
    if (!cell) return undefined;
    if (cell.error !== undefined) {
      this.fail(key, 'row.cell_error', t('row.cell_error', { value: cell.error }));
      return undefined;
    }
    if (cell.formulaWithoutValue) {
      this.fail(key, 'row.formula_no_value', t('row.formula_no_value'));
      return undefined;
    }
    if (typeof cell.value === 'string' && cell.value.length > EXCEL_MAX_CELL_TEXT) {
      const detail = t('row.text_too_long', {
        length: cell.value.length.toLocaleString('en-US'),
        limit: EXCEL_MAX_CELL_TEXT.toLocaleString('en-US'),
      });
      this.fail(key, 'row.text_too_long', detail);
      return undefined;
    }
    return cell;
  }

  /** Trimmed text of a cell ('' when empty or absent); numbers as written by String(). */
  text(key: string): string {
    const v = this.cell(key)?.value;
    return v === null || v === undefined ? '' : String(v).trim();
  }

  /** The cell's text exactly as typed (for the planner columns the worker keeps verbatim). */
  verbatim(key: string): string {
    const v = this.cell(key)?.value;
    return v === null || v === undefined ? '' : String(v);
  }

  /** Trimmed text that must not be empty (names are kept as typed). */
  required(key: string): string {
    const s = this.text(key);
    if (s === '' && !this.wasReported(key)) this.fail(key, 'row.required', t('row.required'));
    return s;
  }

  /**
   * An identifier that must not be empty, full-width forms folded so `ＨＺ０１` on one sheet
   * matches `HZ01` on another (ids, emails).
   */
  requiredCode(key: string): string {
    return normalizeText(this.required(key));
  }

  /** A number with its markers; null when empty or "none" (`/`, `—`), or when invalid (reported). */
  numberResult(key: string): NumberOk | null {
    const cell = this.cell(key);
    if (!cell) return null;
    const r = parseNumberText(cell.value, { percentCell: cell.percent === true });
    if (r.ok) return r;
    if (r.reason === 'invalid') this.fail(key, 'row.not_number', r.message);
    return null;
  }

  /**
   * A number in an indicator's unit (`57万` is 57 for unit `万户`); null when empty or
   * none. `required` turns empty and none into an error.
   */
  number(key: string, opts: { unit?: string; required?: boolean } = {}): number | null {
    const r = this.numberResult(key);
    if (r === null) {
      if (opts.required) this.requireFilled(key);
      return null;
    }
    return inUnit(r.value, r.multiplier, opts.unit ?? '');
  }

  /** A whole number at least `min`; null when empty. */
  integer(key: string, min: number): number | null {
    const n = this.number(key);
    if (n === null || (Number.isInteger(n) && n >= min)) return n;
    this.fail(key, 'row.integer_needed', t('row.integer_needed', { value: this.shown(key), min }));
    return null;
  }

  /**
   * A due period (`10个工作日`, `10 workdays`, `10天`, `10`); null when empty. A bare number
   * keeps `calendar: null`: Settings `due.calendar` decides.
   */
  dueDays(key: string): DueDaysSpec | null {
    const cell = this.cell(key);
    if (!cell || isBlank(cell) || cell.value === null) return null;
    const r = parseDueDays(typeof cell.value === 'boolean' ? String(cell.value) : cell.value, null);
    if (r.ok) return r.value;
    this.fail(key, 'parse.due_days.invalid', r.message);
    return null;
  }

  /** A year (`2020`, `2020年`); null when empty. */
  year(key: string): number | null {
    const cell = this.cell(key);
    if (!cell || isBlank(cell)) return null;
    const y = typeof cell.value === 'boolean' || cell.value === null ? null : parseYear(cell.value);
    if (y === null)
      this.fail(key, 'row.year_invalid', t('row.year_invalid', { value: this.shown(key) }));
    return y;
  }

  /** A period (`2023`, `2023-Q3`, `2023-09` and their Chinese forms); reported when unreadable. */
  period(key: string): Period | null {
    const cell = this.cell(key);
    if (!cell || isBlank(cell)) {
      this.requireFilled(key);
      return null;
    }
    const p =
      typeof cell.value === 'boolean' || cell.value === null ? null : parsePeriod(cell.value);
    if (p === null)
      this.fail(key, 'parse.period.invalid', t('parse.period.invalid', { value: this.shown(key) }));
    return p;
  }

  /** Target text (`98.5%以上`); null when empty or none, or when invalid (reported). */
  target(key: string): TargetOk | null {
    const cell = this.cell(key);
    if (!cell) return null;
    const r = parseTargetText(cell.value, { percentCell: cell.percent === true });
    if (r.ok) return r;
    if (r.reason === 'invalid') this.fail(key, 'row.bad_target', r.message);
    return null;
  }

  /** A choice read by an enum parser; undefined when empty, or when invalid (reported). */
  choice<T>(key: string, parse: (v: Cell['value']) => EnumResult<T>): T | undefined {
    const cell = this.cell(key);
    if (!cell) return undefined;
    const r = parse(cell.value);
    if (r.ok) return r.value;
    if (r.reason === 'invalid') this.fail(key, 'row.bad_choice', r.message);
    return undefined;
  }

  /** True when an error was reported on this cell (so a consequence need not be reported too). */
  hasError(key: string): boolean {
    return this.reports?.get(key) === 'error';
  }

  private wasReported(key: string): boolean {
    return this.reports?.has(key) === true;
  }

  /** Reports an error on a cell: the row is dropped. */
  fail(key: string, code: string, detail: Bilingual): void {
    this.report(key, code, detail, 'error');
  }

  /** Reports a warning on a cell: the row is kept. */
  warn(key: string, code: string, detail: Bilingual): void {
    this.report(key, code, detail, 'warning');
  }

  /** The cell's value as shown in messages (`#DIV/0!` for an error cell). */
  shown(key: string): string {
    const index = this.columns.get(key);
    const cell = index === undefined ? undefined : this.row.cells[index];
    if (!cell) return '';
    if (cell.error !== undefined) return cell.error;
    return cell.value === null ? '' : shownValue(String(cell.value));
  }

  private requireFilled(key: string): void {
    if (this.wasReported(key)) return;
    const shown = this.shown(key).trim();
    const message: MessageKey = shown === '' ? 'row.required' : 'row.required_not_none';
    this.fail(key, message, t(message, { value: shown }));
  }

  private report(key: string, code: string, detail: Bilingual, level: Problem['level']): void {
    if (this.wasReported(key)) return;
    (this.reports ??= new Map()).set(key, level);
    if (level === 'error') this.failed = true;
    const column = this.columnLabel(key);
    const where = {
      workbook: this.grid.workbook,
      sheet: this.grid.sheet,
      row: this.row.rowNumber,
      column,
    };
    const index = this.columns.get(key);
    const letter = index === undefined ? undefined : this.grid.columnLetters[index];
    this.problems.push({
      ...where,
      ...(letter === undefined ? {} : { columnLetter: letter }),
      value: this.shown(key),
      code,
      message: t(level === 'error' ? 'row.at_skipped' : 'row.at', {
        ...where,
        detailZh: detail.zh,
        detailEn: detail.en,
      }),
      level,
    });
  }

  /** `目标值 Target (K)`: the contract's bilingual header and the sheet column letter. */
  private columnLabel(key: string): string {
    const spec = this.spec.columns.find((c) => c.key === key);
    const header = spec ? bilingualHeader(spec) : key;
    const index = this.columns.get(key);
    const letter = index === undefined ? undefined : this.grid.columnLetters[index];
    return letter ? `${header} (${letter})` : header;
  }
}

/** Empty, or only spaces, with no error and no formula awaiting its value. */
export function isBlank(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.error !== undefined || cell.formulaWithoutValue) return false;
  return cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');
}
