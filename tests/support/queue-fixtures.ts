import { setTimeout as sleep } from 'node:timers/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RECIPIENTS } from '../../shared/contract/tables.ts';
import { huzhouTemplate } from '../../seeds/huzhou-template.ts';
import { templateRow } from '../../seeds/template-row.ts';
import { configSchema, type Config } from '../../worker/config/config-schema.ts';
import type { RunSummary } from '../../worker/queue/job-data.ts';
import type { RunQueues } from '../../worker/queue/queues.ts';
import { runJobId } from '../../worker/queue/run-id.ts';
import { initWorkbook } from '../../worker/workbook/init-workbook.ts';
import { BIN } from './run-bin.ts';

/** The Huzhou demo plan with its own recipients (every recipient hears about everything). */
export async function planWorkbook(path: string, recipients: string[]): Promise<string> {
  mkdirSync(dirname(path), { recursive: true });
  const template = huzhouTemplate();
  await initWorkbook(path, {
    ...template,
    recipients: recipients.map((email, i) =>
      templateRow(RECIPIENTS, {
        name: `收件人${i + 1}`,
        email,
        scope: null,
        minSeverity: 'info',
        language: 'zh-CN',
      }),
    ),
  });
  return path;
}

/** A file named .xlsx that is not a workbook: its check fails for good. */
export function brokenWorkbook(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, 'this is not a zip file');
  return path;
}

/** Settings that make the queue react in seconds instead of minutes. */
export const FAST_QUEUE = {
  attempts: 3,
  backoffMs: 200,
  lockDurationMs: 2_000,
  stalledIntervalMs: 1_000,
  shutdownTimeoutMs: 3_000,
  workbookLockLeaseMs: 2_000,
};

/** A configuration as the file would give it, paths relative to `dir`. */
export function queueConfig(dir: string, file: Record<string, unknown>): Config {
  return { ...configSchema.parse(file), file: join(dir, 'kpi-sentinel.config.json'), baseDir: dir };
}

/** Writes the configuration file for a CLI process; returns its path. */
export function writeConfig(dir: string, file: Record<string, unknown>): string {
  const path = join(dir, 'kpi-sentinel.config.json');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

/** Polls until `probe` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs: number,
  what: string,
  pollMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(pollMs);
  }
}

/** Waits for a run's digest job to complete; returns its summary. Fails if it fails for good. */
export async function runFinished(
  queues: RunQueues,
  runId: string,
  timeoutMs: number,
): Promise<RunSummary> {
  return eventually(
    async () => {
      const job = await queues.digests.getJob(runJobId(runId));
      if (!job) return undefined;
      const state = await job.getState();
      if (state === 'failed') throw new Error(`digest of ${runId} failed: ${job.failedReason}`);
      if (state !== 'completed') return undefined;
      // Read again: the job may have completed between the read above and getState.
      const done = await queues.digests.getJob(runJobId(runId));
      return done?.returnvalue;
    },
    timeoutMs,
    `run ${runId} to finish`,
  );
}

/** One JSON log line of a worker process. */
export interface LogLine {
  level: string;
  event: string;
  msg: string;
  [field: string]: unknown;
}

/** A `kpi-sentinel worker` (or `watch`) child process and what it has logged. */
export class CliProcess {
  readonly child: ChildProcess;
  readonly lines: LogLine[] = [];
  readonly exited: Promise<number | null>;

  constructor(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    this.child.stderr?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        try {
          this.lines.push(JSON.parse(line) as LogLine);
        } catch {
          this.lines.push({ level: 'raw', event: 'raw', msg: line });
        }
      }
    });
    this.child.stdout?.resume();
    this.exited = new Promise((r) => this.child.once('close', (code) => r(code)));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  events(event: string): LogLine[] {
    return this.lines.filter((l) => l.event === event);
  }

  async waitFor(event: string, timeoutMs: number): Promise<LogLine> {
    return eventually(
      () => this.lines.find((l) => l.event === event),
      timeoutMs,
      `${event} from process ${this.pid}`,
    );
  }

  /** Sends a signal and waits for the exit; SIGKILLs if it has not exited after `timeoutMs`. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 10_000): Promise<number | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.child.exitCode;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
