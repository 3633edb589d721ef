import type { CellValue } from '../../shared/contract/grid.ts';
import { columnLetter } from '../../shared/contract/cell-address.ts';
import { cellTextXml } from '../xlsx/xml-text.ts';

/** `A1`-style reference of a cell. */
export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/**
 * White space a reader may collapse or trim unless told to keep it: at either end, a tab,
 * a line break (a CR is written as `&#13;`) or a run of spaces. Other text goes without
 * `xml:space="preserve"`, which would otherwise be a fifth of a results sheet.
 */
const NEEDS_PRESERVE = /^\s|\s$|[\t\n]| {2}|&#13;/;

/**
 * One cell as SpreadsheetML. Text is always an inline string — never a formula, whatever
 * it starts with (`=`, `+`, `-`, `@`), and never an entry in sharedStrings.xml, which the
 * writer leaves untouched. Numbers that are not finite are written as empty cells.
 * Text whose white space a reader could lose is marked `xml:space="preserve"`.
 * Returns '' for an empty cell without a style.
 */
export function cellXml(
  prefix: string,
  row: number,
  col: number,
  value: CellValue,
  style: number,
): string {
  const parts: string[] = [];
  appendCellXml(parts, prefix, row, col, value, style);
  return parts.join('');
}

/** What a cell holds, for the markup around its value. */
const Kind = { Number: 0, Boolean: 1, Text: 2, KeptText: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/**
 * The fixed markup of cells, made once per namespace prefix and reused: a cell's start up
 * to its row number, by column; what follows the row number, by kind and style; its end,
 * by kind. A results sheet's cells then cost a few array slots each and no new string but
 * their value — building each from a dozen small pieces (several made anew per cell) was
 * most of what a write-back allocated.
 */
class CellMarkup {
  private readonly starts: string[] = [];
  private readonly middles = Array.from({ length: 4 }, () => new Map<number, string>());
  readonly ends: readonly string[];

  constructor(private readonly prefix: string) {
    const p = prefix;
    const closeValue = `</${p}v></${p}c>`;
    const closeText = `</${p}t></${p}is></${p}c>`;
    this.ends = [closeValue, closeValue, closeText, closeText];
  }

  /** `<c r="B` for column 2. */
  start(col: number): string {
    return (this.starts[col] ??= `<${this.prefix}c r="${columnLetter(col)}`);
  }

  /** From the closing quote of the reference to the start of the value. */
  middle(kind: Kind, style: number): string {
    const byStyle = this.middles[kind];
    let m = byStyle?.get(style);
    if (m === undefined) {
      const p = this.prefix;
      const s = style > 0 ? ` s="${style}"` : '';
      m =
        kind === Kind.Number
          ? `"${s}><${p}v>`
          : kind === Kind.Boolean
            ? `"${s} t="b"><${p}v>`
            : `"${s} t="inlineStr"><${p}is><${p}t${kind === Kind.KeptText ? ' xml:space="preserve"' : ''}>`;
      byStyle?.set(style, m);
    }
    return m;
  }

  /** An empty cell kept for its style: `" s="4"/>`. */
  empty(style: number): string {
    return `" s="${style}"/>`;
  }
}

const markups = new Map<string, CellMarkup>();

function markupFor(prefix: string): CellMarkup {
  let m = markups.get(prefix);
  if (!m) {
    m = new CellMarkup(prefix);
    markups.set(prefix, m);
  }
  return m;
}

/**
 * {@link cellXml} appended to `out` in pieces, for a writer that joins a whole row at
 * once: a results table's cells are all made before its sheet is, and one string per
 * cell (let alone one built with +, a tree of pieces) is several times their text.
 */
export function appendCellXml(
  out: string[],
  prefix: string,
  row: number,
  col: number,
  value: CellValue,
  style: number,
): void {
  const m = markupFor(prefix);
  if (value === null || value === '' || (typeof value === 'number' && !Number.isFinite(value))) {
    if (style > 0) out.push(m.start(col), String(row), m.empty(style));
    return;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    const kind = typeof value === 'number' ? Kind.Number : Kind.Boolean;
    const text = typeof value === 'number' ? String(value) : value ? '1' : '0';
    out.push(m.start(col), String(row), m.middle(kind, style), text, m.ends[kind] ?? '');
    return;
  }
  const text = cellTextXml(value);
  const kind = NEEDS_PRESERVE.test(text) ? Kind.KeptText : Kind.Text;
  out.push(m.start(col), String(row), m.middle(kind, style), text, m.ends[kind] ?? '');
}
