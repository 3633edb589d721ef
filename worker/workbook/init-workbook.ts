import ExcelJS from 'exceljs';
import { layoutSheets, planLayout } from '../../shared/contract/plan-layout.ts';
import type { WorkbookTemplate } from '../../shared/contract/template.ts';
import { addContractTable, addTableSheet, frozenHeader } from './contract-table.ts';
import { saveWorkbook } from './save-workbook.ts';

/**
 * A new plan workbook in the shared plan layout: one sheet per contract table (Settings
 * and Recipients share one), each an Excel table with its canonical name, bilingual
 * headers, the template's rows, formats, dropdowns and, on Alerts and Status, status
 * colours. Alerts and Status start empty. The add-in's `New plan` builds the same layout.
 */
export function createWorkbook(template: WorkbookTemplate): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kpi-sentinel';
  workbook.title = template.name;
  for (const sheet of layoutSheets(planLayout(template))) {
    const [only, ...more] = sheet.tables;
    if (only !== undefined && more.length === 0) {
      addTableSheet(workbook, only.spec, only.rows, sheet.name);
      continue;
    }
    const worksheet = workbook.addWorksheet(sheet.name, frozenHeader());
    for (const placed of sheet.tables)
      addContractTable(worksheet, placed.spec, placed.rows, placed.top);
  }
  return workbook;
}

/** Writes a new plan workbook from a template (to a temp file first, then renamed into place). */
export async function initWorkbook(path: string, template: WorkbookTemplate): Promise<void> {
  await saveWorkbook(createWorkbook(template), path);
}
