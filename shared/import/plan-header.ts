/**
 * The header of a published plan table, in the wordings regions use: 序号/编号,
 * 类别/一级指标/领域, 指标名称/指标/具体指标, 单位, 2020年/基期/现状值, 2025年/目标值/目标,
 * 属性/指标属性/性质, 备注, 责任单位 — on one row, or on two (`规划目标` over `2020年 | 2025年`,
 * merged or not), with units in the header (`2025年(%)`). Rows above it (title, `单位：%`)
 * are left to the caller.
 */
import { normalizeText } from '../parse/text-normalize.ts';
import { splitNameUnit } from './name-unit.ts';
import { planEndYear, yearsIn } from './plan-years.ts';
import type { TextRow } from './text-grid.ts';

/** What a column of a plan table holds. */
export type ColumnRole =
  | 'seq'
  | 'category'
  | 'subcategory'
  | 'name'
  | 'unit'
  | 'baseline'
  | 'target'
  | 'milestone'
  | 'kind'
  | 'direction'
  | 'notes'
  | 'owner'
  | 'progress'
  | 'assessment'
  | 'other';

/** One column as the header describes it. */
export interface PlanColumn {
  index: number;
  /** The header as printed, its levels joined by a space (`规划目标 2025年`). */
  label: string;
  role: ColumnRole;
  /** The year of a figure column (`2025年` → 2025), else null. */
  year: number | null;
  /** A unit written in the header (`2025年(%)` → `%`), else ''. */
  unit: string;
  /** The header says the figures are totals over the plan period (`2021—2025年累计`). */
  cumulative: boolean;
}

/** Where the header is and what each column holds. */
export interface PlanHeader {
  /** Source row numbers of the header rows (two for a two-level header). */
  rows: number[];
  /** Position (in the rows given) of the first row below the header. */
  bodyStart: number;
  /** Position of the first header row. */
  headerStart: number;
  columns: PlanColumn[];
}

type FixedRole = Exclude<ColumnRole, 'baseline' | 'target' | 'milestone' | 'progress' | 'other'>;

