/**
 * Lays a run of cells (a table's body as a document's text prints it, one cell after
 * another with the row breaks lost) out into rows by the header's columns. Each row takes
 * the columns in the header's order; a column may be empty (the converter dropped the
 * cell, or a merged category is printed only on its first row), a category may be split
 * over lines (`营商` / `环境`) and a name wrapped over two (`双随机、一公开监管事项` /
 * `占比(%)`). When the table has a 序号 column, the chain of 序号 (`1`, `2`, … each
 * followed by text) marks where rows start, and every row after the first 序号 must have
 * its own.
 *
 * Among the layouts the cells allow, the one with the fewest and least likely gaps wins
 * (a least-cost alignment over the cells and columns). Cells no row can take — a stray
 * cell between rows, a numbered row whose cells do not fit the columns — are left out
 * and reported with their text and line.
 */
import { parseKind } from '../parse/enum-values.ts';
import { normalizeText } from '../parse/text-normalize.ts';
import { isUnitText } from './name-unit.ts';
import type { ColumnRole, PlanColumn } from './plan-header.ts';
import { readFigureCell } from './target-cell.ts';
import type { TextRow } from './text-grid.ts';

/** One cell of a text and the line it is on. */
export interface LineCell {
  text: string;
  line: number;
}

/** What a cell can be: a kind (预期性), a figure (`44*`, `/`, `98.5%以上`), worded target (`持续提升`) or text. */
export type CellToken = 'kind' | 'figure' | 'words' | 'text';

/** The rows laid out, and what did not fit. */
export interface LaidOut {
  /** One row per indicator, cells in the header's column order, numbered by the line of its name. */
  rows: TextRow[];
  /** Rows with fewer figures than figure columns (read as the last figure columns). */
  shortRows: { row: number; seq: number | null; name: string; value: string; columns: number }[];
  /** Runs of cells that fit no row: their text joined by ` | ` and their first line. */
  misfits: { line: number; text: string }[];
  /** How many cells fit no row. */
  discarded: number;
  /** What the layout costs: the gaps it assumes and the cells it leaves out (lower reads better). */
  cost: number;
}

