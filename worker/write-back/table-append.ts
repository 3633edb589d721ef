import type { CellValue } from '../../shared/contract/grid.ts';
import { formatRange } from '../../shared/contract/cell-address.ts';
import { WorkbookError } from '../problems/workbook-error.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import { DEFAULT_BACKUPS } from '../file-safety/backups.ts';
import { cellRef, cellXml } from './cell-xml.ts';
import type { FileSnapshot } from '../file-safety/file-snapshot.ts';
import { openPackage, packageProblem } from '../xlsx/open-package.ts';
import { safeReplace, whyNotReplaced, type NotReplaced } from '../file-safety/safe-replace.ts';
import { patchSheet, type CellOut, type RowWrite } from './sheet-xml.ts';
import { cellAt, scanSheet, type ScannedRow } from '../xlsx/sheet-scan.ts';
import { rewriteStartTag } from '../xlsx/table-xml.ts';
import { TextEdits } from '../xlsx/text-edits.ts';
import { findTable, readTables, readWorkbook } from '../xlsx/workbook-parts.ts';
import { PackageError } from '../xlsx/xlsx-package.ts';
import { attr, scanXml } from '../xlsx/xml-tokens.ts';
import { inPart, XmlSyntaxError } from '../xlsx/xml-errors.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';

/** A row to append, one value per table column (left to right); `undefined` leaves a cell as it is. */
export type AppendValues = readonly (CellValue | undefined)[];

/** What appending did: rows written, or why none were (the file is then untouched). */
export type AppendOutcome =
  | { appended: number }
  | ({ appended: 0 } & NotReplaced)
  | { appended: 0; reason: 'no_room'; row: number; sheet: string };

/**
 * Appends rows to a planner's table (Indicators, Actuals …) without touching anything
 * else in the workbook: the rows go after the table's last non-blank row, reusing blank
 * rows at its bottom, the table (and its filter, and a totals row) grows to hold them,
 * new cells take the style of the table's first data row, text is written as inline
 * strings (never a formula). Only that sheet's XML and the table part change. Refuses
 * (`no_room`) when something below the table is in the way, and (`changed`) when the
 * file is no longer `expected`. Rejects with a WorkbookError when the workbook cannot be
 * read or written, or has no such table.
 */
