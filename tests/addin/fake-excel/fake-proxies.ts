/**
 * Fake office-js workbook objects above the range: workbook, worksheets, tables, table
 * rows, settings. Like ranges they are lazy references resolved when their batch syncs.
 */
import type {
  XlEventHandlers,
  XlRange,
  XlRangeAreas,
  XlSetting,
  XlSettings,
  XlTable,
  XlTableChangedEvent,
  XlTableRows,
  XlTables,
  XlValue,
  XlWorkbook,
  XlWorksheet,
  XlWorksheets,
} from '../../../addin/excel/excel-api.ts';
import { parseSheetRange } from '../../../shared/contract/cell-address.ts';
import type { FakeContext } from './fake-context.ts';
import { FakeRange, FakeRangeAreas } from './fake-range.ts';
import {
  fakeError,
  mustRange,
  type FakeSheet,
  type FakeTable as TableModel,
} from './fake-workbook.ts';
import { LoadedProps, propNames } from './loaded-props.ts';

function sheetProxy(ctx: FakeContext, sheet: () => FakeSheet): XlWorksheet {
  return new FakeWorksheet(ctx, sheet);
}

function range(
  ctx: FakeContext,
  locate: () => {
    sheet: FakeSheet;
    range: { top: number; left: number; bottom: number; right: number };
  },
): XlRange {
  return new FakeRange(ctx, locate, sheetProxy);
}

export class FakeWorkbookProxy implements XlWorkbook {
  readonly worksheets: XlWorksheets;
  readonly tables: XlTables;
  readonly settings: XlSettings;
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx, null);
    this.settings = new FakeSettings(ctx);
    this.application = {
      suspendApiCalculationUntilNextSync: () => ctx.queue(() => ctx.suspendCalculation()),
    };
  }

  getSelectedRange(): XlRange {
    return range(this.ctx, () => {
      const sel = this.ctx.model.selection;
      return { sheet: this.ctx.model.sheet(sel.sheet), range: sel.range };
    });
  }
}

class FakeWorksheet implements XlWorksheet {
  private readonly props = new LoadedProps('Worksheet');

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  /** What a collection load already filled in. */
  preload(data: Record<string, unknown>): void {
    this.props.set(data);
  }

  get name(): string {
    return this.props.text('name');
  }
  set name(n: string) {
    this.ctx.queue(() => (this.sheet().name = n), n);
  }
  get tables(): XlTables {
    return new FakeTables(this.ctx, this.sheet);
  }
  get freezePanes(): { freezeRows(count?: number): void } {
    return { freezeRows: (count = 1) => this.ctx.queue(() => (this.sheet().frozenRows = count)) };
  }
  getRange(address?: string): XlRange {
    return range(this.ctx, () => ({ sheet: this.sheet(), range: mustRange(address ?? '') }));
  }
  getRanges(address?: string): XlRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheet, address ?? '');
  }
  getUsedRange(): XlRange {
    return range(this.ctx, () => {
      const sheet = this.sheet();
      return { sheet, range: sheet.usedRange() };
    });
  }
  activate(): void {
    this.ctx.queue(() => (this.ctx.model.activeSheet = this.sheet().name));
  }
  load(propertyNames: string | string[]): XlWorksheet {
    const names = propNames(propertyNames);
    this.ctx.queueLoad(() => {
      const data: Record<string, unknown> = {};
      if (names.includes('name')) data.name = this.sheet().name;
      return { data, commit: () => this.props.set(data) };
    });
    return this;
  }
}

class FakeWorksheets implements XlWorksheets {
  private loadedItems: XlWorksheet[] | null = null;

  constructor(private readonly ctx: FakeContext) {}

  get items(): XlWorksheet[] {
    if (this.loadedItems === null)
      throw fakeError('PropertyNotLoaded', 'worksheets.items is not loaded');
    return this.loadedItems;
  }
  add(name?: string): XlWorksheet {
    let made: FakeSheet | null = null;
    this.ctx.queue(() => {
      made = this.ctx.model.addSheet(name ?? `Sheet${this.ctx.model.sheets.length + 1}`);
    }, name);
    return sheetProxy(this.ctx, () => {
      if (made === null) throw new Error('sheet not created yet');
      return made;
    });
  }
  getItem(key: string): XlWorksheet {
    return sheetProxy(this.ctx, () => this.ctx.model.sheet(key));
  }
  load(): XlWorksheets {
    this.ctx.queueLoad(() => {
      const sheets = [...this.ctx.model.sheets];
      return {
        data: sheets.map((s) => ({ name: s.name })),
        commit: () => {
          this.loadedItems = sheets.map((s) => {
            const proxy = new FakeWorksheet(this.ctx, () => s);
            proxy.preload({ name: s.name });
            return proxy;
          });
        },
      };
    });
    return this;
  }
}

