import type { Problem } from '../../shared/model/problem.ts';
import type { Severity } from '../../shared/model/status.ts';
import type { DigestCheck } from '../pipeline/digest-stage.ts';

/** Why a run exists: its schedule slot came, or someone asked for it. */
export type RunTrigger = 'schedule' | 'manual';

/**
 * A job on the runs queue. Scheduled ones carry `{ trigger: 'schedule' }` only: their slot
 * is the job's own (`opts.prevMillis`). Manual ones carry the id and date chosen when asked.
 */
export interface RunJobData {
  trigger: RunTrigger;
  runId?: string;
  /** YYYY-MM-DD; without it each workbook is checked as of the slot's date in its time zone. */
  asOf?: string;
  /** Epoch milliseconds of the request (manual runs). */
  requestedAt?: number;
}

/** One workbook of a run, as the run's flow lists it. */
export interface RunWorkbook {
  id: string;
  path: string;
}

/** A check (child) job: one workbook of one run. */
export interface CheckJobData {
  runId: string;
  path: string;
  workbookId: string;
  /** The run's slot, epoch milliseconds: the check's clock, so a retry checks the same date. */
  slot: number;
  asOf: string | null;
  /** Set just before the job fails, so the digest can say why in the planner's terms. */
  problems?: Problem[];
}

/** The digest (parent) job of a run. */
export interface DigestJobData {
  runId: string;
  slot: number;
  asOf: string | null;
  trigger: RunTrigger;
  workbooks: RunWorkbook[];
}

/** What a check job returns: the digest's input for its workbook (see {@link DigestCheck}). */
export type CheckJobResult = Extract<DigestCheck, { ok: true }>;

/** What a digest job returns, and what the run summary in Redis records. */
export interface RunSummary {
  runId: string;
  trigger: RunTrigger;
  finishedAt: number;
  workbooks: number;
  checked: number;
  failed: string[];
  alerts: Record<Severity, number>;
  emails: { sent: number; alreadySent: number; failed: number; skipped: number };
}
