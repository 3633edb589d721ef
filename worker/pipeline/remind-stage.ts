import { buildReminders, type ReminderPlan } from '../../shared/remind/build-reminders.ts';
import { reminderItemKey } from '../../shared/remind/reminder.ts';
import { dueForRepeat } from '../../shared/remind/repeat-rule.ts';
import type { Channel } from '../channels/channel.ts';
import type { Stats } from '../metrics/stats.ts';
import { composeReminderMessage } from '../remind/compose-reminder.ts';
import type { ReminderLog } from '../remind/reminder-log.ts';
import type { DigestCheck, DigestDelivery } from './digest-stage.ts';
import type { KeptCheck } from './run-check.ts';

/** What became of a run's reminders (催报): one delivery per recipient who owed something. */
export interface ReminderRun {
  deliveries: (DigestDelivery & { channel: string; items: number })[];
}

/** The reminder counters of `/metrics`, per channel kind. */
const SENT = {
  email: 'reminders_sent_email',
  dingtalk: 'reminders_sent_dingtalk',
  wecom: 'reminders_sent_wecom',
} as const;

/**
 * Build → cut to what is due again → deliver → record, after the digests of a run (every
 * check done): each reminder recipient gets at most one message listing the figures of
 * their scope that are overdue or due soon, through the same channel (and send log) as
 * the digests. Without a reminder log every run repeats everything (`check` with
 * `--dry-run` has none; the modes always pass one).
 */
export async function deliverReminders(
  checks: readonly (DigestCheck | KeptCheck)[],
  channel: Channel,
  runId: string,
  log: ReminderLog | null,
  stats?: Stats,
): Promise<ReminderRun> {
  const plans: ReminderPlan[] = checks.flatMap((c) =>
    c.ok
      ? [
          {
            workbook: c.workbook,
            planName: c.model.settings.planName || c.workbook,
            asOf: c.asOf,
            recipients: c.model.recipients,
            owed: c.outcome.evaluation.owed,
            beforeDays: c.model.settings.remindBeforeDays,
            repeatDays: c.model.settings.remindRepeatDays,
          },
        ]
      : [],
  );
  const run: ReminderRun = { deliveries: [] };
  for (const reminder of buildReminders(plans)) {
    const address = reminder.recipient.address;
    const due = dueForRepeat(reminder, log ? await log.lastSent(address) : new Map());
    if (due === null) continue;
    const message = composeReminderMessage(due, runId);
    const result = await channel.deliver(message);
    if (result.ok) {
      await log?.record(address, due.items.map(reminderItemKey), due.date);
      const kind = due.recipient.channel.split(':')[0];
      if (!result.alreadySent && (kind === 'email' || kind === 'dingtalk' || kind === 'wecom'))
        stats?.increment(SENT[kind]);
    }
    run.deliveries.push({
      to: address,
      subject: message.subject,
      plans: new Set(due.items.map((i) => i.workbook)).size,
      channel: due.recipient.channel,
      items: due.items.length,
      result,
    });
  }
  return run;
}
