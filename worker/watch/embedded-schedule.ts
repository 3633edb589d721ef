import cron, { type ScheduledTask } from 'node-cron';
import { t } from '../../shared/i18n/messages.ts';
import type { Logger } from '../log/logger.ts';
import { latestSlot, slotStepMs } from './latest-slot.ts';
import { readSlotState, writeSlotState } from './slot-state.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';

export interface EmbeddedScheduleOptions {
  cron: string;
  timezone: string;
  /** The small file that remembers the last slot run to the end. */
  statePath: string;
  /** Runs one slot; resolves to the run id. */
  runSlot: (slot: Date) => Promise<string>;
  log: Logger;
  now?: () => Date;
}

/**
 * `kpi-sentinel watch`: the nightly schedule in one process with node-cron (`noOverlap`,
 * the configured time zone). Runs never overlap — a slot that comes while one is still
 * running is skipped (node-cron's `noOverlap`; the catch-up at start runs after any
 * running slot) — and every finished slot is written to the state file, so a process
 * that was down over a slot runs it when it starts again (the latest one missed, once).
 */
export class EmbeddedSchedule {
  private readonly options: EmbeddedScheduleOptions;
  private readonly task: ScheduledTask;
  private chain: Promise<void> = Promise.resolve();
  private lastSlot = -Infinity;

  constructor(options: EmbeddedScheduleOptions) {
    this.options = options;
    const report = (level: 'warn' | 'error') => (message: string | Error) =>
      options.log.log(
        level,
        'watch.cron',
        t('watch.cron_message', { message: message instanceof Error ? message.message : message }),
      );
    this.task = cron.createTask(options.cron, (ctx) => this.enqueue(ctx.date), {
      timezone: options.timezone,
      noOverlap: true,
      name: 'kpi-sentinel-watch',
      logger: {
        info: () => undefined,
        debug: () => undefined,
        warn: report('warn'),
        error: report('error'),
      },
    });
  }

  /** Starts the schedule; resolves to the missed slot it is catching up on, if any. */
  async start(): Promise<Date | null> {
    const now = (this.options.now ?? (() => new Date()))();
    const state = await readSlotState(this.options.statePath);
    let missed: Date | null = null;
    if (state === null) {
      // First start: nothing was missed, but from now on a slot slept through is caught up.
      const step = slotStepMs(this.options.cron);
      await writeSlotState(this.options.statePath, {
        lastSlot: Math.floor(now.getTime() / step) * step,
        runId: '',
      });
    } else {
      this.lastSlot = state.lastSlot;
      missed = latestSlot(
        (d) => this.task.match(d),
        this.options.cron,
        now,
        new Date(state.lastSlot),
      );
    }
    await this.task.start();
    if (missed !== null) {
      this.options.log.log(
        'info',
        'watch.catch_up',
        t('watch.catch_up', { slot: missed.toISOString() }),
      );
      void this.enqueue(missed);
    }
    return missed;
  }

  /** Runs slots one after another; a slot at or before the last finished one is skipped. */
  private enqueue(slot: Date): Promise<void> {
    const run = async (): Promise<void> => {
      if (slot.getTime() <= this.lastSlot) return;
      try {
        const runId = await this.options.runSlot(slot);
        this.lastSlot = slot.getTime();
        await writeSlotState(this.options.statePath, { lastSlot: slot.getTime(), runId });
      } catch (err) {
        // Not recorded: the next start runs this slot again.
        this.options.log.log(
          'error',
          'watch.run_failed',
          t('watch.run_failed', {
            slot: slot.toISOString(),
            reason: reasonOf(err),
          }),
        );
      }
    };
    this.chain = this.chain.then(run);
    return this.chain;
  }

  /** Stops scheduling and waits up to `timeoutMs` for a running slot to finish. */
  async stop(timeoutMs: number): Promise<boolean> {
    await this.task.stop();
    await this.task.destroy();
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      this.chain.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    return finished;
  }
}
