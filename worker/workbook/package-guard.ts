import { parseRange } from '../../shared/contract/cell-address.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { packageProblem } from '../xlsx/open-package.ts';
import { DEFAULT_LIMITS, type PackageLimits } from '../xlsx/package-limits.ts';
import { readWorkbook, type SheetEntry } from '../xlsx/workbook-parts.ts';
import { CONTENT_TYPES_PART } from '../xlsx/content-types.ts';
import { PackageError, type PackageFailure, type XlsxPackage } from '../xlsx/xlsx-package.ts';
import { attr, scanXml, visitStartTags } from '../xlsx/xml-tokens.ts';
import { inPart, XmlDepthError, XmlSyntaxError } from '../xlsx/xml-errors.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';

/** Sheets whose rows and cells the contract reader already counted (and how many cells). */
export interface CountedSheets {
  /** Each sheet walked, with the last row its `<dimension>` claims (0 when it has none). */
  parts: ReadonlyMap<string, number>;
  cells: number;
}

/** The shortest a row element can be (`<row r="1"/>`) or a cell (`<c r="A1"/>`), in characters. */
const MIN_ELEMENT_CHARS = 11;
/** How much of a sheet's start is read to find its `<dimension>`. */
const HEAD_BYTES = 64 * 1024;

/**
 * Checks a package before exceljs inflates anything of it (or after the contract reader
 * has read its tables, which counted rows and cells of the sheets it walked, `counted`):
 * every part unpacks to exactly
 * its declared size (a part that would unpack to more is a zip bomb and is stopped at
 * its declared size), no sheet spans more rows than `limits.sheetRows` (by its
 * `<dimension>`, and by counting when the sheets are large enough to hold more cells
 * than `limits.cells`), and the sheets hold no more than `limits.cells` cells. Null when
 * the workbook may be loaded.
 */
export function guardPackage(
  name: string,
  pkg: XlsxPackage,
  limits: PackageLimits = DEFAULT_LIMITS,
  counted?: CountedSheets,
): Problem | null {
  let sheets: SheetEntry[];
  try {
    sheets = readWorkbook(pkg).sheets.filter((s) => s.part !== '');
  } catch (err) {
    return partProblem(name, err, limits);
  }
  // After the contract reader, the sheets it needed were inflated (within their declared
  // sizes) and the others are never read; for exceljs, which unpacks everything, every
  // part is proved first. The content types are kept: a write-back that adds a sheet
  // edits them, and proving them is inflating them already.
  const sheetParts = new Set(sheets.map((s) => s.part.toLowerCase()));
  for (const part of pkg.names()) {
    if (counted && sheetParts.has(part.toLowerCase())) continue;
    const failure = part === CONTENT_TYPES_PART ? kept(pkg, part) : pkg.verify(part);
    if (failure) return packageProblem(name, failure, limits);
  }
  try {
    let sheetChars = 0;
    for (const sheet of sheets) sheetChars += pkg.size(sheet.part);
    // Below this size the sheets cannot hold more cells than the limit, so nothing needs
    // counting (counting costs a tenth of exceljs's own load); a sheet whose dimension
    // understates its rows is counted once the sheets are that large.
    const mayExceed = sheetChars > MIN_ELEMENT_CHARS * limits.cells;
    for (const sheet of sheets) {
      // A sheet the reader walked told its dimension then; one to be counted is read
      // whole below, so only the others have their head inflated for it.
      const walked = counted?.parts.get(sheet.part);
      if (walked === undefined && mayExceed) continue;
      const rows = walked ?? dimensionRows(pkg.head(sheet.part, HEAD_BYTES));
      if (rows > limits.sheetRows) return tooManyRows(name, sheet.name, rows, limits);
    }
    const none: CountedSheets = { parts: new Map(), cells: 0 };
    return mayExceed ? countCells(name, pkg, sheets, limits, counted ?? none) : null;
  } catch (err) {
    return partProblem(name, err, limits);
  }
}

