import { t } from '../../../shared/i18n/messages.ts';
import type { Logger } from '../../log/logger.ts';
import type { Stats } from '../../metrics/stats.ts';
import type { DeliveryResult, DigestMessage } from '../channel.ts';
import { classifyRobotAnswer, type RobotAnswer } from './robot-answer.ts';
import { redactSecrets, redactUrl } from './redact-url.ts';

/** The robot services, each with its own counters in `/metrics`. */
export type RobotService = 'dingtalk' | 'wecom';

/** How hard one robot message is tried. */
export interface RobotRetry {
  /** Tries per message part; transient failures wait `backoffMs`, then twice that, … */
  attempts: number;
  backoffMs: number;
  /** Longest wait for one HTTP answer. */
  timeoutMs: number;
}

export interface RobotSenderOptions extends RobotRetry {
  service: RobotService;
  /** `dingtalk:<name>`: the channel name results and logs carry. */
  channel: string;
  /** The send URL, built per try (a DingTalk signature holds a fresh timestamp). */
  url: () => string;
  /** The service's errcodes that mean "too many messages, slow down". */
  rateLimitCodes: readonly number[];
  /** Everything that must never reach a log line or an error (token, key, secret). */
  secrets: readonly string[];
  stats?: Stats;
  log?: Logger;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A `Retry-After` longer than this is not waited out inside a send. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Posts the JSON bodies of one message to a robot webhook in order, each tried up to
 * `attempts` times on rate limits, 5xx and network errors. A permanent refusal stops this
 * message only. Never rejects; the token, key and secret never appear in what it reports.
 */
export async function sendRobotMessage(
  options: RobotSenderOptions,
  message: DigestMessage,
  bodies: readonly unknown[],
): Promise<DeliveryResult> {
  const { channel: to, service, stats, log } = options;
  const sleep = options.sleep ?? defaultSleep;
  const fields = { runId: message.runId, to, workbook: message.workbook };
  const hide = (text: string): string => redactSecrets(text, options.secrets);
  // Which part failed, when a long message was split: the earlier parts are out already.
  const part = (index: number): string =>
    bodies.length > 1 ? ` (${index + 1}/${bodies.length})` : '';
  for (const [index, body] of bodies.entries()) {
    for (let attempt = 1; ; attempt++) {
      const answer = await post(options, body);
      if (answer.kind === 'delivered') break;
      const reason = hide(answer.reason) + part(index);
      if (answer.kind === 'permanent') {
        stats?.increment(`${service}_failures_permanent`);
        log?.log('error', 'robot.rejected', t('robot.rejected', { to, reason }), fields);
        return {
          ok: false,
          channel: to,
          to,
          message: t('robot.rejected', { to, reason }),
          retryable: false,
        };
      }
      if (attempt >= options.attempts) {
        const { attempts } = options;
        stats?.increment(`${service}_failures_transient`);
        log?.log('error', 'robot.failed', t('robot.failed', { to, attempts, reason }), fields);
        return {
          ok: false,
          channel: to,
          to,
          message: t('robot.failed', { to, attempts, reason }),
          retryable: true,
        };
      }
      const backoff = options.backoffMs * 2 ** (attempt - 1);
      const wait = Math.max(backoff, Math.min(answer.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
      stats?.increment(`${service}_retries`);
      log?.log(
        'warn',
        'robot.retry',
        t('robot.retry', { to, attempt, seconds: Math.round(wait / 100) / 10, reason }),
        { ...fields, attempt },
      );
      await sleep(wait);
    }
  }
  stats?.increment(`${service}_messages_sent`);
  log?.log(
    'info',
    'robot.sent',
    t('robot.sent', { to, runId: message.runId, parts: bodies.length }),
    {
      ...fields,
      parts: bodies.length,
    },
  );
  return { ok: true, channel: to, to, locations: [redactUrl(options.url())] };
}

async function post(options: RobotSenderOptions, body: unknown): Promise<RobotAnswer> {
  try {
    const response = await fetch(options.url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await response.text();
    return classifyRobotAnswer(response.status, text, response.headers, options.rateLimitCodes);
  } catch (err) {
    // A refused connection, a reset or a timeout: the service may be back in a moment.
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : '';
    const reason = err instanceof Error ? `${err.message} ${cause}`.trim() : String(err);
    return { kind: 'transient', reason, retryAfterMs: null };
  }
}
