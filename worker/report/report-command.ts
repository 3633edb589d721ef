/**
 * `kpi-sentinel report <workbook>`: reads and evaluates the plan workbook exactly as a
 * check does (without writing it back), builds the evaluation table in the core and
 * writes it as a new .docx or .xlsx.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { bilingualLine, t } from '../../shared/i18n/messages.ts';
import {
  buildEvaluationTable,
  type EvaluationTable,
  type ReportKind,
} from '../../shared/report/evaluation-table.ts';
import { checkWorkbookFile } from '../pipeline/check-stage.ts';
import { docxReport } from './docx-report.ts';
import { xlsxReport } from './xlsx-report.ts';

export type ReportFormat = 'docx' | 'xlsx';
export const REPORT_FORMATS: readonly ReportFormat[] = ['docx', 'xlsx'];

export interface ReportOptions {
  asOf?: string;
  kind: ReportKind;
  format: ReportFormat;
  /** Where to write; default `<workbook name>-evaluation-<as-of>.<format>` beside the workbook. */
  out?: string;
}

export type ReportResult =
  { ok: true; path: string; table: EvaluationTable } | { ok: false; messages: string[] };

/** The report file's bytes in a format. */
export function reportBytes(table: EvaluationTable, format: ReportFormat): Promise<Uint8Array> {
  return format === 'docx' ? docxReport(table) : xlsxReport(table);
}

/** The default file name: `huzhou-14th-fyp-evaluation-2025-03-31.docx`. */
export function defaultReportPath(workbook: string, asOf: string, format: ReportFormat): string {
  const stem = basename(workbook, extname(workbook));
  return join(dirname(workbook), `${stem}-evaluation-${asOf}.${format}`);
}

/** Evaluates the workbook and writes its evaluation table; never touches the workbook. */
export async function writeReport(workbook: string, options: ReportOptions): Promise<ReportResult> {
  const check = await checkWorkbookFile(workbook, {
    dryRun: true,
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
  });
  if (!check.ok) {
    const errors = check.problems.filter((p) => p.level === 'error');
    return {
      ok: false,
      messages: (errors.length > 0 ? errors : check.problems).map((p) => bilingualLine(p.message)),
    };
  }
  const table = buildEvaluationTable({
    model: check.model,
    evaluation: check.outcome.evaluation,
    kind: options.kind,
  });
  const path = options.out ?? defaultReportPath(workbook, check.asOf, options.format);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, await reportBytes(table, options.format));
  return { ok: true, path, table };
}

/** The line the CLI prints once the file is written. */
export function reportWritten(result: { path: string; table: EvaluationTable }): string {
  const count = result.table.groups.reduce((n, g) => n + g.rows.length, 0);
  return bilingualLine(t('report.written', { path: result.path, count, asOf: result.table.asOf }));
}
