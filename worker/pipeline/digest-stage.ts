import type { AlertChange } from '../../shared/alerts/transitions.ts';
import type { WorkbookModel } from '../../shared/check/validate-workbook.ts';
import { buildDigestPlan } from '../../shared/digest/build-digest.ts';
import {
  addPlanToDigest,
  buildPersonDigest,
  newPersonDigestDraft,
  type DigestReader,
  type PersonDigestDraft,
} from '../../shared/digest/person-digest.ts';
import type { Alert } from '../../shared/model/alert.ts';
import type { Evaluation } from '../../shared/model/finding.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { receives, recipientAddress, type Recipient } from '../../shared/model/recipient.ts';
import type { Settings } from '../../shared/model/settings.ts';
import { t } from '../../shared/i18n/messages.ts';
import type { Channel, DeliveryResult } from '../channels/channel.ts';
import type { InDoubtRegister, InDoubtSend } from '../channels/send-log/in-doubt-sends.ts';
import { loadComposer } from '../digest/composer-loader.ts';
import type { DigestPlan } from '../../shared/model/digest.ts';
import { failureText, type EvaluatedCheck, type WorkbookCheck } from './check-stage.ts';

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
        evaluation: Pick<Evaluation, 'statuses' | 'findings' | 'owed' | 'estimatedYears'>;
      };
      /** Why the results were not written into the workbook, though it was checked. */
      notWritten?: Problem;
    }
  | Extract<WorkbookCheck, { ok: false }>;

/**
 * The part of a successful check the digest needs: what a queue job returns through Redis
 * and what a run over many workbooks keeps of each (actuals, milestones and the previous
 * Alerts table are dropped as soon as the workbook is done).
 */
export function digestPartOf(
  check: EvaluatedCheck & { notWritten?: Problem },
): Extract<DigestCheck, { ok: true }> {
  const { model, outcome } = check;
  return {
    ok: true,
    path: check.path,
    workbook: check.workbook,
    asOf: check.asOf,
    model: { settings: model.settings, recipients: model.recipients, indicators: model.indicators },
    outcome: {
      alerts: outcome.alerts,
      changes: outcome.changes,
      evaluation: {
        statuses: outcome.evaluation.statuses,
        findings: outcome.evaluation.findings,
        owed: outcome.evaluation.owed,
        estimatedYears: outcome.evaluation.estimatedYears,
      },
    },
    ...(check.notWritten ? { notWritten: check.notWritten } : {}),
  };
}

/** What the digest parts of a checked workbook are made of, whatever became of its write. */
export type CheckedForDigest = Omit<Extract<DigestCheck, { ok: true }>, 'notWritten'>;

/** One reader of a workbook's digest and their part of it. */
interface ReaderPlan {
  recipient: Recipient;
  plan: DigestPlan;
}

/** Operator settings (config file) that apply on top of each workbook's own. */
export interface DigestOptions {
  /** Recipients for workbooks whose Recipients table is empty. */
  fallbackRecipients?: Recipient[];
  /** Overrides each workbook's `digest.mode` setting. */
  mode?: Settings['digestMode'];
  /**
   * Where sends of earlier runs left in doubt wait: every digest of this run names them (a
   * person decides whether to resend), and once one of those digests has gone out they
   * are dropped from the register.
   */
  inDoubt?: InDoubtRegister;
}

/** One in-doubt send as a digest lists it: to whom, and run, time and channel. */
function inDoubtLine(send: InDoubtSend): { to: string; message: string } {
  const line = t('digest.in_doubt.line', {
    runId: send.runId,
    at: new Date(send.at).toISOString(),
    channel: send.channel,
  });
  return { to: send.email, message: `${line.zh} / ${line.en}` };
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
  /** The run index of the first workbook listing them: its row names them and routes their digest. */
  index: number;
  /** Their row's place among that workbook's recipients (digests go out in this order). */
  rank: number;
  reader: DigestReader;
  /** Where it goes: `email`, or a robot with the mobiles it `@`s (see recipientAddress). */
  route: Pick<Recipient, 'channel' | 'mobiles'> & { address: string };
  draft: PersonDigestDraft;
  /** Whether every plan of theirs may skip an unchanged digest (`on-change`). */
  onChange: boolean;
}

/**
 * The digests of a run as its workbooks finish, in any order: each check is turned into
 * its readers' digest parts at once (bounded per person, see MAX_PLAN_SECTIONS), so a run
 * over many workbooks need not keep their statuses and findings until the end.
 */
export interface DigestCollector {
  /**
   * Makes the digest parts of the `index`-th workbook from its evaluated check before the
   * check has ended (its results are still being written): {@link add} then takes them
   * instead of making them again, when it adds that same outcome.
   */
  prepare(index: number, check: CheckedForDigest): void;
  /** Adds the `index`-th workbook of the run (its place in the digests' run order). */
  add(index: number, check: DigestCheck): void;
  deliver(channel: Channel, runId: string): Promise<DigestRun>;
}

/**
 * Compose → deliver, one message per person per run: every checked workbook that lists an
 * address (compared trimmed and case-insensitively) adds a section filtered by that
 * workbook's scope and minimum severity for them. In `on-change` mode a person is skipped
 * only when nothing changed in any of their plans. Every digest of the run also names the
 * workbooks that could not be checked at all, so a broken file is seen by leadership
 * instead of silently missing, and the sends of earlier runs left in doubt.
 */
