import { estimatedCalendarNotice } from '../../shared/calendar/calendar-notice.ts';
import { bilingualLine, label, t } from '../../shared/i18n/messages.ts';
import type { Alert } from '../../shared/model/alert.ts';
import { STATUSES, type Severity } from '../../shared/model/status.ts';
import type { KeptCheck } from '../pipeline/run-check.ts';
import type { DigestRun } from '../pipeline/digest-stage.ts';
import type { ReminderRun } from '../pipeline/remind-stage.ts';
import { say, type Output } from './output.ts';

/** Data problems shown in full; the rest are counted (all are in `--json`). */
const PROBLEMS_SHOWN = 20;

/** Live alerts by severity (resolved and silenced ones are not news). */
export function firingCounts(check: {
  outcome: { alerts: readonly Pick<Alert, 'state' | 'severity'>[] };
}): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const a of check.outcome.alerts)
    if (a.state === 'firing' || a.state === 'acknowledged') counts[a.severity] += 1;
  return counts;
}

/** The one-screen summary after a check: counts, critical items by name, problems, digests. */
export function printCheckSummary(
  o: Output,
  checks: readonly KeptCheck[],
  digests: DigestRun,
  reminders: ReminderRun = { deliveries: [] },
): void {
  for (const check of checks) {
    if (!check.ok) {
      o.err(bilingualLine(t('cli.check_failed', { workbook: check.workbook })));
      for (const p of check.problems) o.err(`  ${bilingualLine(p.message)}`);
      continue;
    }
    const counts = firingCounts(check);
    const firing = check.outcome.alerts.filter(
      (a) => a.state === 'firing' || a.state === 'acknowledged',
    );
    say(
      o,
      t('cli.checked', {
        workbook: check.workbook,
        asOf: check.asOf,
        indicators: check.model.indicatorCount,
        statuses: check.outcome.evaluation.statuses.length,
        firing: firing.length,
        critical: counts.critical,
        warning: counts.warning,
      }),
    );
    const byStatus = STATUSES.map(
      (s) => [s, check.outcome.evaluation.statuses.filter((r) => r.status === s).length] as const,
    )
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${label(`status.${s}`)}: ${n}`);
    if (byStatus.length > 0) o.out(`  ${byStatus.join(' · ')}`);
    for (const a of firing.filter((x) => x.severity === 'critical')) {
      o.out(
        `  [${label('severity.critical')}] ${a.indicator} · ${a.region} · ${a.period} · ${label(`status.${a.status}`)}`,
      );
    }
    if (check.problems.length > 0) {
      say(o, t('cli.problems', { count: check.problems.length }));
      for (const p of check.problems.slice(0, PROBLEMS_SHOWN))
        o.out(`  - ${bilingualLine(p.message)}`);
      if (check.problems.length > PROBLEMS_SHOWN)
        o.out(`  … +${check.problems.length - PROBLEMS_SHOWN}`);
    }
  }
  const notice = estimatedCalendarNotice(
    checks.map((c) => (c.ok ? c.outcome.evaluation.estimatedYears : [])),
  );
  if (notice !== null) say(o, notice);
  for (const workbook of digests.noRecipients) say(o, t('cli.no_recipients', { workbook }));
  for (const to of digests.unchanged) say(o, t('cli.digest_skipped', { to }));
  for (const delivery of digests.deliveries) {
    if (delivery.result.ok) {
      const eml = delivery.result.locations[0] ?? '';
      say(o, t('cli.digest_written', { path: eml }));
    } else {
      o.err(
        bilingualLine(
          t('cli.digest_failed', {
            to: delivery.to,
            reason: bilingualLine(delivery.result.message),
          }),
        ),
      );
    }
  }
  for (const r of reminders.deliveries) {
    if (r.result.ok) {
      const where = r.result.locations[0] ?? r.channel;
      say(o, t('cli.reminder_sent', { to: r.to, channel: r.channel, count: r.items, where }));
    } else {
      const reason = bilingualLine(r.result.message);
      o.err(bilingualLine(t('cli.reminder_failed', { to: r.to, reason })));
    }
  }
}
