/**
 * The in-memory workbook behind the fake Excel API: sheets of cells (value, number format,
 * fill), tables, data validations, conditional formats, workbook settings, the selection,
 * and table change listeners. Writing a value follows Excel's input rules where they
 * matter to the add-in: a leading apostrophe keeps text as text, `=` starts a formula, and
 * a number typed as text becomes a number unless the cell is formatted as text (`@`).
 */
import {
  columnLetter,
  formatRange,
  parseRange,
  type CellRange,
} from '../../../shared/contract/cell-address.ts';
import type { XlValue } from '../../../addin/excel/excel-api.ts';
import { cellText } from '../../../addin/excel/excel-cell.ts';

export interface FakeCell {
  value: XlValue;
  format: string;
  fill: string | null;
  formula: string | null;
}

export interface FakeValidation {
  range: CellRange;
  list: string;
  alertStyle: string;
}

export interface FakeConditionalFormat {
  range: CellRange;
  formula: string;
  fill: string;
  font: string;
  priority: number;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  readonly validations: FakeValidation[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  constructor(public name: string) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  /** The cell, created empty when absent. */
  ensure(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: '', format: 'General', fill: null, formula: null };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The block from the first to the last cell holding anything (A1 when empty). */
  usedRange(): CellRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === '' && cell.format === 'General' && cell.fill === null) continue;
      const [r, c] = key.split(',').map(Number);
      if (r === undefined || c === undefined) continue;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom === 0 ? { top: 1, left: 1, bottom: 1, right: 1 } : { top, left, bottom, right };
  }

  /**
   * Moves the cells of columns left..right from `fromRow` down by `rows`; with a negative
   * count, the `-rows` rows just above `fromRow` are deleted and the cells below move up.
   */
  shiftRows(fromRow: number, left: number, right: number, rows: number): void {
    const firstTouched = rows < 0 ? fromRow + rows : fromRow;
    const moved: [number, number, FakeCell][] = [];
    for (const [key, cell] of [...this.cells]) {
      const [r, c] = key.split(',').map(Number);
      if (r === undefined || c === undefined || c < left || c > right || r < firstTouched) continue;
      this.cells.delete(key);
      if (r >= fromRow) moved.push([r + rows, c, cell]);
    }
    for (const [r, c, cell] of moved) this.cells.set(`${r},${c}`, cell);
  }
}

export interface FakeTable {
  id: string;
  name: string;
  sheet: FakeSheet;
  /** Header row included. */
  range: CellRange;
  style: string;
}

export type TableListener = (args: { address: string; tableId: string }) => Promise<unknown>;

/** Excel's error for a formula naming nothing it knows. */
const NAME_ERROR = '#NAME?';

/** Excel's last column (XFD): a whole row spans 1..MAX_COLUMN. */
export const MAX_COLUMN = 16384;

export class FakeWorkbook {
  readonly sheets: FakeSheet[];
  readonly tables: FakeTable[] = [];
  readonly settings = new Map<string, string>();
  readonly listeners = new Map<string, TableListener[]>();
  selection: { sheet: string; range: CellRange };
  activeSheet: string;
  private nextTable = 1;