export function collectDigests(options: DigestOptions = {}): DigestCollector {
  const people = new Map<string, Person>();
  const noRecipients: { index: number; workbook: string }[] = [];
  // Every digest of the run names the workbooks not checked, and those checked but not written.
  const failures: { index: number; workbook: string; message: string }[] = [];
  // Parts made ahead of their check's end (see prepare), by run index, with the alerts of
  // the evaluation they were made from (the same array object in that check's every part).
  const prepared = new Map<number, { of: readonly Alert[]; plans: ReaderPlan[] }>();
  const planFor = (check: CheckedForDigest): ReaderPlan[] => {
    const { model, outcome, asOf } = check;
    // Reminder-only rows (催报) are not digest readers: a workbook with only those falls back too.
    const listed = model.recipients.filter((r) => receives(r, 'digest'));
    const recipients = listed.length > 0 ? listed : (options.fallbackRecipients ?? []);
    return recipients.map((recipient) => ({
      recipient,
      plan: buildDigestPlan({
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
    }));
  };
  const prepare = (index: number, check: CheckedForDigest): void => {
    prepared.set(index, { of: check.outcome.alerts, plans: planFor(check) });
  };
  const add = (index: number, check: DigestCheck): void => {
    const ready = prepared.get(index);
    prepared.delete(index);
    if (!check.ok) {
      failures.push({ index, workbook: check.workbook, message: failureText(check) });
      return;
    }
    const why = check.notWritten?.message;
    if (why) failures.push({ index, workbook: check.workbook, message: `${why.zh} / ${why.en}` });
    // Parts prepared from another evaluation (a check read again after a planner's save) are not its.
    const plans = ready?.of === check.outcome.alerts ? ready.plans : planFor(check);
    if (plans.length === 0) {
      noRecipients.push({ index, workbook: check.workbook });
      return;
    }
    const mode = options.mode ?? check.model.settings.digestMode;
    for (const [rank, { recipient, plan }] of plans.entries()) {
      const key = recipientAddress(recipient);
      const named: Omit<Person, 'draft' | 'onChange'> = {
        index,
        rank,
        reader: {
          name: recipient.name,
          email: recipient.email.trim(),
          language: recipient.language,
        },
        route: { channel: recipient.channel, mobiles: recipient.mobiles, address: key },
      };
      const known = people.get(key);
      const person = known ?? { ...named, draft: newPersonDigestDraft(), onChange: true };
      if (index < person.index) Object.assign(person, named);
      addPlanToDigest(person.draft, index, plan);
      person.onChange &&= mode === 'on-change';
      people.set(key, person);
    }
  };
  const deliver = async (channel: Channel, runId: string): Promise<DigestRun> => {
    const byIndex = (a: { index: number }, b: { index: number }): number => a.index - b.index;
    const failed = failures.sort(byIndex).map(({ workbook, message }) => ({ workbook, message }));
    // This run's own sends in doubt are for the next run to name: its other digests have gone out.
    const inDoubt = ((await options.inDoubt?.pending()) ?? []).filter((s) => s.runId !== runId);
    const inDoubtLines = inDoubt.map(inDoubtLine);
    const run: DigestRun = {
      noRecipients: noRecipients.sort(byIndex).map((n) => n.workbook),
      unchanged: [],
      deliveries: [],
    };
    const { composeDigestMessage } = await loadComposer();
    const inRunOrder = [...people.values()].sort((a, b) => byIndex(a, b) || a.rank - b.rank);
    for (const person of inRunOrder) {
      const content = {
        ...buildPersonDigest(person.reader, person.draft, failed),
        inDoubt: inDoubtLines,
      };
      // One plan of theirs in `always` mode is enough for the digest to go out.
      // A workbook of the run not checked (or not written), or a send in doubt, is news for everyone.
      const quiet =
        content.unchanged && failed.length === 0 && inDoubt.length === 0 && person.onChange;
      if (quiet) {
        run.unchanged.push(person.route.address);
        continue;
      }
      const message = composeDigestMessage(content, runId);
      const robot = person.route.channel === 'email' ? {} : person.route;
      run.deliveries.push({
        to: person.route.channel === 'email' ? content.recipient.email : person.route.address,
        subject: content.subject,
        plans: person.draft.total,
        result: await channel.deliver({ ...message, ...robot }),
      });
    }
    if (inDoubt.length > 0 && run.deliveries.some((d) => d.result.ok && !d.result.alreadySent)) {
      // Not dropped: named again by the next digest, which is the lesser harm.
      await options.inDoubt?.reported(inDoubt).catch(() => undefined);
    }
    return run;
  };
  return { prepare, add, deliver };
}

/** {@link collectDigests} over checks all at hand (the queue's digest job). */
export async function deliverDigests(
  checks: DigestCheck[],
  channel: Channel,
  runId: string,
  options: DigestOptions = {},
): Promise<DigestRun> {
  const collector = collectDigests(options);
  checks.forEach((check, index) => collector.add(index, check));
  return collector.deliver(channel, runId);
}
