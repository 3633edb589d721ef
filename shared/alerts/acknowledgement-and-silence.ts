import type { PlannerColumns } from '../model/alert.ts';
import { isIsoDate } from '../parse/period.ts';

/** What the planner's typed ack/silence columns mean on a given day. */
export type PlannerIntent =
  | { kind: 'none' }
  | { kind: 'acknowledged'; until: string | null }
  | { kind: 'silenced'; until: string }
  | { kind: 'expired'; was: 'acknowledged' | 'silenced'; until: string }
  /** Typed something we cannot read (e.g. silence with no date); the alert stays firing. */
  | { kind: 'unreadable'; reason: 'silence-without-date' | 'bad-date' };

const SILENCE_WORDS = ['静默', '屏蔽', 'silence', 'silenced', 'mute'];
const ACK_WORDS = ['确认', '已确认', '已知悉', 'ack', 'acknowledge', 'acknowledged'];

function normalise(s: string): string {
  return s.normalize('NFKC').trim().toLowerCase();
}

/** Dates planners type: `2025-12-31`, `2025/12/31`, `2025.12.31`, `2025年12月31日`. */
export function readPlannerDate(text: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(normalise(text));
  if (!m) return null;
  const iso = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * Reads the planner columns as of `asOf` (YYYY-MM-DD). An ack needs only a name or the
 * word 确认; a silence must say until when, since an open-ended silence is how binding
 * targets slip unseen.
 */
export function plannerIntent(p: PlannerColumns, asOf: string): PlannerIntent {
  const action = normalise(p.action);
  const untilText = p.until.trim();
  const until = untilText === '' ? null : readPlannerDate(untilText);
  if (untilText !== '' && until === null) return { kind: 'unreadable', reason: 'bad-date' };

  if (SILENCE_WORDS.includes(action)) {
    if (until === null) return { kind: 'unreadable', reason: 'silence-without-date' };
    return until >= asOf
      ? { kind: 'silenced', until }
      : { kind: 'expired', was: 'silenced', until };
  }
  if (ACK_WORDS.includes(action) || (action === '' && p.ackBy.trim() !== '')) {
    if (until !== null && until < asOf) return { kind: 'expired', was: 'acknowledged', until };
    return { kind: 'acknowledged', until };
  }
  return { kind: 'none' };
}