class FakeTables implements XlTables {
  private loadedItems: XlTable[] | null = null;

  constructor(
    private readonly ctx: FakeContext,
    /** null: the workbook's tables; else one sheet's. */
    private readonly sheet: (() => FakeSheet) | null,
  ) {}

  get items(): XlTable[] {
    if (this.loadedItems === null)
      throw fakeError('PropertyNotLoaded', 'tables.items is not loaded');
    return this.loadedItems;
  }
  add(address: string, hasHeaders: boolean): XlTable {
    let made: TableModel | null = null;
    this.ctx.queue(() => {
      if (!hasHeaders)
        throw fakeError('InvalidArgument', 'the fake only makes tables with headers');
      const qualified = parseSheetRange(address);
      const sheet = qualified ? this.ctx.model.sheet(qualified.sheet) : this.sheet?.();
      if (!sheet)
        throw fakeError('InvalidArgument', 'a workbook-level table address names its sheet');
      made = this.ctx.model.addTable(sheet, qualified?.range ?? mustRange(address));
    }, address);
    return new FakeTableProxy(this.ctx, () => made);
  }
  getItemOrNullObject(key: string): XlTable {
    const proxy = new FakeTableProxy(this.ctx, () => this.ctx.model.table(key) ?? null);
    proxy.checkNull();
    return proxy;
  }
  load(): XlTables {
    this.ctx.queueLoad(() => {
      const tables = this.ctx.model.tables.filter(
        (t) => this.sheet === null || t.sheet === this.sheet(),
      );
      return {
        data: tables.map((t) => ({ name: t.name })),
        commit: () => {
          this.loadedItems = tables.map((t) => {
            const proxy = new FakeTableProxy(this.ctx, () => t);
            proxy.preload({ name: t.name, id: t.id, isNullObject: false });
            return proxy;
          });
        },
      };
    });
    return this;
  }
}

class FakeTableProxy implements XlTable {
  private readonly props = new LoadedProps('Table');

  constructor(
    private readonly ctx: FakeContext,
    private readonly find: () => TableModel | null,
  ) {}

  preload(data: Record<string, unknown>): void {
    this.props.set(data);
  }

  /** `isNullObject` is known after the next sync, as office-js fills it in. */
  checkNull(): void {
    this.ctx.queueLoad(() => {
      const data = { isNullObject: this.find() === null };
      return { data, commit: () => this.props.set(data) };
    });
  }

  private table(): TableModel {
    const t = this.find();
    if (!t) throw fakeError('ItemNotFound', 'the table does not exist');
    return t;
  }

  get name(): string {
    return this.props.text('name');
  }
  set name(n: string) {
    this.ctx.queue(() => {
      const t = this.table();
      const other = this.ctx.model.table(n);
      if (other && other !== t) throw fakeError('InvalidArgument', `a table named ${n} exists`);
      t.name = n;
    }, n);
  }
  get style(): string {
    return this.props.text('style');
  }
  set style(s: string) {
    this.ctx.queue(() => (this.table().style = s), s);
  }
  get id(): string {
    return this.props.text('id');
  }
  get isNullObject(): boolean {
    return this.props.flag('isNullObject');
  }
  get worksheet(): XlWorksheet {
    return sheetProxy(this.ctx, () => this.table().sheet);
  }
  get rows(): XlTableRows {
    return new FakeTableRows(this.ctx, () => this.table());
  }
  get onChanged(): XlEventHandlers<XlTableChangedEvent> {
    return {
      add: (handler) => {
        this.ctx.queue(() => {
          const t = this.table();
          this.ctx.model.listeners.set(t.id, [
            ...(this.ctx.model.listeners.get(t.id) ?? []),
            handler,
          ]);
        });
        return { remove: () => undefined };
      },
    };
  }
  getRange(): XlRange {
    return range(this.ctx, () => ({ sheet: this.table().sheet, range: this.table().range }));
  }
  getHeaderRowRange(): XlRange {
    return range(this.ctx, () => {
      const t = this.table();
      return { sheet: t.sheet, range: { ...t.range, bottom: t.range.top } };
    });
  }
  getDataBodyRange(): XlRange {
    return range(this.ctx, () => {
      const t = this.table();
      return { sheet: t.sheet, range: { ...t.range, top: t.range.top + 1 } };
    });
  }
  load(propertyNames: string | string[]): XlTable {
    const names = propNames(propertyNames);
    this.ctx.queueLoad(() => {
      const t = this.find();
      const data: Record<string, unknown> = { isNullObject: t === null };
      if (t) for (const n of names) if (n === 'name' || n === 'style' || n === 'id') data[n] = t[n];
      return { data, commit: () => this.props.set(data) };
    });
    return this;
  }
}

