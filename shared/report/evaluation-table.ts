/**
 * The evaluation table a bureau submits (年度/中期评估 "主要指标进展情况"), built from a
 * validated workbook and its evaluation: one row per indicator in the plan's order,
 * grouped by category, with 预期结果 read off the evaluation; the hard lines with their
 * latest figures; a summary paragraph; a footnote for every figure that is illustrative or
 * computed. Pure: the CLI writes it as .docx or .xlsx, the add-in as a worksheet.
 */
import { t, type Bilingual } from '../i18n/messages.ts';
import type { WorkbookModel } from '../check/validate-workbook.ts';
import { figureText } from '../evaluate/output-number.ts';
import { milestoneLookup } from '../evaluate/milestone-lookup.ts';
import { planFigures } from '../evaluate/plan-figures.ts';
import { periodLabel } from '../evaluate/finding-text.ts';
import type { Evaluation, Finding, StatusRow } from '../model/finding.ts';
import type { Indicator } from '../model/indicator.ts';
import { parsePeriod } from '../parse/period.ts';
import { chineseNumeral } from './category-numeral.ts';
import { figureSource } from './figure-source.ts';
import { FootnoteList } from './footnotes.ts';
import { lineRows, type LineRow } from './line-rows.ts';
import { outcomeKey, outcomeOf, ON_SCHEDULE_BAND_PP, type Outcome } from './report-outcome.ts';
import { summaryParagraph } from './report-summary.ts';

/** 中期评估 (mid-term, the plan as a whole) or 年度评估 (one year). */
export type ReportKind = 'midterm' | 'annual';
export const REPORT_KINDS: readonly ReportKind[] = ['midterm', 'annual'];

/** One indicator's row. Texts are the table's (Chinese); numbers are kept for spreadsheets. */
export interface IndicatorRow {
  /** 序号, counting on across categories. */
  no: number;
  id: string;
  category: string;
  /** `在册市场主体总量（万户）`. */
  name: string;
  /** The name alone: `在册市场主体总量`. */
  plainName: string;
  /** 约束性 / 预期性. */
  kind: string;
  binding: boolean;
  baseline: string;
  baselineValue: number | null;
  target: string;
  targetValue: number | null;
  /** `55.3（2024年）`; `—` without a figure. */
  progress: string;
  progressValue: number | null;
  /** The period of the figure (`2024`), '' without one. */
  period: string;
  /** 完成进度 in words and percent. */
  completion: string;
  /** Completion and time elapsed as shares (0.869), null when not computed. */
  completionShare: number | null;
  elapsedShare: number | null;
  outcome: Outcome;
  /** 预期结果 in words. */
  outcomeText: string;
  /** Footnote numbers (1-based) for the figure shown. */
  notes: number[];
}

/** The indicators of one category, in plan order. */
export interface CategoryGroup {
  category: string;
  /** `一、营商环境`. */
  label: string;
  rows: IndicatorRow[];
}

export interface EvaluationTable {
  kind: ReportKind;
  asOf: string;
  title: string;
  /** `数据截至2025年3月31日`. */
  asOfLine: string;
  /** Column headings of the main table, in order. */
  headings: string[];
  groups: CategoryGroup[];
  linesTitle: string;
  lineHeadings: string[];
  lines: LineRow[];
  summary: string;
  /** Footnote texts; footnote n is notes[n - 1]. */
  notes: string[];
}

export interface TableInput {
  model: Pick<WorkbookModel, 'indicators' | 'milestones' | 'actuals' | 'settings'>;
  evaluation: Evaluation;
  kind: ReportKind;
  /** Gap (pp) a `behind` indicator may have and still read 可按期完成. */
  onScheduleBandPp?: number;
}

const zh = (b: Bilingual): string => b.zh;

/** `2025年3月31日`. */
export function reportDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return zh(t('report.date', { year: year ?? 0, month: month ?? 0, day: day ?? 0, iso }));
}