const FIGURE_ROLES: ReadonlySet<ColumnRole> = new Set(['baseline', 'target', 'milestone']);
/** A cell that fits no row costs more than any gap a row may have. */
const DISCARD = 3;
/** Text in a figure column that reads as a target in words (`全覆盖`, `下降10%`). */
const TARGET_TEXT = /\d|覆盖|下降|降低|提高|提升|增长|增加|减少|完成|控制|不低于|不高于|达到/;
/** Where a name wrapped: the first part ends, or the second begins, mid-phrase. */
const WRAP_END = /[、，,(（和及与的或/中在对]$/;
const WRAP_START = /^[(（)）、的率比数量额度和及与等中占]/;
/** A category is a short phrase; a longer first part is a wrapped name. */
const MAX_CATEGORY = 8;

/** The kind of a cell's text. */
export function tokenOf(text: string): CellToken {
  if (parseKind(text).ok) return 'kind';
  const figure = readFigureCell(text);
  if (figure.state === 'none') return 'figure';
  if (figure.state === 'read') return /\d/.test(text) ? 'figure' : 'words';
  return 'text';
}

/** How many cells a column may take. */
function maxTake(role: ColumnRole): number {
  if (role === 'category' || role === 'subcategory') return 4;
  return role === 'name' ? 2 : 1;
}

/** What leaving a column empty costs (Infinity: it may not be empty). */
function skipCost(role: ColumnRole): number {
  switch (role) {
    case 'name':
      return Infinity;
    case 'category':
    case 'subcategory':
    case 'notes':
      return 0.3;
    case 'target':
      return 2;
    case 'owner':
    case 'assessment':
    case 'other':
    case 'direction':
      return 0.6;
    case 'seq':
    case 'unit':
    case 'baseline':
    case 'milestone':
    case 'progress':
    case 'kind':
      return 1;
  }
}

/** What putting one cell in a column costs (Infinity: it does not fit). */
function fitCost(role: ColumnRole, text: string, token: CellToken): number {
  switch (role) {
    case 'seq':
      return Infinity; // only a 序号 of the chain, handled by the caller
    case 'category':
    case 'subcategory':
      if (token !== 'text' && token !== 'words') return Infinity;
      return text.length > MAX_CATEGORY ? 1 : 0;
    case 'name':
      return token === 'text' ? 0 : token === 'words' ? 0.5 : Infinity;
    case 'unit':
      return isUnitText(text) ? 0 : Infinity;
    case 'baseline':
    case 'target':
    case 'milestone':
      if (token === 'figure' || token === 'words') return 0;
      return token === 'text' && TARGET_TEXT.test(text) ? 0.3 : Infinity;
    case 'progress':
      return token === 'kind' ? Infinity : token === 'text' ? 0.3 : 0;
    case 'kind':
      return token === 'kind' ? 0 : Infinity;
    case 'notes':
      return 0;
    case 'owner':
    case 'assessment':
    case 'other':
    case 'direction':
      return token === 'kind' ? 0.2 : 0;
  }
}

/** What joining cells into one column costs: free for a category, dear for a name unless it wrapped. */
function joinCost(role: ColumnRole, parts: readonly string[]): number {
  if (role !== 'name') return 0;
  const [a = '', b = ''] = parts;
  return WRAP_END.test(a) || WRAP_START.test(b) || a.length > MAX_CATEGORY ? 0.2 : DISCARD + 1;
}

/**
 * The 序号 chain: positions of whole numbers whose values count up by one. Figures can be
 * whole numbers too, so of the longest chains the most regular one wins (rows of a table
 * have about the same number of cells); a chain needs two links, or one that is `1`.
 */
function seqAnchors(cells: readonly LineCell[]): Map<number, number> {
  const candidates: { pos: number; value: number }[] = [];
  cells.forEach((c, pos) => {
    const t = normalizeText(c.text);
    if (/^\d{1,3}$/.test(t)) candidates.push({ pos, value: Number(t) });
  });
  let best: { pos: number; value: number }[] = [];
  let bestSpread = Infinity;
  let explored = 0;
  const consider = (chain: { pos: number; value: number }[]): void => {
    const gaps = chain.slice(1).map((c, i) => c.pos - (chain[i]?.pos ?? 0));
    const mean = gaps.reduce((a, b) => a + b, 0) / Math.max(1, gaps.length);
    const spread = gaps.reduce((a, g) => a + (g - mean) ** 2, 0);
    if (chain.length > best.length || (chain.length === best.length && spread < bestSpread)) {
      best = chain;
      bestSpread = spread;
    }
  };
  const extend = (chain: { pos: number; value: number }[]): void => {
    const last = chain[chain.length - 1];
    if (!last || ++explored > MAX_CHAINS) return;
    const next = candidates.filter((c) => c.pos > last.pos && c.value === last.value + 1);
    if (next.length === 0) consider(chain);
    for (const c of next) extend([...chain, c]);
  };
  // Chains start where no number one lower comes before.
  for (const c of candidates) {
    if (!candidates.some((d) => d.pos < c.pos && d.value === c.value - 1)) extend([c]);
  }
  if (best.length < 2 && best[0]?.value !== 1) return new Map();
  return new Map(best.map((c) => [c.pos, c.value]));
}

/** Enough ways to read the 序号 chain for any table; a bound for pathological number runs. */
const MAX_CHAINS = 5000;

type Step =
  | { kind: 'skip' }
  | { kind: 'take'; count: number }
  | { kind: 'discard'; to: number }
  | { kind: 'end' };

/** Lays the body's cells out into rows of the header's columns. */
export function layOutRows(body: readonly LineCell[], columns: readonly PlanColumn[]): LaidOut {
  const n = body.length;
  const m = columns.length;
  const nameCol = columns.findIndex((c) => c.role === 'name');
  if (nameCol < 0 || n === 0)
    return { rows: [], shortRows: [], misfits: [], discarded: 0, cost: n * DISCARD };
  const tokens = body.map((c) => tokenOf(c.text));
  const anchors = columns.some((c) => c.role === 'seq')
    ? seqAnchors(body)
    : new Map<number, number>();
  const anchorPositions = [...anchors.keys()];
  const firstAnchor = anchorPositions[0] ?? Infinity;
  const nextAnchor = (pos: number): number => anchorPositions.find((p) => p > pos) ?? n;

  // cost[pos * (m + 1) + col]: the least cost of laying out body[pos..] from column col of a row.
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity);
  const step: Step[] = new Array<Step>((n + 1) * (m + 1)).fill({ kind: 'end' });
  const at = (pos: number, col: number): number => pos * (m + 1) + col;

  const relax = (pos: number, col: number): void => {
    const here = at(pos, col);
    if (col === m) {
      cost[here] = cost[at(pos, 0)] ?? Infinity;
      step[here] = { kind: 'end' };
      return;
    }
    const column = columns[col];
    if (!column) return;
    let best = Infinity;
    let choice: Step = { kind: 'end' };
    const consider = (c: number, s: Step): void => {
      if (c < best) {
        best = c;
        choice = s;
      }
    };
    if (column.role === 'seq') {
      if (anchors.has(pos))
        consider(cost[at(pos + 1, col + 1)] ?? Infinity, { kind: 'take', count: 1 });
      else if (pos < firstAnchor)
        consider(skipCost('seq') + (cost[at(pos, col + 1)] ?? Infinity), { kind: 'skip' });
    } else {
      consider(skipCost(column.role) + (cost[at(pos, col + 1)] ?? Infinity), { kind: 'skip' });
      let taken = 0;
      const parts: string[] = [];
      for (let k = 1; k <= maxTake(column.role) && pos + k <= n; k++) {
        const cell = body[pos + k - 1];
        if (!cell || anchors.has(pos + k - 1)) break;
        taken += fitCost(column.role, cell.text, tokens[pos + k - 1] ?? 'text');
        if (taken === Infinity) break;
        parts.push(cell.text);
        const join = k > 1 ? joinCost(column.role, parts) : 0;
        consider(taken + join + (cost[at(pos + k, col + 1)] ?? Infinity), {
          kind: 'take',
          count: k,
        });
      }
    }
    if (col === 0 && pos < n) {
      // A cell no row takes; a numbered row that does not fit goes as a whole.
      const ends = anchors.has(pos) ? range(pos + 1, nextAnchor(pos)) : [pos + 1];
      for (const to of ends)
        consider(DISCARD + (cost[at(to, 0)] ?? Infinity), { kind: 'discard', to });
    }
    cost[here] = best;
    step[here] = choice;
  };

  // Past the last cell: a row may end once its name is read.
  cost[at(n, 0)] = 0;
  cost[at(n, m)] = 0;
  for (let col = m - 1; col > nameCol; col--) {
    const column = columns[col];
    const after = col + 1 === m ? 0 : (cost[at(n, col + 1)] ?? Infinity);
    cost[at(n, col)] = (column ? skipCost(column.role) : 0) + after;
    step[at(n, col)] = { kind: 'skip' };
  }
  for (let pos = n - 1; pos >= 0; pos--) {
    // Columns up to the name first: a row cannot end without consuming a cell here.
    for (let col = nameCol; col >= 0; col--) relax(pos, col);
    relax(pos, m);
    for (let col = m - 1; col > nameCol; col--) relax(pos, col);
  }
  return { ...rebuild(body, columns, step, at), cost: cost[at(0, 0)] ?? Infinity };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** Follows the chosen steps from the first cell and writes the rows out. */
function rebuild(
  body: readonly LineCell[],
  columns: readonly PlanColumn[],
  step: readonly Step[],
  at: (pos: number, col: number) => number,
): Omit<LaidOut, 'cost'> {
  const n = body.length;
  const m = columns.length;
  const rows: TextRow[] = [];
  const shortRows: LaidOut['shortRows'] = [];
  const misfits: LaidOut['misfits'] = [];
  const figureCols = columns.flatMap((c, j) => (FIGURE_ROLES.has(c.role) ? [j] : []));
  let pos = 0;
  let lastDiscard = -1;
  let discarded = 0;
  while (pos < n) {
    const s = step[at(pos, 0)];
    if (s?.kind === 'discard') {
      const text = body.slice(pos, s.to).map((c) => c.text);
      const misfit = misfits[misfits.length - 1];
      if (misfit && lastDiscard === pos) misfit.text = [misfit.text, ...text].join(' | ');
      else misfits.push({ line: body[pos]?.line ?? 0, text: text.join(' | ') });
      lastDiscard = s.to;
      discarded += s.to - pos;
      pos = s.to;
      continue;
    }
    const cells = columns.map(() => '');
    let line = 0;
    let col = 0;
    while (col < m) {
      const c = step[at(pos, col)];
      if (c?.kind === 'take') {
        const taken = body.slice(pos, pos + c.count);
        cells[col] = taken.map((x) => x.text).join('');
        if (columns[col]?.role === 'name') line = taken[0]?.line ?? 0;
        pos += c.count;
      } else if (c?.kind !== 'skip') break;
      col++;
    }
    if (line === 0) break; // cannot happen: every row reads a name
    rows.push({ row: line, cells });
    const name = columns.findIndex((c) => c.role === 'name');
    const figures = figureCols.filter((j) => j > name);
    const filled = figures.filter((j) => cells[j] !== '');
    if (filled.length > 0 && filled.length < figures.length) {
      const seqCol = columns.findIndex((c) => c.role === 'seq');
      const seq =
        seqCol >= 0 && cells[seqCol] !== '' ? Number(normalizeText(cells[seqCol] ?? '')) : null;
      shortRows.push({
        row: line,
        seq,
        name: cells[name] ?? '',
        value: filled.map((j) => cells[j]).join(' '),
        columns: figures.length,
      });
    }
  }
  return { rows, shortRows, misfits, discarded };
}
