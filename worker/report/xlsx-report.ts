/**
 * The evaluation table as a new .xlsx (never the plan workbook): the worksheet layout of
 * shared/report/report-sheet.ts written with exceljs — merged title and text rows, bold
 * headings, borders, number formats and column widths, the heading row repeated on print.
 */
import ExcelJS from 'exceljs';
import { reportSheet, reportSheetName } from '../../shared/report/report-sheet.ts';
import type { EvaluationTable } from '../../shared/report/evaluation-table.ts';
import { columnLetter } from '../../shared/contract/cell-address.ts';

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'FangSong';

/** The evaluation table as .xlsx bytes. */
export async function xlsxReport(table: EvaluationTable): Promise<Uint8Array> {
  const layout = reportSheet(table);
  const book = new ExcelJS.Workbook();
  book.creator = 'kpi-sentinel';
  const ws = book.addWorksheet(reportSheetName(table.asOf), {
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.columns = layout.widths.map((width) => ({ width }));
  const firstHeading = layout.rows.findIndex((r) => r.role === 'heading') + 1;
  if (firstHeading > 0) ws.pageSetup.printTitlesRow = `${firstHeading}:${firstHeading}`;
  const last = columnLetter(layout.columns);
  // The columns the current table uses (the lines table is narrower than the main one).
  let span = layout.columns;
  layout.rows.forEach((r, i) => {
    const n = i + 1;
    const row = ws.getRow(n);
    row.values = r.cells.map((c) => (c === null ? null : c));
    row.font = {
      name: FONT,
      size: r.role === 'title' ? 16 : 11,
      bold: r.role === 'title' || r.role === 'heading' || r.role === 'category',
    };
    if (r.role === 'title') row.alignment = { horizontal: 'center' };
    if (r.role === 'text') {
      row.alignment = { wrapText: true, vertical: 'top' };
      // A merged row does not grow to fit its text: give long paragraphs their lines.
      const text = String(r.cells[0] ?? '');
      row.height = Math.max(1, Math.ceil(text.length / 90)) * 16;
    }
    if (r.role === 'heading') span = r.cells.filter((c) => c !== null).length;
    if (r.role === 'heading' || r.role === 'row' || r.role === 'category')
      for (let c = 1; c <= (r.role === 'category' ? layout.columns : span); c++) {
        const cell = row.getCell(c);
        cell.border = BORDER;
        cell.alignment = { wrapText: true, vertical: 'middle' };
        if (r.role === 'heading')
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
        const fmt = layout.formats[c - 1];
        if (r.role === 'row' && fmt !== undefined && fmt !== '' && r.cells[c - 1] !== null)
          cell.numFmt = fmt;
      }
    if (layout.mergedRows.includes(n)) ws.mergeCells(`A${n}:${last}${n}`);
  });
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
