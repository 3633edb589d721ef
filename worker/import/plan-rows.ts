import type ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { pipeCells } from '../../shared/import/pipe-cells.ts';
import { cellText, isBlankRow, type TextRow } from '../../shared/import/text-grid.ts';
import { toGridCell } from '../workbook/cell-value.ts';

/**
 * A sheet's cells as text rows, from row 1 to its last row, for the plan-table importer.
 * A merged cell reads as its master cell on every cell of its range (exceljs hands the
 * master's value to the others; the master's number format is taken too), so a category
 * merged down a column reaches every row it spans and a two-level header's parent reaches
 * every column under it. Percent-formatted numbers read as `98.5%`.
 */
export function sheetTextRows(sheet: ExcelJS.Worksheet): TextRow[] {
  const rows: TextRow[] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = sheet.getCell(r, c);
      cells.push(cellText(toGridCell(cell.isMerged ? cell.master : cell)));
    }
    const row = { row: r, cells };
    if (!isBlankRow(row)) rows.push(row);
  }
  return rows;
}

/**
 * CSV (or tab-separated text, as a range copied from Excel or WPS pastes, or a web table
 * printed with `|` between cells) as text rows, numbered by record as a spreadsheet shows
 * the file; blank records are left out. A cell written `text |` or `| text |` is `text`.
 * Throws csv-parse's error for text that is not CSV (an unclosed quote).
 */
export function delimitedTextRows(text: string): TextRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const firstLine = lines.find((l) => l.trim() !== '') ?? '';
  const filled = lines.filter((l) => l.trim() !== '');
  const piped = filled.filter((l) => (pipeCells(l)?.length ?? 0) >= 2);
  if (piped.length * 2 > filled.length) {
    return lines
      .map((line, i) => ({ row: i + 1, cells: pipeCells(line) ?? [line.trim()] }))
      .filter((r) => !isBlankRow(r));
  }
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const records: string[][] = parse(text, {
    relax_column_count: true,
    skip_empty_lines: false,
    delimiter,
    bom: true,
  });
  return records
    .map((cells, i) => ({ row: i + 1, cells: cells.map(withoutPipes) }))
    .filter((r) => !isBlankRow(r));
}

function withoutPipes(cell: string): string {
  return cell
    .trim()
    .replace(/^\|\s*/, '')
    .replace(/\s*\|$/, '');
}
