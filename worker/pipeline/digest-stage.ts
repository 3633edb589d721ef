import type { AlertChange } from '../../shared/alerts/transitions.ts';
import type { WorkbookModel } from '../../shared/check/validate-workbook.ts';
import { buildDigest } from '../../shared/digest/build-digest.ts';
import type { Alert } from '../../shared/model/alert.ts';
import type { Evaluation } from '../../shared/model/finding.ts';
import type { Problem } from '../../shared/model/problem.ts';
import type { Recipient } from '../../shared/model/recipient.ts';
import type { Settings } from '../../shared/model/settings.ts';
import type { Channel, DeliveryResult } from '../channels/channel.ts';
import { composeDigestMessage } from '../digest/compose-message.ts';
import { failureText, type WorkbookCheck } from './check-stage.ts';

/**
 * What the digest stage needs of one workbook's check. A {@link WorkbookCheck} is one; so
 * is the smaller value a queue job returns (no actuals or milestones travel through Redis).
 */
export type DigestCheck =
  | {
      ok: true;
      path: string;
      workbook: string;
      asOf: string;
      model: Pick<WorkbookModel, 'settings' | 'recipients' | 'indicators'>;
      outcome: {
        alerts: Alert[];
        changes: AlertChange[];
        evaluation: Pick<Evaluation, 'statuses'>;
      };
      /** Why the results were not written into the workbook, though it was checked. */
      notWritten?: Problem;
    }
  | Extract<WorkbookCheck, { ok: false }>;

/** Operator settings (config file) that apply on top of each workbook's own. */
export interface DigestOptions {
  /** Recipients for workbooks whose Recipients table is empty. */
  fallbackRecipients?: Recipient[];
  /** Overrides each workbook's `digest.mode` setting. */
  mode?: Settings['digestMode'];
}

/** What happened to one workbook's digests. */
export interface DigestOutcome {
  workbook: string;
  /** `no-recipients`: the workbook lists nobody; `unchanged`: on-change mode and nothing new. */
  skipped: 'no-recipients' | 'unchanged' | null;
  deliveries: { to: string; subject: string; result: DeliveryResult }[];
}

/**
 * Compose → deliver, one message per recipient per checked workbook (docs/architecture.md §6).
 * Every digest of the run also names the workbooks that could not be checked at all, so a broken
 * file is seen by leadership instead of silently missing.
 */
export async function deliverDigests(
  checks: DigestCheck[],
  channel: Channel,
  runId: string,
  options: DigestOptions = {},
): Promise<DigestOutcome[]> {
  // Every digest of the run names the workbooks not checked, and those checked but not written.
  const failures = checks.flatMap((c) => {
    if (!c.ok) return [{ workbook: c.workbook, message: failureText(c) }];
    const why = c.notWritten?.message;
    return why ? [{ workbook: c.workbook, message: `${why.zh} / ${why.en}` }] : [];
  });
  const outcomes: DigestOutcome[] = [];
  for (const check of checks) {
    if (!check.ok) continue;
    const { outcome, asOf } = check;
    const own = check.model;
    const model = {
      ...own,
      recipients: own.recipients.length > 0 ? own.recipients : (options.fallbackRecipients ?? []),
      settings: options.mode ? { ...own.settings, digestMode: options.mode } : own.settings,
    };
    if (model.recipients.length === 0) {
      outcomes.push({ workbook: check.workbook, skipped: 'no-recipients', deliveries: [] });
      continue;
    }
    const contents = model.recipients.map((recipient) =>
      buildDigest({
        planName: model.settings.planName || check.workbook,
        date: asOf,
        workbook: check.workbook,
        recipient,
        alerts: outcome.alerts,
        changes: outcome.changes,
        statuses: outcome.evaluation.statuses,
        indicators: model.indicators,
        failures,
      }),
    );
    if (model.settings.digestMode === 'on-change' && contents.every((c) => c.unchanged)) {
      outcomes.push({ workbook: check.workbook, skipped: 'unchanged', deliveries: [] });
      continue;
    }
    const deliveries: DigestOutcome['deliveries'] = [];
    for (const content of contents) {
      const message = composeDigestMessage(content, runId);
      deliveries.push({
        to: content.recipient.email,
        subject: content.subject,
        result: await channel.deliver(message),
      });
    }
    outcomes.push({ workbook: check.workbook, skipped: null, deliveries });
  }
  return outcomes;
}
