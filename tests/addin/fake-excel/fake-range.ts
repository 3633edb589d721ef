/**
 * Fake office-js ranges: a Range is a lazy reference (`place`) resolved when its batch
 * syncs, so a table grown earlier in the same batch is seen grown, as in Excel.
 */
import type {
  XlConditionalFormat,
  XlConditionalFormats,
  XlDataValidation,
  XlDataValidationErrorAlert,
  XlDataValidationRule,
  XlRange,
  XlRangeAreas,
  XlRangeFill,
  XlRangeFont,
  XlRangeFormat,
  XlWorksheet,
} from '../../../addin/excel/excel-api.ts';
import { parseRange, type CellRange } from '../../../shared/contract/cell-address.ts';
import type { FakeContext } from './fake-context.ts';
import { LoadedProps, propNames } from './loaded-props.ts';
import {
  fakeError,
  MAX_COLUMN,
  qualified,
  rowsOf,
  type FakeConditionalFormat,
  type FakeSheet,
} from './fake-workbook.ts';

/** Where a range is, worked out when its batch runs. */
export interface Place {
  sheet: FakeSheet;
  range: CellRange;
}

export type Locate = () => Place;

export class FakeRange implements XlRange {
  private readonly props = new LoadedProps('Range');

  constructor(
    private readonly ctx: FakeContext,
    readonly locate: Locate,
    private readonly sheetProxy: (ctx: FakeContext, sheet: () => FakeSheet) => XlWorksheet,
  ) {}

