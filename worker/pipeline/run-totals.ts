import { t, type Bilingual } from '../../shared/i18n/messages.ts';
import { SEVERITIES, type Severity } from '../../shared/model/status.ts';
import { firingCounts } from '../cli/check-summary.ts';
import type { Config } from '../config/config-schema.ts';
import type { InDoubtRegister } from '../channels/send-log/in-doubt-sends.ts';
import type { DigestCheck, DigestDelivery, DigestOptions, DigestRun } from './digest-stage.ts';
import type { KeptCheck } from './run-check.ts';

/**
 * The configuration file's say in the digests: fallback recipients and the digest mode;
 * with the send log's register, the digests also name the earlier sends left in doubt.
 */
export function digestOptionsOf(
  config: Pick<Config, 'mail'>,
  inDoubt?: InDoubtRegister,
): DigestOptions {
  const { mail } = config;
  return {
    fallbackRecipients: mail.recipients,
    ...(mail.mode ? { mode: mail.mode } : {}),
    ...(inDoubt ? { inDoubt } : {}),
  };
}

/** What a run did, as the logs, the run summary and the metrics count it. */
export interface RunTotals {
  workbooks: number;
  checked: number;
  /** The workbooks that could not be checked. */
  failed: string[];
  /** Live alerts by severity over every checked workbook. */
  alerts: Record<Severity, number>;
  emails: { sent: number; alreadySent: number; failed: number; skipped: number };
}

export function runTotals(
  checks: readonly (DigestCheck | KeptCheck)[],
  digests: DigestRun,
): RunTotals {
  const alerts: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const c of checks) {
    if (!c.ok) continue;
    const counts = firingCounts(c);
    for (const s of SEVERITIES) alerts[s] += counts[s];
  }
  const { deliveries } = digests;
  return {
    workbooks: checks.length,
    checked: checks.filter((c) => c.ok).length,
    failed: checks.flatMap((c) => (c.ok ? [] : [c.workbook])),
    alerts,
    emails: {
      sent: deliveries.filter((d) => d.result.ok && !d.result.alreadySent).length,
      alreadySent: deliveries.filter((d) => d.result.ok && d.result.alreadySent === true).length,
      failed: deliveries.filter((d) => !d.result.ok).length,
      skipped: digests.noRecipients.length + digests.unchanged.length,
    },
  };
}

/**
 * The retry rule of every mode: a digest that failed for a reason that may pass (a busy
 * server, the send log unreachable) makes the run try again later — the send log keeps
 * those already delivered from going twice. Null when there is nothing to retry.
 */
export function digestRetry(runId: string, digests: DigestRun): Bilingual | null {
  const retry: DigestDelivery[] = digests.deliveries.filter(
    (d) => !d.result.ok && d.result.retryable,
  );
  if (retry.length === 0) return null;
  return t('queue.digest_retry', {
    runId,
    count: retry.length,
    to: retry.map((d) => d.to).join(', '),
  });
}
