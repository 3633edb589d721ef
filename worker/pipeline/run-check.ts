import type { Channel } from '../channels/channel.ts';
import { checkWorkbookFile, type CheckOptions, type WorkbookCheck } from './check-stage.ts';
import { deliverDigests, type DigestOptions, type DigestRun } from './digest-stage.ts';
import type { Stats } from '../metrics/stats.ts';
import type { ReminderLog } from '../remind/reminder-log.ts';
import { deliverReminders, type ReminderRun } from './remind-stage.ts';

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
  /** When each figure was last reminded of (see ReminderLog); none → every run repeats. */
  reminderLog?: ReminderLog;
  stats?: Stats;
}

export interface RunReport {
  runId: string;
  checks: WorkbookCheck[];
  digests: DigestRun;
  reminders: ReminderRun;
}

/**
 * The whole check for a list of workbooks, as the embedded mode runs it and the queue
 * mode runs per job: each workbook read → validate → evaluate → transition →
 * write on its own (one broken workbook never stops the others), then the digests and
 * the reminders.
 */
export async function runCheck(paths: string[], options: RunOptions): Promise<RunReport> {
  const runId = options.runId ?? `run-${new Date().toISOString()}`;
  const checks: WorkbookCheck[] = [];
  for (const path of paths) checks.push(await checkWorkbookFile(path, options));
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
