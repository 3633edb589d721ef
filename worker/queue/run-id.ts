import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';

/**
 * Run ids. A scheduled run's id is its slot time, so every process that ever handles
 * that slot — the one that picked it up, one that took it over after a crash — names it
 * the same and BullMQ's job ids (`run-<runId>`, `run-<runId>__<workbookId>`) deduplicate.
 * BullMQ forbids `:` in job ids, so the time is written in the compact ISO 8601 form.
 */

function compactUtc(instant: Date, withMillis: boolean): string {
  const iso = instant.toISOString(); // 2025-11-21T18:00:00.000Z
  const base = iso.slice(0, 19).replace(/[-:]/g, '');
  return withMillis ? `${base}.${iso.slice(20, 23)}Z` : `${base}Z`;
}

/** `20251121T180000Z` for the slot 02:00 Shanghai time on 2025-11-22. */
export function runIdForSlot(slotMillis: number): string {
  return compactUtc(new Date(slotMillis), false);
}

/** `manual-20251121T183012.345Z`: a run someone asked for (CLI `enqueue`, `POST /runs`). */
export function manualRunId(requestedAt: Date): string {
  return `manual-${compactUtc(requestedAt, true)}`;
}

/** The digest (parent) job of a run. */
export function runJobId(runId: string): string {
  return `run-${runId}`;
}

/** One workbook's check (child) job of a run. */
export function checkJobId(runId: string, workbookId: string): string {
  return `run-${runId}__${workbookId}`;
}

/** The slot instant of a scheduled run id (inverse of {@link runIdForSlot}); null for other ids. */
export function slotOfRunId(runId: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(runId);
  if (!m) return null;
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}

/**
 * A workbook's id inside job ids: its file name (letters, digits, `_`, `-` kept, Chinese
 * included) and a hash of its full path, so two `plan.xlsx` in different folders differ
 * and the same path gives the same id on every machine.
 */
export function workbookIdOf(path: string): string {
  const stem =
    basename(path, extname(path))
      .replace(/[^\p{L}\p{N}_-]+/gu, '_')
      .slice(0, 40) || 'workbook';
  return `${stem}-${createHash('sha256').update(path).digest('hex').slice(0, 8)}`;
}
