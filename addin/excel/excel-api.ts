/**
 * The part of office-js's Excel API the add-in uses, as plain structural types. The
 * gateway is written against these, so it compiles and is tested without office-js (a
 * typed fake in tests/addin/fake-excel implements them); office-conformance.ts proves at
 * compile time that the real `Excel.RequestContext` fits them. Properties are read only
 * after `load` and `sync`, exactly as with office-js.
 */

/** A cell value as office-js takes it when writing (empty cells are ''). */
export type XlValue = string | number | boolean;

/** Loadable objects: `load` queues a read that the next `sync` fills in. */
export interface XlLoadable<Self> {
  load(propertyNames: string | string[]): Self;
}

export interface XlRangeFill {
  color: string;
  clear(): void;
}

export interface XlRangeFont {
  color: string;
  bold: boolean;
}

export interface XlRangeFormat {
  fill: XlRangeFill;
  font: XlRangeFont;
  /** Width in points. */
  columnWidth: number;
  autofitColumns(): void;
}

export interface XlListValidation {
  inCellDropDown: boolean;
  source: unknown;
}

export interface XlDataValidationRule {
  list?: XlListValidation;
}

export interface XlDataValidationErrorAlert {
  showAlert: boolean;
  style: unknown;
  title: string;
  message: string;
}

export interface XlDataValidation {
  rule: XlDataValidationRule;
  errorAlert: XlDataValidationErrorAlert;
  clear(): void;
}

export interface XlConditionalRangeFormat {
  fill: { color: string };
  font: { color: string };
}

export interface XlCustomConditionalFormat {
  rule: { formula: string };
  format: XlConditionalRangeFormat;
}

export interface XlConditionalFormat {
  custom: XlCustomConditionalFormat;
  /** 0 is the highest priority: it wins when two formats apply to a cell. */
  priority: number;
  stopIfTrue: boolean;
}

export interface XlConditionalFormats {
  add(type: 'Custom'): XlConditionalFormat;
}

export interface XlRange extends XlLoadable<XlRange> {
  /** Cell values; errors arrive as their text (`#DIV/0!`), empty cells as ''. */
  values: unknown[][];
  numberFormat: unknown[][];
  /** Sheet-qualified: `'指标 Indicators'!A1:S24`. */
  readonly address: string;
  /** 0-based. */
  readonly rowIndex: number;
  /** 0-based. */
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormats;
  readonly worksheet: XlWorksheet;
  getCell(row: number, column: number): XlRange;
  /** The row at a 0-based offset inside this range. */
  getRow(row: number): XlRange;
  getOffsetRange(rowOffset: number, columnOffset: number): XlRange;
  getResizedRange(deltaRows: number, deltaColumns: number): XlRange;
  /** Deletes the cells; with `Up` the cells below move up (a table's rows shrink it). */
  delete(shift: 'Up'): void;
  /** The whole sheet rows this range spans. */
  getEntireRow(): XlRange;
  /**
   * Inserts cells here, moving the cells below down. Whole rows move everything below
   * them, tables included; whole rows inserted inside a table's data rows grow it.
   */
  insert(shift: 'Down'): XlRange;
  /**
   * Copies another range of the same size here: values, formulas and formats. (The
   * source type is office-js's, so the real Range fits.)
   */
  copyFrom(source: XlRange | XlRangeAreas | string, copyType: 'All'): void;
  select(): void;
}

/** Several ranges of one sheet (`A1,C5:D6`), formatted as one. */
export interface XlRangeAreas {
  readonly format: XlRangeFormat;
}

export interface XlTableChangedEvent {
  /** The changed cells, not sheet-qualified (`B3:C3`). */
  address: string;
  tableId: string;
}

export interface XlEventHandlers<T> {
  add(handler: (args: T) => Promise<unknown>): unknown;
}

export interface XlTableRows {
  /** Appends rows at the end when `index` is undefined; the table grows and keeps its formats. */
  add(index?: number, values?: XlValue[][]): unknown;
  getItemAt(index: number): { delete(): void };
}

export interface XlTable extends XlLoadable<XlTable> {
  name: string;
  style: string;
  readonly id: string;
  readonly isNullObject: boolean;
  readonly worksheet: XlWorksheet;
  readonly rows: XlTableRows;
  readonly onChanged: XlEventHandlers<XlTableChangedEvent>;
  getRange(): XlRange;
  getHeaderRowRange(): XlRange;
  getDataBodyRange(): XlRange;
}

export interface XlTables extends XlLoadable<XlTables> {
  readonly items: XlTable[];
  add(address: string, hasHeaders: boolean): XlTable;
  getItemOrNullObject(key: string): XlTable;
}

export interface XlWorksheet extends XlLoadable<XlWorksheet> {
  name: string;
  readonly tables: XlTables;
  readonly freezePanes: { freezeRows(count?: number): void };
  getRange(address?: string): XlRange;
  getRanges(address?: string): XlRangeAreas;
  /** The block from the first to the last cell in use (formats count too). */
  getUsedRange(valuesOnly?: boolean): XlRange;
  activate(): void;
}

export interface XlWorksheets extends XlLoadable<XlWorksheets> {
  readonly items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
}

export interface XlSetting extends XlLoadable<XlSetting> {
  readonly isNullObject: boolean;
  value: unknown;
}

export interface XlSettings {
  add(key: string, value: string): unknown;
  getItemOrNullObject(key: string): XlSetting;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheets;
  readonly tables: XlTables;
  readonly settings: XlSettings;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  getSelectedRange(): XlRange;
}

/** One batch of queued calls; `sync` sends them to Excel and fills in what was loaded. */
export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

/** What the add-in needs from Office: batches against the open workbook, and the UI language. */
export interface ExcelHost {
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
  /** Office's display language (`zh-CN`, `en-US`). */
  displayLanguage: string;
}