/** Table rows: adding grows the table (moving what is below it down, as Excel inserts cells). */
class FakeTableRows implements XlTableRows {
  constructor(
    private readonly ctx: FakeContext,
    private readonly table: () => TableModel,
  ) {}

  add(index?: number, values?: XlValue[][]): unknown {
    this.ctx.queue(() => {
      if (index !== undefined) throw fakeError('InvalidArgument', 'the fake appends rows only');
      const t = this.table();
      const width = t.range.right - t.range.left + 1;
      const rows = values ?? [Array.from({ length: width }, () => '')];
      if (rows.some((r) => r.length !== width))
        throw fakeError('InvalidArgument', 'row width does not match the table');
      for (const other of this.ctx.model.tables) {
        if (other === t || other.sheet !== t.sheet || other.range.top <= t.range.bottom) continue;
        const inColumns = other.range.left >= t.range.left && other.range.right <= t.range.right;
        const touches = other.range.left <= t.range.right && other.range.right >= t.range.left;
        if (touches && !inColumns)
          throw fakeError('InvalidOperation', 'this would move cells of another table');
        if (inColumns)
          other.range = {
            ...other.range,
            top: other.range.top + rows.length,
            bottom: other.range.bottom + rows.length,
          };
      }
      const below = t.range.bottom + 1;
      t.sheet.shiftRows(below, t.range.left, t.range.right, rows.length);
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const col = t.range.left + j;
          // New table rows take the column's format from the row above.
          t.sheet.ensure(below + i, col).format =
            t.sheet.cell(t.range.bottom, col)?.format ?? 'General';
          this.ctx.model.write(t.sheet, below + i, col, v);
        }),
      );
      t.range = { ...t.range, bottom: t.range.bottom + rows.length };
      this.ctx.model.noteChange(t.sheet, { ...t.range, top: below });
    }, values);
    return undefined;
  }

  getItemAt(index: number): { delete(): void } {
    return {
      delete: () =>
        this.ctx.queue(() => {
          const t = this.table();
          const row = t.range.top + 1 + index;
          if (row > t.range.bottom) throw fakeError('ItemNotFound', `no row ${index}`);
          t.sheet.shiftRows(row + 1, t.range.left, t.range.right, -1);
          t.range = { ...t.range, bottom: t.range.bottom - 1 };
          this.ctx.model.noteChange(t.sheet, t.range);
        }),
    };
  }
}

class FakeSettings implements XlSettings {
  constructor(private readonly ctx: FakeContext) {}

  add(key: string, value: string): unknown {
    this.ctx.queue(() => this.ctx.model.settings.set(key, value), value);
    return undefined;
  }
  getItemOrNullObject(key: string): XlSetting {
    return new FakeSetting(this.ctx, key);
  }
}

class FakeSetting implements XlSetting {
  private readonly props = new LoadedProps('Setting');

  constructor(
    private readonly ctx: FakeContext,
    private readonly key: string,
  ) {
    ctx.queueLoad(() => {
      const data = { isNullObject: !ctx.model.settings.has(key) };
      return { data, commit: () => this.props.set(data) };
    });
  }

  get isNullObject(): boolean {
    return this.props.flag('isNullObject');
  }
  get value(): unknown {
    return this.props.any('value');
  }
  set value(v: unknown) {
    this.ctx.queue(() => this.ctx.model.settings.set(this.key, String(v)), v);
  }
  load(): XlSetting {
    this.ctx.queueLoad(() => {
      const data = { value: this.ctx.model.settings.get(this.key) ?? null };
      return { data, commit: () => this.props.set(data) };
    });
    return this;
  }
}
