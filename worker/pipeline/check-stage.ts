import { newEpisodes } from '../../shared/alerts/episode-history.ts';
import { checkWorkbook, type CheckOutcome } from '../../shared/check/check-workbook.ts';
import { STATUS_COLUMNS_READ } from '../../shared/check/unread-tables.ts';
import { validateWorkbook, type WorkbookModel } from '../../shared/check/validate-workbook.ts';
import { t } from '../../shared/i18n/messages.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { isIsoDate } from '../../shared/parse/period.ts';
import { dateInZone } from '../../shared/parse/zone-date.ts';
import { readPackageGrids } from '../workbook/read-workbook.ts';
import { openPackage, type OpenWatcher, type OpenWorkbook } from '../xlsx/open-package.ts';
import { DEFAULT_LIMITS } from '../xlsx/package-limits.ts';
import { checkRecipientChannels } from './recipient-channels.ts';
import { WorkbookError } from '../problems/workbook-error.ts';
import { workbookProblem } from '../problems/workbook-problem.ts';
import { refusalProblem } from '../problems/refusal-problem.ts';
import { RESULT_TABLES, writeBack } from '../write-back/write-back.ts';
import {
  FileLocker,
  type WorkbookLock,
  type WorkbookLocker,
} from '../file-safety/workbook-lock.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';

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
      /** Why the results were not written though the check ran (open in Excel, read-only). */
      notWritten?: Problem;
    }
  | { ok: false; path: string; workbook: string; problems: Problem[] };

/** A workbook's check as it stands once evaluated, before its results are written. */
export type EvaluatedCheck = Omit<Extract<WorkbookCheck, { ok: true }>, 'written' | 'notWritten'>;

export interface CheckOptions {
  /** YYYY-MM-DD; default today in the plan's time zone. */
  asOf?: string;
  /** Evaluate only; leave the workbook untouched. */
  dryRun?: boolean;
  /** The clock, for tests. */
  now?: () => Date;
  /** One writer per workbook: a lock file beside it by default; the queue mode passes its Redis lock. */
  locker?: WorkbookLocker;
  /**
   * Called as each workbook's check reaches a stage (progress reporting; tests land a
   * planner's save between the read and the write here).
   */
  onStage?: (stage: CheckStageName, path: string) => void | Promise<void>;
  /** Give up reading a workbook file after this long (queue mode: a share that stopped answering). */
  readTimeoutMs?: number;
  /** Once aborted (the job's time is up) the check writes nothing and lets its lock go. */
  signal?: AbortSignal;
  /** Told of each time the check reads the file and opens it as a package (once per attempt). */
  onOpen?: OpenWatcher;
  /**
   * The robot channels the config names (`dingtalk:<name>`, `wecom:<name>`): a recipient
   * naming another is a row error. Absent when no config is used (`check` alone).
   */
  robots?: readonly string[];
  /**
   * Called once the results are in the workbook's package, while it deflates on zlib's
   * threads and before the file is replaced (once per attempt): work of the run that does
   * not wait for the write goes here (runCheck makes the workbook's digest parts), so it
   * is done while the process would otherwise wait.
   */
  whilePacking?: (check: EvaluatedCheck) => void;
}

/** The points of a workbook's check that {@link CheckOptions.onStage} hears about. */
export type CheckStageName = 'read' | 'evaluated' | 'written';

/** How often a workbook a planner keeps saving is read and checked again before giving up for this run. */
export const MAX_CHECK_ATTEMPTS = 3;

const defaultLocker = new FileLocker();

/**
 * Checks one workbook end to end. Never throws: a workbook that cannot be read or written
 * comes back as `ok: false` with the problems that say why, so a run over many workbooks
 * goes on past it. The write takes the workbook's lock and happens only if the file is
 * still what was read; when a planner saved it meanwhile, the workbook is read and
 * checked again (up to {@link MAX_CHECK_ATTEMPTS} times), so their save is never
 * overwritten and the results written are those of their latest version.
 */
