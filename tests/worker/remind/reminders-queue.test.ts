import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../seeds/templates.ts';
import { initWorkbook } from '../../../worker/workbook/init-workbook.ts';
import { runFinished } from '../../support/queue-fixtures.ts';
import { runBin } from '../../support/run-bin.ts';
import type { ReceivedMail } from '../../support/smtp-sink.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { workerProcesses } from '../../support/worker-processes.ts';

const dir = tempDir('reminders-queue');
const rig = workerProcesses();
/** Worker processes on a busy machine: generous, never asserted. */
const PROCESS_TEST_MS = 300_000;
const RUN_MS = 120_000;

/** The demo plan's two 催报 units and its three digest readers. */
const REMINDED = ['guifan@example.gov.cn', 'shipin@example.gov.cn'];
const READERS = ['juzhang@example.gov.cn', 'fenguan@example.gov.cn', 'guihua@example.gov.cn'];

/** Requests a run as of `asOf` from the command line; returns its id. */
function enqueue(config: string, asOf: string): string {
  const enqueued = runBin(['enqueue', '--config', config, '--as-of', asOf], dir);
  expect(enqueued.code, enqueued.stderr).toBe(0);
  const runId = /manual-\S+Z/.exec(enqueued.stdout)?.[0];
  if (runId === undefined) throw new Error(`no run id in: ${enqueued.stdout}`);
  return runId;
}

/** What the sink got in a run, by recipient: the subject of each message. */
function subjectsOf(runId: string): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const m of rig.sink.received.filter((x: ReceivedMail) => x.runId === runId))
    by.set(m.rcpt, [...(by.get(m.rcpt) ?? []), m.mail.subject ?? '']);
  return by;
}

const isReminder = (subject: string): boolean => subject.includes('【催报】');

describe('reminders (催报) in queue mode, through worker processes, Redis and SMTP', () => {
  it(
    'reminds each unit once with the digests, not again the same day, and the next working day of what is overdue',
    async () => {
      // The demo plan: HZ13 (市场规范管理处) overdue since 2025-01-30, HZ16 (食品安全协调处) due 2025-04-03.
      mkdirSync(join(dir, 'plans'), { recursive: true });
      await initWorkbook(join(dir, 'plans/huzhou.xlsx'), TEMPLATES['huzhou-14th-fyp']());
      const prefix = 'p-remind';
      const config = rig.configFile(dir, prefix);
      const queues = rig.observer(prefix);
      const two = rig.start(config, dir, 2);
      await Promise.all(two.map((p) => p.waitFor('worker.started', 60_000)));

      const first = enqueue(config, '2025-03-31');
      expect(await runFinished(queues, first, RUN_MS)).toMatchObject({ checked: 1, failed: [] });
      const got = subjectsOf(first);
      for (const unit of REMINDED) {
        expect(got.get(unit), unit).toHaveLength(1);
        expect(got.get(unit)?.every(isReminder), unit).toBe(true);
      }
      for (const reader of READERS) {
        expect(got.get(reader), reader).toHaveLength(1);
        expect(got.get(reader)?.some(isReminder), reader).toBe(false);
      }
      expect([...got.keys()].sort()).toEqual([...REMINDED, ...READERS].sort());

      // Another run the same day: the Redis reminder log says both were reminded today.
      const again = enqueue(config, '2025-03-31');
      expect(await runFinished(queues, again, RUN_MS)).toMatchObject({ checked: 1, failed: [] });
      const second = subjectsOf(again);
      expect([...second.values()].flat().filter(isReminder)).toEqual([]);
      for (const unit of REMINDED) expect(second.get(unit), unit).toBeUndefined();

      // The next working day: only the overdue HZ13 is due a reminder again.
      const next = enqueue(config, '2025-04-01');
      expect(await runFinished(queues, next, RUN_MS)).toMatchObject({ checked: 1, failed: [] });
      const third = subjectsOf(next);
      expect(third.get('guifan@example.gov.cn')).toHaveLength(1);
      expect(third.get('guifan@example.gov.cn')?.every(isReminder)).toBe(true);
      expect(third.get('shipin@example.gov.cn')).toBeUndefined();
    },
    PROCESS_TEST_MS,
  );
});
