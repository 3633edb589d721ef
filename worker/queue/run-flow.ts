import type { FlowJob, JobsOptions } from 'bullmq';
import type { DigestJobData, RunTrigger, RunWorkbook } from './job-data.ts';
import { QUEUE_NAMES, type RunQueues } from './queues.ts';
import { checkJobId, runJobId, workbookIdOf } from './run-id.ts';

/** What a run is: its id, its clock, and the workbooks it checks. */
export interface RunPlan {
  runId: string;
  /** Epoch milliseconds: the schedule slot, or when a manual run was asked for. */
  slot: number;
  asOf: string | null;
  trigger: RunTrigger;
  /** Absolute workbook paths. */
  paths: string[];
}

/** The run's flow as BullMQ takes it: the digest job with one check job per workbook under it. */
export function runFlowJob(plan: RunPlan, jobOptions: JobsOptions): FlowJob {
  const workbooks: RunWorkbook[] = plan.paths.map((path) => ({ id: workbookIdOf(path), path }));
  const data: DigestJobData = {
    runId: plan.runId,
    slot: plan.slot,
    asOf: plan.asOf,
    trigger: plan.trigger,
    workbooks,
  };
  return {
    name: 'digest',
    queueName: QUEUE_NAMES.digests,
    data,
    opts: { ...jobOptions, jobId: runJobId(plan.runId) },
    children: workbooks.map((w) => ({
      name: 'check',
      queueName: QUEUE_NAMES.checks,
      data: { runId: plan.runId, path: w.path, workbookId: w.id, slot: plan.slot, asOf: plan.asOf },
      // A child that fails for good still lets the digest run; the digest names it.
      opts: { ...jobOptions, jobId: checkJobId(plan.runId, w.id), ignoreDependencyOnFailure: true },
    })),
  };
}

/**
 * Adds a run's flow once. The ids are deterministic, and a run whose digest job exists
 * is not added again: re-adding a flow would put children that already failed back on
 * the digest's wait list, and it would wait for them forever.
 */
export async function addRunFlow(
  queues: RunQueues,
  plan: RunPlan,
  jobOptions: JobsOptions,
): Promise<'added' | 'exists'> {
  if (await queues.digests.getJob(runJobId(plan.runId))) return 'exists';
  await queues.flows.add(runFlowJob(plan, jobOptions));
  return 'added';
}
