import { parse } from 'csv-parse/sync';
import type { Problem } from '../../shared/model/problem.ts';
import type { Cell, CellValue, GridRow } from '../../shared/contract/grid.ts';
import { columnLetter } from '../../shared/contract/cell-address.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import type { SourceGrid } from './source-grid.ts';
import { decodeCsvBytes } from './text-decoding.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';

/**
 * A CSV file as a Grid: the first record is the header, each later record a row
 * numbered as Excel shows the file (header = row 1). Blank records are skipped; cells
 * are trimmed, empty cells are null, and plain numbers (`98.5`, `2023`) become numbers
 * while text such as `01`, `98.5%` or `2023-09` stays text for the readers to parse.
 */
export function csvToGrid(bytes: Uint8Array, file: string): SourceGrid {
  let records: string[][];
  try {
    records = parse(decodeCsvBytes(bytes), { relax_column_count: true, skip_empty_lines: false });
  } catch (err) {
    return { ok: false, problem: csvUnreadable(err, file) };
  }
  const [headerRecord, ...body] = records;
  const header = (headerRecord ?? []).map((h) => h.trim());
  if (header.every((h) => h === '')) {
    return { ok: false, problem: workbookProblem('import.empty', { workbook: file }, { file }) };
  }
  const width = Math.max(header.length, ...body.map((r) => r.length));
  while (header.length < width) header.push('');
  const rows: GridRow[] = [];
  body.forEach((record, i) => {
    const cells: Cell[] = header.map((_, j) => ({ value: csvValue(record[j] ?? '') }));
    if (cells.some((c) => c.value !== null)) rows.push({ rowNumber: i + 2, cells });
  });
  return {
    ok: true,
    grid: {
      workbook: file,
      sheet: file,
      table: '',
      header,
      columnLetters: header.map((_, j) => columnLetter(j + 1)),
      rows,
    },
  };
}

/** A number only when the text is exactly how that number prints, so `01` and `1.50` stay text. */
function csvValue(raw: string): CellValue {
  const text = raw.trim();
  if (text === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(text) && String(Number(text)) === text) return Number(text);
  return text;
}

/** csv-parse's refusal as a problem naming the file and the line it stopped at. */
export function csvUnreadable(err: unknown, file: string): Problem {
  const lines =
    err instanceof Error && 'lines' in err && typeof err.lines === 'number' ? err.lines : 0;
  return workbookProblem(
    'import.csv_unreadable',
    { workbook: file, row: lines },
    { file, row: lines, reason: reasonOf(err) },
  );
}
