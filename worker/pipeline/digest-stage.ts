import { buildDigest } from '../../shared/digest/build-digest.ts';
import type { Channel, DeliveryResult } from '../channels/channel.ts';
import { composeDigestMessage } from '../digest/compose-message.ts';
import { failureText, type WorkbookCheck } from './check-stage.ts';

/** What happened to one workbook's digests. */
export interface DigestOutcome {
  workbook: string;
  /** `no-recipients`: the workbook lists nobody; `unchanged`: on-change mode and nothing new. */
  skipped: 'no-recipients' | 'unchanged' | null;
  deliveries: { to: string; subject: string; result: DeliveryResult }[];
}

/**
 * Compose → deliver, one message per recipient per checked workbook (DESIGN §6). Every
 * digest of the run also names the workbooks that could not be checked at all, so a
 * broken file is seen by leadership instead of silently missing.
 */
export async function deliverDigests(checks: WorkbookCheck[], channel: Channel, runId: string): Promise<DigestOutcome[]> {
  const failures = checks.flatMap((c) => (c.ok ? [] : [{ workbook: c.workbook, message: failureText(c) }]));
  const outcomes: DigestOutcome[] = [];
  for (const check of checks) {
    if (!check.ok) continue;
    const { model, outcome, asOf } = check;
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
      deliveries.push({ to: content.recipient.email, subject: content.subject, result: await channel.deliver(message) });
    }
    outcomes.push({ workbook: check.workbook, skipped: null, deliveries });
  }
  return outcomes;
}
