import type { AlertChange } from '../../shared/alerts/transitions.ts';
import type { WorkbookModel } from '../../shared/check/validate-workbook.ts';
import { buildDigestPlan } from '../../shared/digest/build-digest.ts';
import { buildPersonDigest, type DigestReader } from '../../shared/digest/person-digest.ts';
import type { Alert } from '../../shared/model/alert.ts';
import type { DigestPlan } from '../../shared/model/digest.ts';
import type { Evaluation } from '../../shared/model/finding.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { receives, recipientAddress, type Recipient } from '../../shared/model/recipient.ts';
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
        evaluation: Pick<Evaluation, 'statuses' | 'findings' | 'owed'>;
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

/** One person's digest of the run and what became of it. */
export interface DigestDelivery {
  to: string;
  subject: string;
  /** How many plans the digest covers. */
  plans: number;
  result: DeliveryResult;
}

/** What happened to the digests of a run. */
export interface DigestRun {
  /** Checked workbooks that list nobody (and no fallback recipients are configured). */
  noRecipients: string[];
  /** People not written to: every plan of theirs is in `on-change` mode and nothing changed. */
  unchanged: string[];
  deliveries: DigestDelivery[];
}

interface Person {
  reader: DigestReader;
  /** Where it goes: `email`, or a robot with the mobiles it `@`s (see recipientAddress). */
  route: Pick<Recipient, 'channel' | 'mobiles'> & { address: string };
  plans: DigestPlan[];
  /** Whether each of their plans may skip an unchanged digest (`on-change`). */
  onChange: boolean[];
}

/**
 * Compose → deliver, one message per person per run: every checked workbook that lists an
 * address (compared trimmed and case-insensitively) adds a section filtered by that
 * workbook's scope and minimum severity for them. In `on-change` mode a person is skipped
 * only when nothing changed in any of their plans. Every digest of the run also names the
 * workbooks that could not be checked at all, so a broken file is seen by leadership
 * instead of silently missing.
 */
export async function deliverDigests(
  checks: DigestCheck[],
  channel: Channel,
  runId: string,
  options: DigestOptions = {},
): Promise<DigestRun> {
  // Every digest of the run names the workbooks not checked, and those checked but not written.
  const failures = checks.flatMap((c) => {
    if (!c.ok) return [{ workbook: c.workbook, message: failureText(c) }];
    const why = c.notWritten?.message;
    return why ? [{ workbook: c.workbook, message: `${why.zh} / ${why.en}` }] : [];
  });
  const people = new Map<string, Person>();
  const noRecipients: string[] = [];
  for (const check of checks) {
    if (!check.ok) continue;
    const { model, outcome, asOf } = check;
    // Reminder-only rows (催报) are not digest readers: a workbook with only those falls back too.
    const listed = model.recipients.filter((r) => receives(r, 'digest'));
    const recipients = listed.length > 0 ? listed : (options.fallbackRecipients ?? []);
    if (recipients.length === 0) {
      noRecipients.push(check.workbook);
      continue;
    }
    const mode = options.mode ?? model.settings.digestMode;
    for (const recipient of recipients) {
      const key = recipientAddress(recipient);
      const person = people.get(key) ?? {
        reader: {
          name: recipient.name,
          email: recipient.email.trim(),
          language: recipient.language,
        },
        route: { channel: recipient.channel, mobiles: recipient.mobiles, address: key },
        plans: [],
        onChange: [],
      };
      person.plans.push(
        buildDigestPlan({
          planName: model.settings.planName || check.workbook,
          date: asOf,
          workbook: check.workbook,
          recipient,
          alerts: outcome.alerts,
          changes: outcome.changes,
          statuses: outcome.evaluation.statuses,
          findings: outcome.evaluation.findings,
          indicators: model.indicators,
          owed: outcome.evaluation.owed,
        }),
      );
      person.onChange.push(mode === 'on-change');
      people.set(key, person);
    }
  }
  const run: DigestRun = { noRecipients, unchanged: [], deliveries: [] };
  for (const person of people.values()) {
    const content = buildPersonDigest(person.reader, person.plans, failures);
    // One plan of theirs in `always` mode is enough for the digest to go out.
    // A workbook of the run that was not checked (or not written) is news for everyone.
    const quiet =
      content.unchanged && failures.length === 0 && person.onChange.every((onChange) => onChange);
    if (quiet) {
      run.unchanged.push(person.route.address);
      continue;
    }
    const message = composeDigestMessage(content, runId);
    const robot = person.route.channel === 'email' ? {} : person.route;
    run.deliveries.push({
      to: person.route.channel === 'email' ? content.recipient.email : person.route.address,
      subject: content.subject,
      plans: person.plans.length,
      result: await channel.deliver({ ...message, ...robot }),
    });
  }
  return run;
}
