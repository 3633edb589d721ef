import type { Alert } from '../../shared/model/alert.ts';
import type { StatusRow } from '../../shared/model/finding.ts';
import type { Problem } from '../../shared/model/problem.ts';
import type { Channel } from '../channels/channel.ts';
import {
  checkWorkbookFile,
  type CheckOptions,
  type EvaluatedCheck,
  type WorkbookCheck,
} from './check-stage.ts';
import { preloadComposer } from '../digest/composer-loader.ts';
import {
  collectDigests,
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

type Digested = Extract<DigestCheck, { ok: true }>;

/** Of each status row, what `--json` prints and the summary counts (see {@link keptStatus}). */
export type KeptStatus = Pick<
  StatusRow,
  | 'id'
  | 'name'
  | 'region'
  | 'period'
  | 'status'
  | 'severity'
  | 'completion'
  | 'elapsed'
  | 'gap'
  | 'expected'
  | 'actual'
  | 'forecast'
>;

/** Of each alert, what `--json` prints and the summary names and counts. */
export type KeptAlert = Pick<
  Alert,
  | 'alertId'
  | 'state'
  | 'severity'
  | 'status'
  | 'id'
  | 'indicator'
  | 'region'
  | 'period'
  | 'rule'
  | 'actual'
  | 'expected'
  | 'target'
  | 'message'
>;

/**
 * What a run keeps of one workbook's check once its digest parts are made: what the
 * summary, `--json` and the reminders need (statuses, alerts, figures owed), the problems
 * found and whether the results were written. A run over a thousand workbooks keeps a
 * thousand of these, never their findings, indicators or alert changes, let alone their
 * whole models; of the status rows and alerts only the fields shown, as objects of their
 * own (not the check's, which hold due dates, planner columns and episode dates too).
 */
export type KeptCheck =
  | (Omit<Digested, 'model' | 'outcome'> & {
      model: Pick<Digested['model'], 'settings' | 'recipients'> & { indicatorCount: number };
      outcome: {
        alerts: KeptAlert[];
        evaluation: Pick<Digested['outcome']['evaluation'], 'owed' | 'estimatedYears'> & {
          statuses: KeptStatus[];
        };
      };
      problems: Problem[];
      written: boolean;
    })
  | Extract<WorkbookCheck, { ok: false }>;

/** The fields of a status row a run keeps and `--json` prints, in the order printed. */
export function keptStatus(s: KeptStatus): KeptStatus {
  return {
    id: s.id,
    name: s.name,
    region: s.region,
    period: s.period,
    status: s.status,
    severity: s.severity,
    completion: s.completion,
    elapsed: s.elapsed,
    gap: s.gap,
    expected: s.expected,
    actual: s.actual,
    forecast: s.forecast,
  };
}

function keptAlert(a: Alert): KeptAlert {
  return {
    alertId: a.alertId,
    state: a.state,
    severity: a.severity,
    status: a.status,
    id: a.id,
    indicator: a.indicator,
    region: a.region,
    period: a.period,
    rule: a.rule,
    actual: a.actual,
    expected: a.expected,
    target: a.target,
    message: a.message,
  };
}

export function keptCheck(check: WorkbookCheck): KeptCheck {
  if (!check.ok) return check;
  const { model, outcome } = check;
  const { statuses, owed, estimatedYears } = outcome.evaluation;
  return {
    ok: true,
    path: check.path,
    workbook: check.workbook,
    asOf: check.asOf,
    model: {
      settings: model.settings,
      recipients: model.recipients,
      indicatorCount: model.indicators.length,
    },
    outcome: {
      alerts: outcome.alerts.map(keptAlert),
      evaluation: { statuses: statuses.map(keptStatus), owed, estimatedYears },
    },
    ...(check.notWritten ? { notWritten: check.notWritten } : {}),
    problems: check.problems,
    written: check.written,
  };
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
  // Each workbook's digest parts are made as soon as it is evaluated (see collectDigests).
  const digests = options.channel && !options.dryRun ? collectDigests(options.digest) : null;
  let next = 0;
  // A fixed pool of workers taking the next path: at most `concurrency` workbooks in memory.
  const worker = async (): Promise<void> => {
    for (let i = next++; i < paths.length; i = next++) {
      const path = paths[i];
      if (path === undefined) continue;
      // Its digest parts are made while its package deflates (see CheckOptions.whilePacking),
      // and the digest composer starts loading then, for the digests at the end.
      const whilePacking = (evaluated: EvaluatedCheck): void => {
        options.whilePacking?.(evaluated);
        preloadComposer();
        digests?.prepare(i, digestPartOf(evaluated));
      };
      const check = await checkWorkbookFile(path, digests ? { ...options, whilePacking } : options);
      if (digests && check.ok) digests.add(i, digestPartOf(check));
      else digests?.add(i, check);
      checks[i] = keptCheck(check);
    }
  };
  const size = Math.max(
    1,
    Math.min(options.concurrency ?? DEFAULT_CHECK_CONCURRENCY, paths.length),
  );
  await Promise.all(Array.from({ length: size }, worker));
  if (!options.channel || !digests)
    return {
      runId,
      checks,
      digests: { noRecipients: [], unchanged: [], deliveries: [] },
      reminders: { deliveries: [] },
    };
  const digestRun = await digests.deliver(options.channel, runId);
  // 催报 after the digests, once every workbook is checked: one message per unit per run.
  const reminders = await deliverReminders(
    checks,
    options.channel,
    runId,
    options.reminderLog ?? null,
    options.stats,
  );
  return { runId, checks, digests: digestRun, reminders };
}
