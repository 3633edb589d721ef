import { checkWorkbook, type CheckOutcome } from '../../shared/check/check-workbook.ts';
import { validateWorkbook, type WorkbookModel } from '../../shared/check/workbook-model.ts';
import { t } from '../../shared/i18n/messages.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { isIsoDate } from '../../shared/parse/period.ts';
import { dateInZone } from '../time/plan-date.ts';
import { readWorkbookGrids } from '../workbook/read-workbook.ts';
import { WorkbookError } from '../workbook/workbook-error.ts';
import { reasonOf, workbookProblem } from '../workbook/workbook-problem.ts';
import { writeResults } from '../workbook/write-results.ts';

/** One workbook's pass through read → validate → evaluate → transition → write. */
export type WorkbookCheck =
  | {
      ok: true;
      path: string;
      workbook: string;
      asOf: string;
      model: WorkbookModel;
      outcome: CheckOutcome;
      problems: Problem[];
      written: boolean;
    }
  | { ok: false; path: string; workbook: string; problems: Problem[] };

export interface CheckOptions {
  /** YYYY-MM-DD; default today in the plan's time zone. */
  asOf?: string;
  /** Evaluate only; leave the workbook untouched. */
  dryRun?: boolean;
  /** The clock, for tests. */
  now?: () => Date;
}

/**
 * Checks one workbook end to end. Never throws: a workbook that cannot be read or written
 * comes back as `ok: false` with the problems that say why, so a run over many workbooks
 * goes on past it.
 */
export async function checkWorkbookFile(path: string, options: CheckOptions = {}): Promise<WorkbookCheck> {
  const read = await readWorkbookGrids(path);
  if (!read.ok) return { ok: false, path, workbook: read.workbook, problems: read.problems };
  const { model, problems } = validateWorkbook(read.workbook, read.grids);
  const all = [...read.problems, ...problems];
  const asOf = options.asOf ?? dateInZone((options.now ?? (() => new Date()))(), model.settings.timezone);
  if (!isIsoDate(asOf)) {
    return { ok: false, path, workbook: read.workbook, problems: [...all, workbookProblem('cli.bad_as_of', { workbook: read.workbook, value: asOf }, { value: asOf })] };
  }
  const outcome = checkWorkbook(model, asOf);
  if (options.dryRun) return { ok: true, path, workbook: read.workbook, asOf, model, outcome, problems: all, written: false };
  try {
    await writeResults(path, { alerts: outcome.alerts, statuses: outcome.evaluation.statuses, checkedAt: asOf });
  } catch (err) {
    const problem = err instanceof WorkbookError ? err.problem : workbookProblem('workbook.write_failed', { workbook: read.workbook }, { reason: reasonOf(err) });
    return { ok: false, path, workbook: read.workbook, problems: [...all, problem] };
  }
  return { ok: true, path, workbook: read.workbook, asOf, model, outcome, problems: all, written: true };
}

/** The bilingual line a failed workbook is reported with in digests and logs. */
export function failureText(check: Extract<WorkbookCheck, { ok: false }>): string {
  const first = check.problems.find((p) => p.level === 'error') ?? check.problems[0];
  const text = first ? first.message : t('cli.unknown_failure');
  return `${text.zh} / ${text.en}`;
}
