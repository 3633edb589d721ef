/**
 * Opens an .xlsx into the fake workbook the way Excel would show it to office-js: cell
 * values (formulas as their cached results, dates as serial numbers with their date
 * format, errors as their text), number formats and every table with its range — so the
 * add-in's reading path can be compared with the worker's on the very same file.
 */
import type ExcelJS from 'exceljs';
import { loadWorkbook } from '../../../worker/workbook/load-workbook.ts';
import { sheetTables } from '../../../worker/workbook/table-location.ts';
import { parseRange } from '../../../shared/contract/cell-address.ts';
import type { XlValue } from '../../../addin/excel/excel-api.ts';
import { FakeWorkbook } from './fake-workbook.ts';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An .xlsx file as a fake workbook. */
export async function fakeFromXlsx(path: string): Promise<FakeWorkbook> {
  const loaded = await loadWorkbook(path);
  if (!loaded.ok) throw new Error(`cannot open ${path}`);
  const fake = new FakeWorkbook([]);
  for (const ws of loaded.workbook.worksheets) {
    const sheet = fake.addSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const target = sheet.ensure(r, c);
        target.format = cell.numFmt || 'General';
        target.value = excelValue(cell.value);
      });
    });
    for (const model of sheetTables(ws)) {
      const range = parseRange(model.tableRef);
      if (!range) continue;
      const table = fake.addTable(sheet, range);
      table.name = model.name;
    }
  }
  return fake;
}

type Raw = ExcelJS.CellValue | ExcelJS.CellFormulaValue['result'];

function excelValue(raw: Raw): XlValue {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
  if (raw instanceof Date) return (raw.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if ('error' in raw) return raw.error;
  if ('richText' in raw) return raw.richText.map((p) => p.text).join('');
  if ('formula' in raw || 'sharedFormula' in raw) return excelValue(raw.result);
  if ('hyperlink' in raw) return typeof raw.text === 'string' ? raw.text : raw.hyperlink;
  return '';
}
