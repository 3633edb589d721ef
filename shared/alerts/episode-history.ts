/**
 * An acknowledgement or silence belongs to one episode of an alert. When a resolved alert
 * fires again, the new episode starts with empty planner columns; what the planner typed
 * in the earlier one moves into the ack note as a dated line of history, so it is kept in
 * the row and read by people, never applied to the new breach.
 */
import { label } from '../i18n/messages.ts';
import type { Alert, PlannerColumns } from '../model/alert.ts';
import type { AlertChange } from './transitions.ts';

/** The planner columns an alert's next episode starts with. */
export function nextEpisodePlanner(earlier: Alert): PlannerColumns {
  const p = earlier.planner;
  const entry = [p.action, p.ackBy, p.until === '' ? '' : `→ ${p.until}`]
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(' · ');
  // A note that is only older history (nothing acknowledged since) is carried as it is.
  const note =
    entry === ''
      ? p.ackNote.trim()
      : `〔${label('alert.episode_earlier')} ${earlier.resolvedAt}：${entry}` +
        `${p.ackNote.trim() === '' ? '' : ` · ${p.ackNote.trim()}`}〕`;
  return { action: '', ackBy: '', ackNote: note, until: '' };
}

/** The alerts a check reopened: their rows' planner cells are written afresh, not carried. */
export function newEpisodes(changes: readonly AlertChange[]): Set<string> {
  return new Set(changes.filter((c) => c.kind === 'reopened').map((c) => c.alertId));
}
