/**
 * A1-style addresses and ranges as exceljs, the OOXML table parts and office-js write
 * them. Both shells use this one typed version (exceljs keeps its own address cache
 * untyped and internal; office-js hands back `'Sheet'!A1:X24` strings).
 */

/** A rectangular block of cells, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1 → `A`, 27 → `AA`. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `A` → 1, `AA` → 27; 0 when the text is not column letters. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return 0;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseAddress(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  const column = columnNumber(m[1] ?? '');
  const row = Number(m[2]);
  return column > 0 && row > 0 ? { row, column } : null;
}

/** Reads `A1:X24` (or a single `A1`); null when the text is not a range. */
export function parseRange(ref: string): CellRange | null {
  const [from, to, extra] = ref.split(':');
  if (from === undefined || extra !== undefined) return null;
  const a = parseAddress(from);
  const b = to === undefined ? a : parseAddress(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** `{ top: 1, left: 1, bottom: 24, right: 24 }` → `A1:X24`. */
export function formatRange(r: CellRange): string {
  return `${columnLetter(r.left)}${r.top}:${columnLetter(r.right)}${r.bottom}`;
}

/**
 * Splits a sheet-qualified address as office-js returns it (`'指标 Indicators'!A1:S24`,
 * `Sheet1!B2`); null when the text is not one. Quotes doubled inside a name are undone.
 */
export function parseSheetRange(address: string): { sheet: string; range: CellRange } | null {
  const bang = address.lastIndexOf('!');
  if (bang <= 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const range = parseRange(address.slice(bang + 1));
  return range === null ? null : { sheet, range };
}

/** `'指标 Indicators'!A1:S24`: the sheet name quoted, as formulas and office-js write it. */
export function sheetAddress(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}
