/** What a robot service made of one POST. */
export type RobotAnswer =
  | { kind: 'delivered' }
  | { kind: 'transient'; reason: string; retryAfterMs: number | null }
  | { kind: 'permanent'; reason: string };

/** Seconds of a `Retry-After` header, as milliseconds; null when absent or a date. */
function retryAfterMs(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

/**
 * Classifies a robot's HTTP answer. Both DingTalk and WeCom answer HTTP 200 with
 * `{errcode, errmsg}`: 0 is delivered, the service's rate-limit codes (and HTTP 429, and
 * 5xx) are worth trying again, anything else (bad signature, bad token, bad payload) is
 * refused for good — trying again would only be refused again.
 */
export function classifyRobotAnswer(
  status: number,
  body: string,
  headers: { get(name: string): string | null },
  rateLimitCodes: readonly number[],
): RobotAnswer {
  if (status === 429 || status >= 500) {
    return {
      kind: 'transient',
      reason: `HTTP ${status}`,
      retryAfterMs: retryAfterMs(headers.get('retry-after')),
    };
  }
  if (status !== 200) return { kind: 'permanent', reason: `HTTP ${status}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { kind: 'permanent', reason: 'HTTP 200, not JSON' };
  }
  if (parsed === null || typeof parsed !== 'object' || !('errcode' in parsed)) {
    return { kind: 'permanent', reason: 'HTTP 200 without errcode' };
  }
  const errcode = Number(parsed.errcode);
  const errmsg = 'errmsg' in parsed ? String(parsed.errmsg) : '';
  if (errcode === 0) return { kind: 'delivered' };
  const reason = `errcode ${errcode} ${errmsg}`.trim();
  if (rateLimitCodes.includes(errcode)) {
    return { kind: 'transient', reason, retryAfterMs: null };
  }
  return { kind: 'permanent', reason };
}