  constructor(sheetNames: readonly string[] = ['Sheet1']) {
    this.sheets = sheetNames.map((n) => new FakeSheet(n));
    const first = sheetNames[0] ?? 'Sheet1';
    this.selection = { sheet: first, range: { top: 1, left: 1, bottom: 1, right: 1 } };
    this.activeSheet = first;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw fakeError('ItemNotFound', `no sheet ${name}`);
    return s;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw fakeError('ItemAlreadyExists', `sheet ${name} exists`);
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  addTable(sheet: FakeSheet, range: CellRange): FakeTable {
    for (const t of this.tables) {
      if (t.sheet === sheet && overlaps(t.range, range))
        throw fakeError('InvalidOperation', 'tables cannot overlap');
    }
    const n = this.nextTable++;
    const table: FakeTable = {
      id: `{table-${n}}`,
      name: `Table${n}`,
      sheet,
      range: { ...range },
      style: 'TableStyleMedium2',
    };
    for (let c = range.left; c <= range.right; c++) {
      const head = sheet.ensure(range.top, c);
      if (head.value === '') head.value = `Column${c - range.left + 1}`;
    }
    this.tables.push(table);
    return table;
  }

  /**
   * Inserts `count` whole sheet rows at row `at`, as Excel does: every cell from `at` down
   * moves, tables below move whole, a table whose data rows `at` falls in grows, and the
   * new cells take the formats of the row above.
   */
  insertRows(sheet: FakeSheet, at: number, count: number): void {
    sheet.shiftRows(at, 1, MAX_COLUMN, count);
    const move = (r: CellRange): CellRange =>
      r.top >= at
        ? { ...r, top: r.top + count, bottom: r.bottom + count }
        : r.bottom >= at
          ? { ...r, bottom: r.bottom + count }
          : r;
    for (const t of this.tables) if (t.sheet === sheet) t.range = move(t.range);
    for (const v of sheet.validations) v.range = move(v.range);
    for (const cf of sheet.conditionalFormats) cf.range = move(cf.range);
    if (at <= 1) return;
    for (const [key, cell] of [...sheet.cells]) {
      const [r, c] = key.split(',').map(Number);
      if (r !== at - 1 || c === undefined || cell.format === 'General') continue;
      for (let i = 0; i < count; i++) sheet.ensure(at + i, c).format = cell.format;
    }
  }

  /** Writes one cell as Excel takes input. */
  write(sheet: FakeSheet, row: number, column: number, input: unknown): void {
    const cell = sheet.ensure(row, column);
    cell.formula = null;
    if (typeof input === 'number' || typeof input === 'boolean') {
      // A cell formatted as text keeps what is typed as text.
      cell.value = cell.format === '@' ? String(input) : input;
      return;
    }
    const text = cellText(input);
    if (text.startsWith("'")) cell.value = text.slice(1);
    else if (text.startsWith('=') && text.length > 1) {
      cell.formula = text;
      cell.value = NAME_ERROR;
    } else if (cell.format !== '@' && /^[+-]?\d+(\.\d+)?$/.test(text)) cell.value = Number(text);
    else cell.value = text;
  }

  /** Cell values of a block, '' for empty cells (what office-js returns). */
  values(sheetName: string, ref: string): XlValue[][] {
    const sheet = this.sheet(sheetName);
    const r = mustRange(ref);
    return rowsOf(r, (row, col) => sheet.cell(row, col)?.value ?? '');
  }

  /** A planner typing into cells: the values land and the tables they touch fire onChanged. */
  async userWrite(
    sheetName: string,
    ref: string,
    values: readonly (readonly unknown[])[],
  ): Promise<void> {
    const sheet = this.sheet(sheetName);
    const r = mustRange(ref);
    values.forEach((row, i) => row.forEach((v, j) => this.write(sheet, r.top + i, r.left + j, v)));
    this.growTablesUnder(sheet, r);
    await this.changed(sheet, { ...r, bottom: r.top + values.length - 1 });
  }

  /** Excel's table auto-expansion: typing or pasting into the rows just below a table extends it. */
  private growTablesUnder(sheet: FakeSheet, r: CellRange): void {
    for (const t of this.tables) {
      if (t.sheet !== sheet || r.left > t.range.right || r.right < t.range.left) continue;
      if (r.top > t.range.top && r.top <= t.range.bottom + 1 && r.bottom > t.range.bottom)
        t.range = { ...t.range, bottom: r.bottom };
    }
  }

  private pendingChanges: { sheet: FakeSheet; range: CellRange }[] = [];

  /** Records a block written by the API; its change events fire after the batch's sync. */
  noteChange(sheet: FakeSheet, range: CellRange): void {
    this.pendingChanges.push({ sheet, range });
  }

  /** Fires the change events of the blocks written since the last flush. */
  async flushChanges(): Promise<void> {
    const pending = this.pendingChanges;
    this.pendingChanges = [];
    for (const p of pending) await this.changed(p.sheet, p.range);
  }

  /** Fires onChanged for every table the block touches; resolves when the handlers have run. */
  async changed(sheet: FakeSheet, block: CellRange): Promise<void> {
    const calls: Promise<unknown>[] = [];
    for (const t of this.tables) {
      if (t.sheet !== sheet || !overlaps(t.range, block)) continue;
      for (const listener of this.listeners.get(t.id) ?? [])
        calls.push(listener({ address: formatRange(block), tableId: t.id }));
    }
    await Promise.all(calls);
  }

  /** The data rows of a table by header text, for assertions. */
  tableRows(name: string): Record<string, XlValue>[] {
    const t = this.table(name);
    if (!t) throw new Error(`no table ${name}`);
    const header =
      rowsOf({ ...t.range, bottom: t.range.top }, (r, c) => t.sheet.cell(r, c)?.value ?? '')[0] ??
      [];
    const body = rowsOf(
      { ...t.range, top: t.range.top + 1 },
      (r, c) => t.sheet.cell(r, c)?.value ?? '',
    );
    return body.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? ''])));
  }

  /** The A1 address of a table's range. */
  tableAddress(name: string): string {
    const t = this.table(name);
    return t ? formatRange(t.range) : '';
  }
}

/** An office-js style error: `code` is what add-ins test. */
export function fakeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

export function mustRange(ref: string): CellRange {
  const r = parseRange(ref);
  if (!r) throw fakeError('InvalidArgument', `not a range: ${ref}`);
  return r;
}

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function rowsOf<T>(r: CellRange, at: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: T[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(at(row, col));
    out.push(line);
  }
  return out;
}

/** `Sheet1!A1:B2`, `'指标 Indicators'!A1` as office-js writes addresses (quotes only when needed). */
export function qualified(sheet: string, r: CellRange): string {
  const ref =
    r.top === r.bottom && r.left === r.right ? `${columnLetter(r.left)}${r.top}` : formatRange(r);
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet);
  return plain ? `${sheet}!${ref}` : `'${sheet.replace(/'/g, "''")}'!${ref}`;
}
