import { bilingualLine, t, type Bilingual } from '../../shared/i18n/messages.ts';
import type { PlanImport } from '../../shared/import/plan-table.ts';
import type { CellValue } from '../../shared/contract/grid.ts';
import type { ImportReport } from '../import/import-file.ts';
import { say, type Output } from './output.ts';

/** `import --json`: contract imports as before; plan tables add what was understood and asked. */
export function importJson(report: ImportReport): unknown {
  const problems = report.problems.map((p) => ({ ...p, message: bilingualLine(p.message) }));
  const base = { table: report.table, added: report.added, dryRun: report.dryRun, problems };
  const plan = report.plan;
  if (!plan) return base;
  return {
    ...base,
    format: 'plan',
    indicators: plan.indicators,
    questions: plan.questions.map((q) => ({
      row: q.row,
      column: q.column,
      text: q.text,
      message: bilingualLine(q.message),
      answer: q.answer,
    })),
    notices: plan.notices.map((n) => ({
      row: n.row,
      column: n.column,
      text: n.text,
      message: bilingualLine(n.message),
    })),
    header: plan.header,
    notImported: plan.notImported,
    marks: plan.marks.map((m) => ({ mark: m.mark, meaning: m.effect, text: m.text })),
    baselineYear: plan.baselineYear,
    targetYear: plan.targetYear,
  };
}

/** The one-screen account of an import: for a plan table, every row as understood, then questions. */
export function printImport(o: Output, report: ImportReport, file: string, into: string): void {
  if (report.plan) printPlan(o, report.plan, report, file, into);
  else
    say(
      o,
      t('cli.imported', {
        added: report.added,
        table: report.table ?? '—',
        problems: report.problems.length,
      }),
    );
  for (const p of report.problems) o.out(`  - ${bilingualLine(p.message)}`);
  if (report.dryRun) say(o, t('cli.plan.dry_run'));
}

function printPlan(
  o: Output,
  plan: PlanImport,
  report: ImportReport,
  file: string,
  into: string,
): void {
  const header = plan.header.rows.join('–');
  say(
    o,
    t('cli.plan.read', {
      file,
      header,
      count: plan.indicators.length,
      questions: plan.questions.length,
    }),
  );
  const columns = plan.header.columns
    .filter((c) => c.label !== '')
    .map(
      (c) =>
        `${c.label} → ${c.role}${c.year === null ? '' : ` ${c.year}`}${c.unit === '' ? '' : ` (${c.unit})`}`,
    )
    .join(' | ');
  o.out(`  ${bilingualLine(t('cli.plan.columns', { columns }))}`);
  if (plan.notImported.length > 0) {
    const skipped = t('import.plan.not_imported', { columns: plan.notImported.join('、') });
    o.out(`  ${bilingualLine(skipped)}`);
  }
  o.out(
    `  ${bilingualLine(t('cli.plan.years', { baselineYear: plan.baselineYear ?? '?', targetYear: plan.targetYear ?? '?' }))}`,
  );
  for (const m of plan.marks) {
    const meaning: Bilingual = t(`import.plan.mark.${m.effect}`);
    o.out(
      `  ${bilingualLine(t('cli.plan.mark', { mark: m.mark, meaning_zh: meaning.zh, meaning_en: meaning.en, text: m.text }))}`,
    );
  }
  plan.indicators.forEach((r, i) => {
    const origin = plan.origins[i];
    const marks = origin && origin.marks.length > 0 ? `  ${origin.marks.join('')}` : '';
    const figures = `${shown(r.baseline)} → ${shown(r.target)}`;
    const cells = [r.category, r.name, r.unit, figures, r.kind, r.aggregation, r.direction]
      .map(shown)
      .join(' | ');
    o.out(`  ${shown(r.id)}  #${origin?.row ?? ''}  ${cells}${marks}`);
  });
  if (plan.questions.length > 0) {
    say(o, t('cli.plan.questions', { count: plan.questions.length }));
    for (const q of plan.questions) {
      const at =
        q.seq !== null
          ? t('import.plan.question_at', { seq: q.seq })
          : t('import.plan.question_row', { row: q.row });
      o.out(`  ? ${q.row === 0 ? '' : `[${bilingualLine(at)}] `}${bilingualLine(q.message)}`);
      o.out(`    ${bilingualLine(t('cli.plan.answer_with', { answer: q.answer }))}`);
    }
  }
  if (plan.notices.length > 0) {
    say(o, t('cli.plan.notices', { count: plan.notices.length }));
    for (const n of plan.notices) o.out(`  - ${bilingualLine(n.message)}`);
  }
  if (!report.dryRun && report.added > 0)
    say(o, t('cli.plan.written', { count: report.added, workbook: into }));
}

function shown(v: CellValue | undefined): string {
  return v === null || v === undefined || v === '' ? '—' : String(v);
}
