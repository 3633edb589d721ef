import type { Problem } from '../../shared/model/problem.ts';
import type { Channel } from '../channels/channel.ts';
import { checkWorkbookFile, type CheckOptions, type WorkbookCheck } from './check-stage.ts';
import {
  deliverDigests,
  digestPartOf,
  type DigestCheck,
  type DigestOptions,
  type DigestRun,
} from './digest-stage.ts';
import type { Stats } from '../metrics/stats.ts';
import type { ReminderLog } from '../remind/reminder-log.ts';
import { deliverReminders, type ReminderRun } from './remind-stage.ts';
import { DEFAULT_CHECK_CONCURRENCY } from './check-concurrency.ts';

/**
 * Options of a run over several workbooks; `check`, `watch` and `demo` build them here,
 * the queue workers run the same stages one job at a time.
 */
export interface RunOptions extends CheckOptions {
  /** Where digests go; none → no digests (e.g. `--json` for a script, or `--dry-run`). */
  channel: Channel | null;
  runId?: string;
  /** Fallback recipients and digest mode from the configuration file. */
  digest?: DigestOptions;
  /** Workbooks checked at the same time (default {@link DEFAULT_CHECK_CONCURRENCY}). */
  concurrency?: number;
  /** When each figure was last reminded of (see ReminderLog); none → every run repeats. */
  reminderLog?: ReminderLog;
  stats?: Stats;
}

/**
 * What a run keeps of one workbook's check once it is done: the digest's part (see
 * {@link digestPartOf}), the problems found and whether the results were written. A run
 * over a thousand workbooks keeps a thousand of these, never their whole models.
 */
export type KeptCheck =
  | (Extract<DigestCheck, { ok: true }> & { problems: Problem[]; written: boolean })
  | Extract<WorkbookCheck, { ok: false }>;

export function keptCheck(check: WorkbookCheck): KeptCheck {
  return check.ok
    ? { ...digestPartOf(check), problems: check.problems, written: check.written }
    : check;
}

export interface RunReport {
  runId: string;
  /** In the order of the paths given. */
  checks: KeptCheck[];
  digests: DigestRun;
  reminders: ReminderRun;
}

/**
 * The whole check for a list of workbooks, as the embedded mode runs it and the queue
 * mode runs per job: each workbook read → validate → evaluate → transition →
 * write on its own (one broken workbook never stops the others), a few at a time, then
 * the digests and the reminders.
 */
export async function runCheck(paths: string[], options: RunOptions): Promise<RunReport> {
  const runId = options.runId ?? `run-${new Date().toISOString()}`;
  const checks: KeptCheck[] = new Array<KeptCheck>(paths.length);
  let next = 0;
  // A fixed pool of workers taking the next path: at most `concurrency` workbooks in memory.
  const worker = async (): Promise<void> => {
    for (let i = next++; i < paths.length; i = next++) {
      const path = paths[i];
      if (path !== undefined) checks[i] = keptCheck(await checkWorkbookFile(path, options));
    }
  };
  const size = Math.max(
    1,
    Math.min(options.concurrency ?? DEFAULT_CHECK_CONCURRENCY, paths.length),
  );
  await Promise.all(Array.from({ length: size }, worker));
  if (!options.channel || options.dryRun)
    return {
      runId,
      checks,
      digests: { noRecipients: [], unchanged: [], deliveries: [] },
      reminders: { deliveries: [] },
    };
  const digests = await deliverDigests(checks, options.channel, runId, options.digest);
  // 催报 after the digests, once every workbook is checked: one message per unit per run.
  const reminders = await deliverReminders(
    checks,
    options.channel,
    runId,
    options.reminderLog ?? null,
    options.stats,
  );
  return { runId, checks, digests, reminders };
}
