/**
 * What a planner's acknowledgement or silence writes into the four planner columns of the
 * Alerts table (action, ack by, ack note, until), spelled the way acknowledgement-and-silence.ts reads
 * them back — so an entry made in the add-in means the same to the nightly check as one
 * typed into the sheet. A silence must say until when; dates are checked here.
 */
import { DROPDOWNS } from '../contract/dropdowns.ts';
import { t, type Bilingual } from '../i18n/messages.ts';
import type { PlannerColumns } from '../model/alert.ts';
import { readPlannerDate } from './acknowledgement-and-silence.ts';

export type PlannerAction = 'acknowledge' | 'silence';

export interface PlannerEntryInput {
  action: PlannerAction;
  by: string;
  note: string;
  /** As typed: `2025-06-30`, `2025/6/30`, `2025年6月30日`; '' for none. */
  until: string;
}

export type PlannerEntry =
  { ok: true; planner: PlannerColumns } | { ok: false; message: Bilingual };

/** The action words of the Alerts dropdown: 确认 (acknowledge), 静默 (silence). */
const ACTION_WORDS: Record<PlannerAction, string> = {
  acknowledge: DROPDOWNS.Alerts?.action?.[0] ?? '确认',
  silence: DROPDOWNS.Alerts?.action?.[1] ?? '静默',
};

/**
 * The planner columns for an acknowledgement or silence made on `asOf`: a name is
 * required, a silence needs a date, and a date must be readable and not already past.
 */
export function plannerEntry(input: PlannerEntryInput, asOf: string): PlannerEntry {
  const by = input.by.trim();
  if (by === '') return { ok: false, message: t('alert.entry.name_needed') };
  const typed = input.until.trim();
  if (typed === '' && input.action === 'silence')
    return { ok: false, message: t('alert.entry.silence_needs_date') };
  const until = typed === '' ? '' : readPlannerDate(typed);
  if (until === null) return { ok: false, message: t('alert.entry.bad_date', { value: typed }) };
  if (until !== '' && until < asOf)
    return { ok: false, message: t('alert.entry.date_past', { value: until, asOf }) };
  return {
    ok: true,
    planner: { action: ACTION_WORDS[input.action], ackBy: by, ackNote: input.note.trim(), until },
  };
}