export async function appendToTable(
  path: string,
  tableName: string,
  rows: readonly AppendValues[],
  options: { expected?: FileSnapshot; keepBackups?: number } = {},
): Promise<AppendOutcome> {
  const opened = await openPackage(path);
  if (!opened.ok) throw new WorkbookError(opened.problem);
  const { name, pkg, snapshot, bytes } = opened;
  if (options.expected && options.expected.sha256 !== snapshot.sha256)
    return { appended: 0, reason: 'changed' };
  try {
    const info = readWorkbook(pkg);
    const entry = findTable(readTables(pkg, info), tableName);
    if (!entry)
      throw new WorkbookError(
        workbookProblem(
          'import.table_missing',
          { workbook: name },
          { table: tableName, file: name },
        ),
      );
    const range = entry.info.range;
    if (!range)
      throw new WorkbookError(
        workbookProblem(
          'workbook.table_bad_ref',
          { workbook: name, sheet: entry.sheet.name, value: entry.info.ref },
          { table: entry.info.name, ref: entry.info.ref },
        ),
      );
    const totals = entry.info.totalsRowCount > 0;
    const lastData = totals ? range.bottom - 1 : range.bottom;
    const sheetXml = pkg.text(entry.sheet.part);
    const span = { left: range.left, right: range.right };

    // First pass: which rows hold something in the table's columns.
    const filled = new Set(
      inPart(entry.sheet.part, () => scanSheet(sheetXml, { keepCells: () => false, span }))
        .rows.filter((r) => r.filledInSpan)
        .map((r) => r.r),
    );
    let start = lastData + 1;
    while (start - 1 > range.top && !filled.has(start - 1)) start--;
    const newLastData = Math.max(lastData, start + rows.length - 1);
    const shift = newLastData - lastData;
    const newBottom = range.bottom + shift;
    for (let r = range.bottom + 1; r <= newBottom; r++) {
      if (filled.has(r)) return { appended: 0, reason: 'no_room', row: r, sheet: entry.sheet.name };
    }

    // Second pass: the cells of the rows that change, and of the first data row (styles).
    const firstData = range.top + 1;
    const scan = inPart(entry.sheet.part, () =>
      scanSheet(sheetXml, {
        keepCells: (r) => r === firstData || (r >= start && r <= newBottom) || r === range.bottom,
      }),
    );
    const byRow = new Map(scan.rows.map((r) => [r.r, r]));
    const styleAt = (col: number): number => cellAt(byRow.get(firstData), col)?.style ?? 0;
    const writes: RowWrite[] = [];
    rows.forEach((values, i) => {
      const r = start + i;
      const cells: CellOut[] = [];
      for (let col = range.left; col <= range.right; col++) {
        const value = values[col - range.left];
        const old = cellAt(byRow.get(r), col);
        if (value === undefined) {
          if (old) cells.push({ col, xml: sheetXml.slice(old.start, old.end) });
          continue;
        }
        const xml = cellXml(scan.prefix, r, col, value, old?.style || styleAt(col));
        if (xml !== '') cells.push({ col, xml });
      }
      writes.push({ r, cells });
    });
    // The totals row stays the table's last row (moved down when the table grew).
    if (totals)
      writes.push({
        r: newBottom,
        cells: movedRow(sheetXml, byRow.get(range.bottom), range.left, range.right, newBottom),
      });

    pkg.put(
      entry.sheet.part,
      patchSheet(scan, {
        left: range.left,
        right: range.right,
        clearTop: start,
        clearBottom: newBottom,
        rows: writes,
      }),
    );
    const grown = { ...range, bottom: newBottom };
    pkg.put(
      entry.part,
      inPart(entry.part, () =>
        grownTable(
          pkg.text(entry.part),
          formatRange(grown),
          formatRange({ ...grown, bottom: totals ? newBottom - 1 : newBottom }),
        ),
      ),
    );
  } catch (err) {
    throw asError(name, err);
  }
  try {
    const replaced = await safeReplace(path, await pkg.toBytes(), {
      expected: snapshot,
      original: bytes,
      keepBackups: options.keepBackups ?? DEFAULT_BACKUPS,
    });
    if (replaced.replaced) return { appended: rows.length };
    return { appended: 0, ...whyNotReplaced(replaced) };
  } catch (err) {
    throw new WorkbookError(
      workbookProblem('workbook.write_failed', { workbook: name }, { reason: reasonOf(err) }),
    );
  }
}

/** A totals row's cells in the table's columns, moved down to `to` (its formulas name columns, not rows). */
function movedRow(
  sheetXml: string,
  row: ScannedRow | undefined,
  left: number,
  right: number,
  to: number,
): CellOut[] {
  return (row?.cells ?? [])
    .filter((c) => c.col >= left && c.col <= right)
    .map((c) => ({
      col: c.col,
      xml: rewriteStartTag(c.open, { r: cellRef(to, c.col) }) + sheetXml.slice(c.openEnd, c.end),
    }));
}

/** The table part with its range, and its filter's range, grown; nothing else changed. */
function grownTable(xml: string, ref: string, filterRef: string): string {
  const edits = new TextEdits();
  scanXml(xml, {
    open(tag) {
      if (tag.depth === 0) edits.replace(tag.start, tag.end, rewriteStartTag(tag, { ref }));
      else if (tag.depth === 1 && tag.local === 'autoFilter' && attr(tag, 'ref') !== undefined)
        edits.replace(tag.start, tag.end, rewriteStartTag(tag, { ref: filterRef }));
    },
  });
  return edits.apply(xml);
}

function asError(name: string, err: unknown): WorkbookError {
  if (err instanceof WorkbookError) return err;
  if (err instanceof PackageError) return new WorkbookError(packageProblem(name, err.failure));
  if (err instanceof XmlSyntaxError)
    return new WorkbookError(
      workbookProblem(
        'workbook.part_not_xml',
        { workbook: name, value: err.part },
        { part: err.part || '?', reason: err.message },
      ),
    );
  return new WorkbookError(
    workbookProblem('workbook.write_failed', { workbook: name }, { reason: reasonOf(err) }),
  );
}
