/**
 * Where a problem sits, as a cell the gateway can select or mark: its sheet, row and
 * column letter. Problems about a whole table (a missing column, row 0) have none.
 */
import type { Problem } from '../../shared/model/problem.ts';
import type { CellTarget } from '../excel/excel-gateway.ts';

/** The cell of a problem; null when it is not about one cell. */
export function problemTarget(p: Problem): CellTarget | null {
  if (p.row <= 0 || p.sheet === '' || p.columnLetter === undefined) return null;
  return { sheet: p.sheet, address: `${p.columnLetter}${p.row}` };
}

/** The distinct cells of a list of problems, in order. */
export function problemTargets(problems: readonly Problem[]): CellTarget[] {
  const seen = new Set<string>();
  const out: CellTarget[] = [];
  for (const p of problems) {
    const target = problemTarget(p);
    if (target === null) continue;
    const key = `${target.sheet}!${target.address}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(target);
  }
  return out;
}