export async function checkWorkbookFile(
  path: string,
  options: CheckOptions = {},
): Promise<WorkbookCheck> {
  let lock: WorkbookLock | null = null;
  const bounds = options.readTimeoutMs === undefined ? {} : { timeoutMs: options.readTimeoutMs };
  const letGo = (): void => void lock?.release();
  options.signal?.addEventListener('abort', letGo, { once: true });
  try {
    for (let attempt = 1; ; attempt++) {
      // Read once: the package the tables are read from is the one the results go into,
      // with the worker tables' sheets kept as inflated and the snapshot of this read.
      const opened = await openPackage(path, DEFAULT_LIMITS, bounds, options.onOpen);
      if (!opened.ok) return { ok: false, path, workbook: opened.name, problems: [opened.problem] };
      const read = readAndValidate(opened, options);
      if (!read.ok) return { ok: false, path, workbook: read.workbook, problems: read.problems };
      await options.onStage?.('read', path);
      const { model, problems: all } = read;
      const asOf =
        options.asOf ?? dateInZone((options.now ?? (() => new Date()))(), model.settings.timezone);
      if (!isIsoDate(asOf)) {
        return {
          ok: false,
          path,
          workbook: read.workbook,
          problems: [
            ...all,
            workbookProblem(
              'cli.bad_as_of',
              { workbook: read.workbook, value: asOf },
              { value: asOf },
            ),
          ],
        };
      }
      // Never resolve what was not read: a failed check, named first in every digest.
      if (model.unread.length > 0)
        return { ok: false, path, workbook: read.workbook, problems: [...model.unread, ...all] };
      const outcome = checkWorkbook(model, asOf);
      await options.onStage?.('evaluated', path);
      const checked: EvaluatedCheck = {
        ok: true as const,
        path,
        workbook: read.workbook,
        asOf,
        model,
        outcome,
        problems: all,
      };
      if (options.dryRun) return { ...checked, written: false };
      try {
        if (options.signal?.aborted) throw new Error(String(options.signal.reason));
        const held = (lock ??= await (options.locker ?? defaultLocker).acquire(path));
        const results = {
          alerts: outcome.alerts,
          statuses: outcome.evaluation.statuses,
          checkedAt: asOf,
          newEpisodes: newEpisodes(outcome.changes),
        };
        const written = await writeBack(path, results, {
          opened,
          whilePacking: () => whileWriting(options, checked),
          // The last word before the rename: still this check's lock, and still its time.
          confirm: async () => !options.signal?.aborted && (await held.confirm()),
        });
        if (written.written) {
          await options.onStage?.('written', path);
          return { ...checked, written: true };
        }
        if (written.reason === 'refused') {
          // Evaluated and reported, but the planner's file is left alone until the next run.
          const notWritten = refusalProblem(read.workbook, written.refusal, 'check');
          return { ...checked, problems: [notWritten, ...all], written: false, notWritten };
        }
      } catch (err) {
        const problem =
          err instanceof WorkbookError
            ? err.problem
            : workbookProblem(
                'workbook.write_failed',
                { workbook: read.workbook },
                { reason: reasonOf(err) },
              );
        return { ok: false, path, workbook: read.workbook, problems: [...all, problem] };
      }
      if (attempt >= MAX_CHECK_ATTEMPTS) {
        const problem = workbookProblem(
          'workbook.kept_changing',
          { workbook: read.workbook },
          { count: attempt },
        );
        return { ok: false, path, workbook: read.workbook, problems: [...all, problem] };
      }
    }
  } finally {
    options.signal?.removeEventListener('abort', letGo);
    await lock?.release();
  }
}

/**
 * The workbook's tables read and validated into the model a check evaluates, with every
 * problem found so far. Only the model is kept: the Grids it was made from (a large
 * plan's Actuals are much of a check's memory) can go before the results are written.
 */
function readAndValidate(
  opened: OpenWorkbook,
  options: CheckOptions,
):
  | { ok: true; workbook: string; model: WorkbookModel; problems: Problem[] }
  | { ok: false; workbook: string; problems: Problem[] } {
  const read = readPackageGrids(opened, {
    ...(options.dryRun ? {} : { keep: RESULT_TABLES }),
    only: { Status: STATUS_COLUMNS_READ },
  });
  if (!read.ok) return read;
  const valid = validateWorkbook(read.workbook, read.grids);
  const channels = options.robots
    ? checkRecipientChannels(read.workbook, valid.model.recipients, options.robots)
    : { recipients: valid.model.recipients, problems: [] };
  return {
    ok: true,
    workbook: read.workbook,
    model: { ...valid.model, recipients: channels.recipients },
    problems: [...read.problems, ...valid.problems, ...channels.problems],
  };
}

/**
 * Runs {@link CheckOptions.whilePacking}. What it does is the run's work, never the
 * write's: should it throw, the write goes on (the run does that work again once the
 * check has ended, and fails there as it would have).
 */
function whileWriting(options: CheckOptions, checked: EvaluatedCheck): void {
  try {
    options.whilePacking?.(checked);
  } catch {
    // See above: the run's own step reports it.
  }
}

/** The bilingual line a failed workbook is reported with in digests and logs. */
export function failureText(check: Extract<WorkbookCheck, { ok: false }>): string {
  const first = check.problems.find((p) => p.level === 'error') ?? check.problems[0];
  const text = first ? first.message : t('cli.unknown_failure');
  return `${text.zh} / ${text.en}`;
}