/** Inflates a part to keep it; the failure when it cannot be. */
function kept(pkg: XlsxPackage, part: string): PackageFailure | null {
  try {
    pkg.bytes(part);
    return null;
  } catch (err) {
    if (err instanceof PackageError) return err.failure;
    throw err;
  }
}

/**
 * The Problem for a part that could not be read: damaged or oversized, nested too deep,
 * or not XML. Anything else is a fault of ours and is thrown on.
 */
export function partProblem(name: string, err: unknown, limits: PackageLimits): Problem {
  if (err instanceof PackageError) return packageProblem(name, err.failure, limits);
  if (err instanceof XmlDepthError) {
    return workbookProblem(
      'workbook.xml_too_deep',
      { workbook: name, value: err.part },
      { part: err.part || '?', limit: err.limit },
    );
  }
  if (err instanceof XmlSyntaxError) {
    return workbookProblem(
      'workbook.part_not_xml',
      { workbook: name, value: err.part },
      { part: err.part || '?', reason: err.message },
    );
  }
  throw err;
}

/** The last row a sheet's `<dimension>` claims; 0 when it has none. */
function dimensionRows(bytes: Uint8Array): number {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, HEAD_BYTES));
  let rows = 0;
  try {
    scanXml(head, {
      open(tag) {
        if (tag.local === 'dimension') {
          rows = parseRange(attr(tag, 'ref') ?? '')?.bottom ?? 0;
          return 'stop';
        }
        return tag.local === 'sheetData' ? 'stop' : undefined;
      },
    });
  } catch (err) {
    // The head ends mid-document; a real syntax error surfaces when the sheet is loaded.
    if (!(err instanceof XmlSyntaxError)) throw err;
  }
  return rows;
}

/** Counts rows per sheet and cells overall, stopping at the first limit passed. */
function countCells(
  name: string,
  pkg: XlsxPackage,
  sheets: readonly SheetEntry[],
  limits: PackageLimits,
  counted: CountedSheets,
): Problem | null {
  let cells = counted.cells;
  for (const sheet of sheets) {
    if (counted.parts.has(sheet.part)) continue;
    const bytes = pkg.passingBytes(sheet.part);
    const claimed = dimensionRows(bytes);
    if (claimed > limits.sheetRows) return tooManyRows(name, sheet.name, claimed, limits);
    let rows = 0;
    // An object, not a `let`: the callback sets it, which narrowing cannot see.
    const passed: { limit?: 'rows' | 'cells' } = {};
    const xml = new TextDecoder('utf-8').decode(bytes);
    inPart(sheet.part, () =>
      visitStartTags(xml, (local) => {
        if (local === 'row' && ++rows > limits.sheetRows) passed.limit = 'rows';
        else if (local === 'c' && ++cells > limits.cells) passed.limit = 'cells';
        return passed.limit === undefined ? undefined : 'stop';
      }),
    );
    const over = passed.limit;
    if (over === 'rows') return tooManyRows(name, sheet.name, rows, limits, true);
    if (over === 'cells') return tooManyCells(name, sheet.name, rows, limits);
  }
  return null;
}

/** The Problem for a workbook whose sheets pass the cell limit, at `row` of `sheet`. */
export function tooManyCells(
  name: string,
  sheet: string,
  row: number,
  limits: PackageLimits,
): Problem {
  return workbookProblem(
    'workbook.too_many_cells',
    { workbook: name, sheet, row },
    { limit: limits.cells.toLocaleString('en-US'), row },
  );
}

/** The Problem for a sheet past the row limit; `atLeast` when counting stopped at the limit. */
export function tooManyRows(
  name: string,
  sheet: string,
  rows: number,
  limits: PackageLimits,
  atLeast = false,
): Problem {
  const shown = `${atLeast ? '> ' : ''}${(atLeast ? limits.sheetRows : rows).toLocaleString('en-US')}`;
  return workbookProblem(
    'workbook.sheet_too_many_rows',
    { workbook: name, sheet, row: atLeast ? limits.sheetRows + 1 : rows, value: shown },
    { rows: shown, limit: limits.sheetRows.toLocaleString('en-US') },
  );
}
