import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIdForSlot } from '../../../worker/queue/run-id.ts';
import { WATCH_FILES } from '../../../worker/watch/watch-files.ts';
import { readSlotState, writeSlotState } from '../../../worker/watch/slot-state.ts';
import { CliProcess, planWorkbook, writeConfig } from '../../support/queue-fixtures.ts';
import { SmtpSink } from '../../support/smtp-sink.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('watch');
let sink: SmtpSink;
beforeAll(async () => {
  sink = await SmtpSink.start();
});
afterAll(async () => {
  await sink.stop();
});

const HOUR = 3_600_000;

describe('kpi-sentinel watch', () => {
  it('runs the slot missed while down on start, sends each recipient one email, and never again for that slot', async () => {
    await planWorkbook(join(dir, 'plans/hz.xlsx'), ['watcher@example.gov.cn']);
    const config = writeConfig(dir, {
      workbooks: ['plans/*.xlsx'],
      schedule: { cron: '0 * * * *', timezone: 'Asia/Shanghai' },
      mail: { smtpUrl: sink.url, from: 'kpi@example.gov.cn' },
      stateDir: '.state',
    });
    const statePath = join(dir, '.state', WATCH_FILES.state);
    const slot = Math.floor(Date.now() / HOUR) * HOUR; // the hourly slot that has just passed
    await writeSlotState(statePath, { lastSlot: slot - 3 * HOUR, runId: 'before-the-outage' });

    const first = new CliProcess(['watch', '--config', config], dir);
    const caughtUp = await first.waitFor('watch.catch_up', 30_000);
    expect(caughtUp.msg).toContain(new Date(slot).toISOString());
    await first.waitFor('run.completed', 30_000);
    expect(await first.stop('SIGTERM')).toBe(0);
    expect(sink.to('watcher@example.gov.cn').map((m) => m.runId)).toEqual([runIdForSlot(slot)]);
    expect(await readSlotState(statePath)).toEqual({ lastSlot: slot, runId: runIdForSlot(slot) });

    // Started again: nothing was missed.
    const second = new CliProcess(['watch', '--config', config], dir);
    await second.waitFor('watch.started', 30_000);
    expect(await second.stop('SIGTERM')).toBe(0);
    expect(second.events('watch.catch_up')).toEqual([]);

    // A crash after sending but before recording the slot: the slot runs again, the send log holds the email back.
    await writeSlotState(statePath, { lastSlot: slot - HOUR, runId: 'crashed' });
    const third = new CliProcess(['watch', '--config', config], dir);
    await third.waitFor('run.completed', 30_000);
    expect(await third.stop('SIGTERM')).toBe(0);
    expect(third.events('mail.already_sent')).toHaveLength(1);
    expect(sink.to('watcher@example.gov.cn')).toHaveLength(1);
  });

  it('refuses to start without workbooks, naming the config file (exit code 2)', async () => {
    const empty = join(dir, 'empty');
    const config = writeConfig(empty, { workbooks: [] });
    const watch = new CliProcess(['watch', '--config', config], empty);
    expect(await watch.exited).toBe(2);
    expect(watch.lines.map((l) => l.msg).join('\n')).toContain(
      `配置文件 ${config} 的 workbooks 中没有工作簿`,
    );
  });
});
