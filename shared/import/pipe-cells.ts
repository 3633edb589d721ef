/**
 * Cells as a web page's table prints when copied as text: each cell followed by ` |`
 * (`序号 |`), or framed on both sides (`| 序号 |`), one cell or a whole row per line.
 * A person reads these at a glance; so do the document and delimited readers.
 */

/** A markdown rule line's cell (`---`, `:---:`). */
const RULE = /^:?-{3,}:?$/;

/**
 * The cells of a line written with `|`, or null when the line has no `|` at either end.
 * A rule line (`|---|---|`) has no cells.
 */
export function pipeCells(line: string): string[] | null {
  const s = line.trim();
  if (!s.startsWith('|') && !s.endsWith('|')) return null;
  const inner = s.replace(/^\|/, '').replace(/\|$/, '');
  const cells = inner.split('|').map((c) => c.trim());
  return cells.every((c) => c === '' || RULE.test(c)) ? [] : cells;
}
