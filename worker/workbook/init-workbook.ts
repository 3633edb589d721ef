import ExcelJS from 'exceljs';
import {
  ACTUALS,
  ALERTS,
  INDICATORS,
  MILESTONES,
  RECIPIENTS,
  SETTINGS,
  STATUS,
  type TableSpec,
} from '../../shared/contract/tables.ts';
import type { TemplateRow, WorkbookTemplate } from '../../shared/contract/template.ts';
import { addContractTable, addTableSheet, frozenHeader } from './contract-table.ts';
import { saveWorkbook } from './save-workbook.ts';

/** Empty rows between the Settings table and the Recipients table below it. */
const RECIPIENTS_GAP = 3;

/**
 * A new plan workbook: one sheet per contract table (Settings and Recipients share one),
 * each an Excel table with its canonical name, bilingual headers, the template's rows,
 * formats, dropdowns and, on Alerts and Status, status colours. Alerts and Status start
 * empty.
 */
export function createWorkbook(template: WorkbookTemplate): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kpi-sentinel';
  workbook.title = template.name;
  const single: [TableSpec, readonly TemplateRow[]][] = [
    [INDICATORS, template.indicators],
    [MILESTONES, template.milestones],
    [ACTUALS, template.actuals],
  ];
  for (const [spec, rows] of single) addTableSheet(workbook, spec, rows);

  const settings = workbook.addWorksheet(SETTINGS.sheet, frozenHeader());
  const settingsBottom = addContractTable(settings, SETTINGS, template.settings);
  addContractTable(settings, RECIPIENTS, template.recipients, settingsBottom + RECIPIENTS_GAP + 1);

  addTableSheet(workbook, ALERTS, []);
  addTableSheet(workbook, STATUS, []);
  return workbook;
}

/** Writes a new plan workbook from a template (to a temp file first, then renamed into place). */
export async function initWorkbook(path: string, template: WorkbookTemplate): Promise<void> {
  await saveWorkbook(createWorkbook(template), path);
}
