/**
 * The Huzhou demo workbook through the pure pipeline into its evaluation table, and the
 * same plan grown to any number of indicators (copies of the Huzhou rows under new ids),
 * for tests that need a table without exceljs.
 */
import { checkWorkbook } from '../../shared/check/check-workbook.ts';
import { validateWorkbook, type WorkbookModel } from '../../shared/check/validate-workbook.ts';
import type { WorkbookTemplate } from '../../shared/contract/template.ts';
import type { Evaluation } from '../../shared/model/finding.ts';
import {
  buildEvaluationTable,
  type EvaluationTable,
  type ReportKind,
} from '../../shared/report/evaluation-table.ts';
import { TEMPLATES } from '../../seeds/templates.ts';
import { DEMO_AS_OF } from '../../seeds/huzhou-demo-expectations.ts';
import { TEMPLATE_WORKBOOK, templateGrids } from './template-grids.ts';

export interface DemoTable {
  model: WorkbookModel;
  evaluation: Evaluation;
  table: EvaluationTable;
}

/** A template checked as of the demo date and laid out as an evaluation table. */
export function tableOf(template: WorkbookTemplate, kind: ReportKind = 'midterm'): DemoTable {
  const { model } = validateWorkbook(TEMPLATE_WORKBOOK, templateGrids(template));
  const { evaluation } = checkWorkbook(model, DEMO_AS_OF);
  return { model, evaluation, table: buildEvaluationTable({ model, evaluation, kind }) };
}

/** The Huzhou demo workbook's evaluation table. */
export function demoTable(kind: ReportKind = 'midterm'): DemoTable {
  return tableOf(TEMPLATES['huzhou-14th-fyp'](), kind);
}

/** The Huzhou plan with `n` indicators: its rows repeated under ids X00001…, actuals and all. */
export function grownTemplate(n: number): WorkbookTemplate {
  const base = TEMPLATES['huzhou-14th-fyp']();
  const ids = base.indicators.map((r) => String(r.id));
  const copy = (i: number): string => `X${String(i + 1).padStart(5, '0')}`;
  const indicators = Array.from({ length: n }, (_, i) => ({
    ...base.indicators[i % ids.length],
    id: copy(i),
  }));
  const actuals = Array.from({ length: n }, (_, i) => {
    const from = ids[i % ids.length];
    return base.actuals.filter((a) => a.id === from).map((a) => ({ ...a, id: copy(i) }));
  }).flat();
  return { ...base, indicators, actuals, milestones: [] };
}