/** Whole-label wordings of the non-figure columns (after normalizing). */
const FIXED: ReadonlyArray<[FixedRole, RegExp]> = [
  ['seq', /^(?:序号|编号|序|号|顺序号|no\.?|#)$/],
  [
    'category',
    /^(?:类别|一级指标|领域|分类|指标类别|指标分类|类型|指标类型|板块|方面|维度|大类|重点领域|指标领域|发展领域|专项|项目类别)$/,
  ],
  ['subcategory', /^(?:二级指标|二级分类|子类|小类)$/],
  [
    'name',
    /^(?:指标名称|指标|指标项|指标项目|具体指标|主要指标|指标内容|名称|指标名|三级指标|考核指标|评价指标|监测指标|规划指标|指标及单位|指标名称及单位)$/,
  ],
  ['unit', /^(?:单位|计量单位|指标单位)$/],
  ['kind', /^(?:属性|指标属性|性质|指标性质|约束性\/预期性|预期性\/约束性)$/],
  ['direction', /^(?:方向|指标方向|趋势|指标趋势|正逆向|极性)$/],
  ['notes', /^(?:备注|说明|备考|附注)$/],
  ['owner', /^(?:主要)?(?:牵头|责任|牵头责任)(?:单位|部门|处室|科室|主体)(?:\(部门\))?$/],
  // A mid-term evaluation's verdict: kept as a note, never read as a figure.
  ['assessment', /^(?:预期结果|评估结论|评估结果|评价结论|完成预期|预计完成情况|预判)$/],
];

const BASELINE_WORDS = /基期|基数|基准|现状|基础值|起始|完成值|实际值|完成情况|期初|现值|实绩/;
/** Words of a progress column (an evaluation's figures so far) when a baseline column is also present. */
const PROGRESS_WORDS = /进展|完成情况|完成值|现状|实际值|实绩|现值|执行情况/;
const TARGET_WORDS = /目标|规划值|预期值|期末|末期|达到值/;
const CUMULATIVE_WORDS = /累计|累加|合计/;
/** What may surround a year or a figure word in a figure header. */
const FIGURE_FILLER =
  /年度|年|底|末|期|值|数|情况|水平|指标|预计|规划|时期|[“”"「」()]|十[一二三四五六]五|[-—–~至到]/g;

interface LabelReading {
  role: FixedRole | 'figure' | null;
  year: number | null;
  unit: string;
  word: 'baseline' | 'target' | null;
  cumulative: boolean;
}

/** A header text made comparable: NFKC, no spaces, brackets half width. */
function comparable(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[【〔［]/g, '(')
    .replace(/[】〕］]/g, ')');
}

/** Reads one header text (one level). */
function readLabel(text: string): LabelReading {
  const none: LabelReading = { role: null, year: null, unit: '', word: null, cumulative: false };
  const whole = comparable(text);
  if (whole === '') return none;
  const { name, unit } = splitNameUnit(whole);
  // `指标名称（单位）` announces units in the names; `(2020年)` alone is the year.
  const s = name.replace(/\((?:单位|计量单位)\)$/, '').replace(/^\((.*)\)$/, '$1');
  for (const [role, pattern] of FIXED) if (pattern.test(s)) return { ...none, role, unit };
  const years = yearsIn(s);
  const year = years[years.length - 1] ?? planEndYear(s);
  const word =
    BASELINE_WORDS.test(s) || /进展/.test(s) ? 'baseline' : TARGET_WORDS.test(s) ? 'target' : null;
  const cumulative = CUMULATIVE_WORDS.test(s);
  const rest = s
    .replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/g, '')
    .replace(BASELINE_WORDS, '')
    .replace(/进展/, '')
    .replace(TARGET_WORDS, '')
    .replace(CUMULATIVE_WORDS, '')
    .replace(FIGURE_FILLER, '');
  if ((year !== null || word !== null || cumulative) && rest.length <= 2) {
    return { role: 'figure', year, unit, word, cumulative };
  }
  return none;
}

/** True when a text is a header word of any kind (used to tell header rows from data). */
export function isHeaderText(text: string): boolean {
  return readLabel(text).role !== null;
}

/**
 * The header of a plan table: the first row that names an indicator column, with the
 * rows above or below it that only add header words (a two-level header). null when no
 * row names both an indicator column and a figure column.
 */
export function findPlanHeader(rows: readonly TextRow[], scanRows = 20): PlanHeader | null {
  for (let i = 0; i < Math.min(rows.length, scanRows); i++) {
    const row = rows[i];
    // 指标名称, or 二级指标 standing for it (一级指标 | 二级指标 | 单位 …).
    if (!row || !row.cells.some((c) => ['name', 'subcategory'].includes(readLabel(c).role ?? '')))
      continue;
    let first = i;
    let last = i;
    while (first > 0 && i - first < 2 && isLevelRow(rows[first - 1])) first--;
    while (last + 1 < rows.length && last - first < 2 && isLevelRow(rows[last + 1], row)) last++;
    const levels = rows.slice(first, last + 1);
    const columns = classify(levels);
    if (
      columns.some((c) => c.role === 'name') &&
      columns.some((c) => c.role === 'target' || c.role === 'baseline')
    ) {
      return { rows: levels.map((r) => r.row), headerStart: first, bodyStart: last + 1, columns };
    }
  }
  return null;
}

/**
 * A row that only adds header words: every filled cell is a header word, and (below the
 * main header row) the name column holds nothing new.
 */
function isLevelRow(row: TextRow | undefined, main?: TextRow): boolean {
  if (!row) return false;
  const filled = row.cells.map((c, j) => ({ c: c.trim(), j })).filter((x) => x.c !== '');
  if (filled.length === 0) return false;
  return filled.every(({ c, j }) => {
    const reading = readLabel(c);
    if (reading.role === null) return false;
    if (main && reading.role === 'name') return comparable(main.cells[j] ?? '') === comparable(c);
    return true;
  });
}

/**
 * Each column's label from all header levels — an upper level's empty cell takes the
 * text to its left when the level below has something there (a parent merged across
 * columns, as CSV and pasted ranges keep it) — and its role.
 */
function classify(levels: readonly TextRow[]): PlanColumn[] {
  const width = Math.max(0, ...levels.map((r) => r.cells.length));
  const parts: string[][] = Array.from({ length: width }, () => []);
  levels.forEach((level, li) => {
    let carried = '';
    for (let j = 0; j < width; j++) {
      const own = (level.cells[j] ?? '').trim();
      const below = levels.slice(li + 1).some((l) => (l.cells[j] ?? '').trim() !== '');
      const text = own !== '' ? own : below && li < levels.length - 1 ? carried : '';
      if (own !== '') carried = own;
      const column = parts[j];
      if (column && text !== '' && !column.includes(text)) column.push(text);
    }
  });
  const columns = parts.map((p, index) => column(index, p));
  return assignFigures(demoteExtraNames(columns));
}

function column(index: number, parts: readonly string[]): PlanColumn {
  const label = parts.join(' ');
  const base: PlanColumn = { index, label, role: 'other', year: null, unit: '', cumulative: false };
  const lowestText = parts[parts.length - 1];
  if (lowestText === undefined) return base;
  const lowest = readLabel(lowestText);
  const uppers = parts.slice(0, -1).map(readLabel);
  const unit = [lowest, ...uppers].find((r) => r.unit !== '')?.unit ?? '';
  if (lowest.role === 'figure') {
    // A parent's word (`规划目标` over `2020年 | 2025年`) is shared by its children and
    // says nothing about which is which; it counts only when the child has no year.
    const upperYear = uppers.find((r) => r.year !== null)?.year ?? null;
    const upperWord =
      lowest.year === null ? (uppers.find((r) => r.word !== null)?.word ?? null) : null;
    const word = lowest.word ?? upperWord;
    const cumulative = lowest.cumulative || uppers.some((r) => r.cumulative);
    return { ...base, role: word ?? 'milestone', year: lowest.year ?? upperYear, unit, cumulative };
  }
  const fixed =
    lowest.role ??
    readLabel(parts.join('')).role ??
    uppers.find((r) => r.role !== null && r.role !== 'figure')?.role ??
    null;
  if (fixed === null || fixed === 'figure') return { ...base, unit };
  return { ...base, role: fixed, unit };
}

/**
 * Several name columns (`指标` merged over two columns, or 一级/二级/三级指标): the last is
 * the name, one before it the category if there is none.
 */
function demoteExtraNames(columns: PlanColumn[]): PlanColumn[] {
  const names = columns.filter((c) => c.role === 'name');
  const hasCategory = columns.some((c) => c.role === 'category');
  const subs = columns.filter((c) => c.role === 'subcategory');
  const last = names[names.length - 1];
  return columns.map((c) => {
    if (c.role === 'name' && c !== last)
      return { ...c, role: hasCategory ? 'subcategory' : 'category' };
    if (c.role === 'subcategory' && !last && c === subs[subs.length - 1])
      return { ...c, role: 'name' };
    if (c.role === 'subcategory' && !hasCategory && c === subs[0] && last)
      return { ...c, role: 'category' };
    return c;
  });
}

/**
 * Figure columns: a column that says 基期/现状 is the baseline and one that says 目标 the
 * target; columns with only a year are the baseline (earliest) and target (latest) when
 * those are not yet taken; any other year is a milestone.
 */
function assignFigures(columns: PlanColumn[]): PlanColumn[] {
  const figures = columns.filter(
    (c) => c.role === 'baseline' || c.role === 'target' || c.role === 'milestone',
  );
  const worded = (role: ColumnRole): PlanColumn[] => figures.filter((c) => c.role === role);
  const byYear = figures
    .filter((c) => c.role === 'milestone' && c.year !== null)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const target = worded('target').at(-1) ?? byYear.at(-1) ?? null;
  const earliest = byYear.filter((c) => c !== target)[0] ?? null;
  const targetYear = target?.year ?? null;
  const earlier = earliest !== null && (targetYear === null || (earliest.year ?? 0) < targetYear);
  const isProgress = (c: PlanColumn): boolean => PROGRESS_WORDS.test(c.label);
  // 基期 | 进展情况 | 目标: the baseline is the column that is not a progress report.
  const baseline =
    worded('baseline').find((c) => !isProgress(c)) ??
    (earlier ? earliest : null) ??
    worded('baseline')[0] ??
    null;
  const progress =
    target !== null && baseline !== null
      ? worded('baseline').filter((c) => c !== baseline && isProgress(c))
      : [];
  return columns.map((c) => {
    if (c === target) return { ...c, role: 'target' };
    if (c === baseline) return { ...c, role: 'baseline' };
    if (progress.includes(c)) return { ...c, role: 'progress' };
    if (figures.includes(c)) return { ...c, role: 'milestone' };
    return c;
  });
}