  get values(): unknown[][] {
    return this.props.rows('values');
  }
  set values(v: unknown[][]) {
    this.ctx.queue(() => {
      const { sheet, range } = this.locate();
      fits(v, range);
      v.forEach((row, i) =>
        row.forEach((x, j) => this.ctx.model.write(sheet, range.top + i, range.left + j, x)),
      );
      this.ctx.model.noteChange(sheet, range);
    }, v);
  }
  get numberFormat(): unknown[][] {
    return this.props.rows('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.queue(() => {
      const { sheet, range } = this.locate();
      fits(v, range);
      v.forEach((row, i) =>
        row.forEach((x, j) => (sheet.ensure(range.top + i, range.left + j).format = String(x))),
      );
    }, v);
  }
  get address(): string {
    return this.props.text('address');
  }
  get rowIndex(): number {
    return this.props.number('rowIndex');
  }
  get columnIndex(): number {
    return this.props.number('columnIndex');
  }
  get rowCount(): number {
    return this.props.number('rowCount');
  }
  get columnCount(): number {
    return this.props.number('columnCount');
  }
  get format(): XlRangeFormat {
    return new FakeRangeFormat(this.ctx, () => [this.locate()]);
  }
  get dataValidation(): XlDataValidation {
    return new FakeDataValidation(this.ctx, this.locate);
  }
  get conditionalFormats(): XlConditionalFormats {
    return { add: () => new FakeConditional(this.ctx, this.locate) };
  }
  get worksheet(): XlWorksheet {
    return this.sheetProxy(this.ctx, () => this.locate().sheet);
  }

  private derived(change: (r: CellRange) => CellRange): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const p = this.locate();
        const r = change(p.range);
        if (r.top < 1 || r.left < 1 || r.bottom < r.top || r.right < r.left)
          throw fakeError('InvalidArgument', 'range outside the sheet');
        return { sheet: p.sheet, range: r };
      },
      this.sheetProxy,
    );
  }

  getCell(row: number, column: number): XlRange {
    return this.derived((r) => ({
      top: r.top + row,
      left: r.left + column,
      bottom: r.top + row,
      right: r.left + column,
    }));
  }
  getRow(row: number): XlRange {
    return this.derived((r) => ({ ...r, top: r.top + row, bottom: r.top + row }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): XlRange {
    return this.derived((r) => ({
      top: r.top + rowOffset,
      left: r.left + columnOffset,
      bottom: r.bottom + rowOffset,
      right: r.right + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): XlRange {
    return this.derived((r) => ({
      ...r,
      bottom: r.bottom + deltaRows,
      right: r.right + deltaColumns,
    }));
  }

  delete(shift: string): void {
    if (shift !== 'Up') throw fakeError('InvalidArgument', 'only Up is faked');
    this.ctx.queue(() => {
      const { sheet, range } = this.locate();
      const count = range.bottom - range.top + 1;
      for (const t of this.ctx.model.tables) {
        if (t.sheet !== sheet || range.right < t.range.left || range.left > t.range.right) continue;
        if (range.top > t.range.bottom) continue;
        if (
          range.left !== t.range.left ||
          range.right !== t.range.right ||
          range.top <= t.range.top
        ) {
          throw fakeError(
            'InvalidOperation',
            'this would move cells of a table in a way Excel refuses',
          );
        }
        t.range = {
          ...t.range,
          bottom: t.range.bottom - Math.min(count, t.range.bottom - range.top + 1),
        };
      }
      sheet.shiftRows(range.bottom + 1, range.left, range.right, -count);
      this.ctx.model.noteChange(sheet, range);
    });
  }

  getEntireRow(): XlRange {
    return this.derived((r) => ({ ...r, left: 1, right: MAX_COLUMN }));
  }

  insert(shift: string): XlRange {
    if (shift !== 'Down') throw fakeError('InvalidArgument', 'only Down is faked');
    this.ctx.queue(() => {
      const { sheet, range } = this.locate();
      if (range.left !== 1 || range.right !== MAX_COLUMN)
        throw fakeError('InvalidArgument', 'the fake inserts whole rows only');
      this.ctx.model.insertRows(sheet, range.top, range.bottom - range.top + 1);
    });
    return this;
  }

  copyFrom(source: XlRange | XlRangeAreas | string, copyType: string): void {
    if (copyType !== 'All') throw fakeError('InvalidArgument', 'only All is faked');
    if (!(source instanceof FakeRange))
      throw fakeError('InvalidArgument', 'the source is not a fake range');
    this.ctx.queue(() => {
      const from = source.locate();
      const { sheet, range } = this.locate();
      const rows = from.range.bottom - from.range.top + 1;
      const cols = from.range.right - from.range.left + 1;
      if (rows !== range.bottom - range.top + 1 || cols !== range.right - range.left + 1)
        throw fakeError('InvalidArgument', 'the fake copies between ranges of one size');
      // Read the whole source first: the two ranges may overlap.
      const copied = rowsOf(from.range, (r, c) => from.sheet.cell(r, c));
      copied.forEach((row, i) =>
        row.forEach((cell, j) => {
          const at = `${range.top + i},${range.left + j}`;
          if (cell) sheet.cells.set(at, { ...cell });
          else sheet.cells.delete(at);
        }),
      );
      this.ctx.model.noteChange(sheet, range);
    });
  }

  select(): void {
    this.ctx.queue(() => {
      const { sheet, range } = this.locate();
      this.ctx.model.selection = { sheet: sheet.name, range };
      this.ctx.model.activeSheet = sheet.name;
    });
  }

  load(propertyNames: string | string[]): XlRange {
    const names = propNames(propertyNames);
    this.ctx.queueLoad(() => {
      const { sheet, range } = this.locate();
      const data: Record<string, unknown> = {};
      for (const name of names) data[name] = rangeProp(sheet, range, name);
      return { data, commit: () => this.props.set(data) };
    });
    return this;
  }
}

function rangeProp(sheet: FakeSheet, r: CellRange, name: string): unknown {
  switch (name) {
    case 'values':
      return rowsOf(r, (row, col) => sheet.cell(row, col)?.value ?? '');
    case 'numberFormat':
      return rowsOf(r, (row, col) => sheet.cell(row, col)?.format ?? 'General');
    case 'address':
      return qualified(sheet.name, r);
    case 'rowIndex':
      return r.top - 1;
    case 'columnIndex':
      return r.left - 1;
    case 'rowCount':
      return r.bottom - r.top + 1;
    case 'columnCount':
      return r.right - r.left + 1;
    default:
      throw fakeError('InvalidArgument', `the fake Range cannot load ${name}`);
  }
}

/** Excel refuses an array whose shape is not the range's. */
function fits(v: readonly (readonly unknown[])[], r: CellRange): void {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  if (v.length !== rows || v.some((row) => row.length !== cols)) {
    throw fakeError(
      'InvalidArgument',
      `the array (${v.length}×${v[0]?.length ?? 0}) does not match the range (${rows}×${cols})`,
    );
  }
}

/** Several areas of one sheet (`A1,C5:D6`). */
export class FakeRangeAreas implements XlRangeAreas {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly refs: string,
  ) {}

  get format(): XlRangeFormat {
    return new FakeRangeFormat(this.ctx, () => {
      const sheet = this.sheet();
      return this.refs.split(',').map((ref) => {
        const range = parseRange(ref);
        if (!range) throw fakeError('InvalidArgument', `not a range: ${ref}`);
        return { sheet, range };
      });
    });
  }
}

class FakeRangeFormat implements XlRangeFormat {
  constructor(
    private readonly ctx: FakeContext,
    private readonly places: () => Place[],
  ) {}

  private each(apply: (sheet: FakeSheet, row: number, col: number) => void): void {
    for (const { sheet, range } of this.places())
      rowsOf(range, (row, col) => apply(sheet, row, col));
  }

  get fill(): XlRangeFill {
    const ctx = this.ctx;
    const each = this.each.bind(this);
    return {
      get color(): string {
        throw fakeError('PropertyNotLoaded', 'fill.color is not faked for reading');
      },
      set color(c: string) {
        ctx.queue(() => each((sheet, r, col) => (sheet.ensure(r, col).fill = c)), c);
      },
      clear: () => ctx.queue(() => each((sheet, r, col) => (sheet.ensure(r, col).fill = null))),
    };
  }
  get font(): XlRangeFont {
    const ctx = this.ctx;
    return {
      get color(): string {
        throw fakeError('PropertyNotLoaded', 'font.color is not faked for reading');
      },
      set color(c: string) {
        ctx.queue(() => undefined, c);
      },
      get bold(): boolean {
        throw fakeError('PropertyNotLoaded', 'font.bold is not faked for reading');
      },
      set bold(b: boolean) {
        ctx.queue(() => undefined, b);
      },
    };
  }
  get columnWidth(): number {
    throw fakeError('PropertyNotLoaded', 'columnWidth is not faked for reading');
  }
  set columnWidth(w: number) {
    this.ctx.queue(() => {
      for (const { sheet, range } of this.places())
        for (let c = range.left; c <= range.right; c++) sheet.columnWidths.set(c, w);
    }, w);
  }
  autofitColumns(): void {
    this.ctx.queue(() => undefined);
  }
}

class FakeDataValidation implements XlDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    readonly locate: Locate,
  ) {}

  get rule(): XlDataValidationRule {
    throw fakeError('PropertyNotLoaded', 'dataValidation.rule is not faked for reading');
  }
  set rule(rule: XlDataValidationRule) {
    this.ctx.queue(() => {
      const { sheet, range } = this.locate();
      const source = rule.list?.source;
      if (typeof source !== 'string')
        throw fakeError('InvalidArgument', 'the fake takes list validations with a text source');
      sheet.validations.push({ range, list: source, alertStyle: 'Stop' });
    }, rule);
  }
  get errorAlert(): XlDataValidationErrorAlert {
    throw fakeError('PropertyNotLoaded', 'dataValidation.errorAlert is not faked for reading');
  }
  set errorAlert(alert: XlDataValidationErrorAlert) {
    this.ctx.queue(() => {
      const { sheet, range } = this.locate();
      for (const v of sheet.validations)
        if (sameRange(v.range, range)) v.alertStyle = String(alert.style);
    }, alert);
  }
  clear(): void {
    this.ctx.queue(() => {
      const { sheet, range } = this.locate();
      const keep = sheet.validations.filter((v) => !sameRange(v.range, range));
      sheet.validations.splice(0, sheet.validations.length, ...keep);
    });
  }
}

function sameRange(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** A conditional format: created when the batch runs; its settings apply to that object. */
class FakeConditional implements XlConditionalFormat {
  private made: FakeConditionalFormat | null = null;
  stopIfTrue = false;

  constructor(
    private readonly ctx: FakeContext,
    locate: Locate,
  ) {
    ctx.queue(() => {
      const { sheet, range } = locate();
      this.made = {
        range,
        formula: '',
        fill: '',
        font: '',
        priority: sheet.conditionalFormats.length,
      };
      sheet.conditionalFormats.push(this.made);
    });
  }

  private set(apply: (cf: FakeConditionalFormat) => void, data: unknown): void {
    this.ctx.queue(() => {
      if (this.made === null) throw new Error('conditional format not created');
      apply(this.made);
    }, data);
  }

  get priority(): number {
    throw fakeError('PropertyNotLoaded', 'priority is not faked for reading');
  }
  set priority(p: number) {
    this.set((cf) => (cf.priority = p), p);
  }

  get custom(): XlConditionalFormat['custom'] {
    const set = this.set.bind(this);
    return {
      rule: {
        get formula(): string {
          throw fakeError('PropertyNotLoaded', 'formula is not faked for reading');
        },
        set formula(f: string) {
          set((cf) => (cf.formula = f), f);
        },
      },
      format: {
        fill: {
          get color(): string {
            throw fakeError('PropertyNotLoaded', 'color is not faked for reading');
          },
          set color(c: string) {
            set((cf) => (cf.fill = c), c);
          },
        },
        font: {
          get color(): string {
            throw fakeError('PropertyNotLoaded', 'color is not faked for reading');
          },
          set color(c: string) {
            set((cf) => (cf.font = c), c);
          },
        },
      },
    };
  }
}