/** The year most indicators use (the plan's 2020 / 2025), null when none does. */
function commonYear(years: readonly (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const y of years) if (y !== null && y > 1900) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

function targetText(indicator: Indicator, year: number | null): string {
  const own = year !== null && indicator.targetYear !== year && indicator.targetYear > 1900;
  const suffix = own ? `（${indicator.targetYear}年）` : '';
  if (indicator.targetLine !== null) return indicator.targetLine.text + suffix;
  if (indicator.target === null) return indicator.limit?.text ?? zh(t('report.none'));
  const value = figureText(indicator.target);
  if (indicator.aggregation === 'annual') return zh(t('report.annual_target', { value }));
  if (indicator.aggregation === 'growth') return zh(t('report.growth_target', { value }));
  return value + suffix;
}

function baselineText(indicator: Indicator, year: number | null): string {
  if (indicator.baseline === null) return zh(t('report.none'));
  const own = year !== null && indicator.baselineYear !== null && indicator.baselineYear !== year;
  return figureText(indicator.baseline) + (own ? `（${indicator.baselineYear}年）` : '');
}

function completionText(status: StatusRow, outcome: Outcome): string {
  const { completion, elapsed, gap } = status;
  if (outcome === 'no_data' && status.period === '') return zh(t('report.progress.none'));
  if (completion !== null && elapsed !== null && gap !== null) {
    const p = {
      completion: figureText(completion),
      elapsed: figureText(elapsed),
      gap: figureText(gap),
    };
    if (status.status === 'achieved') return zh(t('report.progress.done', p));
    return zh(t(gap > 0 ? 'report.progress.behind' : 'report.progress.ahead', p));
  }
  if (status.status === 'breached') return zh(t('report.progress.line_breached'));
  if (status.status === 'near_limit') return zh(t('report.progress.line_near'));
  if (status.status === 'achieved') return zh(t('report.progress.target_reached'));
  if (status.status === 'no_baseline') return zh(t('report.progress.no_baseline'));
  if (status.status === 'on_track') return zh(t('report.progress.line_holds'));
  return zh(t('report.progress.none'));
}

/** The rows of the evaluation table for the plan region, with its lines, summary and notes. */
export function buildEvaluationTable(input: TableInput): EvaluationTable {
  const { model, evaluation, kind } = input;
  const { settings } = model;
  const region = settings.planRegion;
  const asOf = evaluation.asOf;
  const band = input.onScheduleBandPp ?? ON_SCHEDULE_BAND_PP;
  const lookup = milestoneLookup(model.milestones, region);
  const baseYear = commonYear(model.indicators.map((i) => i.baselineYear));
  const targetYear = commonYear(model.indicators.map((i) => i.targetYear));
  const notes = new FootnoteList();

  const statusOf = new Map<string, StatusRow>();
  for (const s of evaluation.statuses) if (s.region === region) statusOf.set(s.id, s);
  const findingsOf = (id: string): Finding[] =>
    evaluation.findings.filter((f) => f.id === id && f.region === region);

  const groups: CategoryGroup[] = [];
  let no = 0;
  for (const indicator of model.indicators) {
    const status = statusOf.get(indicator.id);
    if (status === undefined) continue;
    const outcome = outcomeOf(status, findingsOf(indicator.id), band);
    const figures = planFigures(indicator, region, lookup, Number(asOf.slice(0, 4)));
    const source =
      status.period === ''
        ? null
        : figureSource({
            indicator,
            actuals: model.actuals,
            planRegion: region,
            region,
            period: status.period,
            start: figures.baseline ?? 0,
            asOf,
          });
    const value = source?.official ?? status.actual;
    const period = parsePeriod(status.period);
    no += 1;
    const row: IndicatorRow = {
      no,
      id: indicator.id,
      category: indicator.category,
      name: indicator.unit === '' ? indicator.name : `${indicator.name}（${indicator.unit}）`,
      plainName: indicator.name,
      kind: zh(t(indicator.kind === 'binding' ? 'kind.binding' : 'kind.expected')),
      binding: indicator.kind === 'binding',
      baseline: baselineText(indicator, baseYear),
      baselineValue: indicator.baseline,
      target: targetText(indicator, targetYear),
      targetValue: indicator.target,
      progress:
        value === null || period === null
          ? zh(t('report.progress.none'))
          : zh(
              t('report.figure_with_period', {
                value: figureText(value),
                period: periodLabel(period).zh,
              }),
            ),
      progressValue: value,
      period: status.period,
      completion: completionText(status, outcome),
      completionShare: status.completion === null ? null : status.completion / 100,
      elapsedShare: status.elapsed === null ? null : status.elapsed / 100,
      outcome,
      outcomeText: zh(t(outcomeKey(outcome))),
      notes: [],
    };
    if (source !== null) {
      if (source.illustrative) row.notes.push(notes.add(zh(t('report.note.illustrative'))));
      if (source.formula !== null)
        row.notes.push(
          notes.add(
            zh(t('report.note.formula', { name: indicator.name, formula: source.formula })),
          ),
        );
      else if (source.official !== null && source.computed !== null)
        row.notes.push(
          notes.add(
            zh(
              t('report.note.official', {
                name: indicator.name,
                computed: figureText(source.computed),
              }),
            ),
          ),
        );
      if (source.fromIncrements)
        row.notes.push(notes.add(zh(t('report.note.increments', { name: indicator.name }))));
    }
    const group = groups.find((g) => g.category === indicator.category);
    if (group === undefined)
      groups.push({
        category: indicator.category,
        label: zh(
          t('report.category', {
            numeral: chineseNumeral(groups.length + 1),
            category: indicator.category,
          }),
        ),
        rows: [row],
      });
    else group.rows.push(row);
  }
  // Groups were filled in plan order; rows are numbered on in that grouped order.
  let n = 0;
  for (const g of groups) for (const r of g.rows) r.no = ++n;

  const lines = lineRows({ indicators: model.indicators, statuses: evaluation.statuses, region });
  const rows = groups.flatMap((g) => g.rows);
  const date = reportDate(asOf);
  const year = kind === 'annual' ? annualYear(asOf) : 0;
  return {
    kind,
    asOf,
    title: zh(t(`report.title.${kind}`, { plan: bookQuotes(settings.planName), year })),
    asOfLine: zh(t('report.as_of', { date })),
    headings: [
      zh(t('report.col.no')),
      zh(t('report.col.name')),
      zh(t('report.col.kind')),
      baseYear === null
        ? zh(t('report.col.baseline_plain'))
        : zh(t('report.col.baseline', { year: baseYear })),
      targetYear === null
        ? zh(t('report.col.target_plain'))
        : zh(t('report.col.target', { year: targetYear })),
      zh(t('report.col.progress')),
      zh(t('report.col.completion')),
      zh(t('report.col.outcome')),
    ],
    groups,
    linesTitle: zh(t('report.lines.title')),
    lineHeadings: [
      zh(t('report.col.no')),
      zh(t('report.col.name')),
      zh(t('report.col.line')),
      zh(t('report.col.latest')),
      zh(t('report.col.holds')),
      zh(t('report.col.regions_breached')),
    ],
    lines,
    summary: summaryParagraph({ rows, lines, plan: bookQuotes(settings.planName), date }),
    notes: notes.texts(),
  };
}

/** Straight quotes typed in a plan name as a document prints them: "十四五" → “十四五”. */
function bookQuotes(name: string): string {
  return name.replace(/"([^"]*)"/g, '“$1”');
}

/** The year an annual evaluation covers: the last whole year before the as-of date. */
function annualYear(asOf: string): number {
  const year = Number(asOf.slice(0, 4));
  return asOf.slice(5) === '12-31' ? year : year - 1;
}
