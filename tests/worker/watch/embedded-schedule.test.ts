import { setTimeout as sleep } from 'node:timers/promises';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../worker/log/logger.ts';
import { EmbeddedSchedule } from '../../../worker/watch/embedded-schedule.ts';
import { readSlotState, writeSlotState } from '../../../worker/watch/slot-state.ts';
import { eventually } from '../../support/queue-fixtures.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('schedule');
const schedules: EmbeddedSchedule[] = [];
afterEach(async () => {
  for (const s of schedules.splice(0)) await s.stop(5_000);
});

function schedule(
  name: string,
  cronPattern: string,
  runSlot: (slot: Date) => Promise<string>,
  now?: () => Date,
) {
  const log = memoryLogger();
  const s = new EmbeddedSchedule({
    cron: cronPattern,
    timezone: 'Asia/Shanghai',
    statePath: join(dir, `${name}.json`),
    runSlot,
    log,
    ...(now ? { now } : {}),
  });
  schedules.push(s);
  return { s, log, statePath: join(dir, `${name}.json`) };
}

describe('EmbeddedSchedule', () => {
  it('on a first start runs nothing and starts remembering slots', async () => {
    const ran: Date[] = [];
    const { s, statePath } = schedule('first', '0 2 * * *', (slot) => {
      ran.push(slot);
      return Promise.resolve('r');
    });
    expect(await s.start()).toBeNull();
    expect(ran).toEqual([]);
    expect(await readSlotState(statePath)).toMatchObject({ runId: '' });
  });

  it('runs the latest slot it missed while down, once, and records it', async () => {
    const ran: Date[] = [];
    const now = new Date('2025-11-22T10:17:30+08:00');
    const { s, log, statePath } = schedule(
      'missed',
      '0 * * * *',
      (slot) => {
        ran.push(slot);
        return Promise.resolve(`run-${slot.toISOString()}`);
      },
      () => now,
    );
    await writeSlotState(statePath, {
      lastSlot: Date.parse('2025-11-22T07:00:00+08:00'),
      runId: 'old',
    });
    const caught = await s.start();
    expect(caught?.toISOString()).toBe('2025-11-22T02:00:00.000Z'); // 10:00 Shanghai
    await eventually(
      async () => (await readSlotState(statePath))?.runId === 'run-2025-11-22T02:00:00.000Z',
      5_000,
      'the state to record the slot',
    );
    expect(ran.map((d) => d.toISOString())).toEqual(['2025-11-22T02:00:00.000Z']);
    expect(log.lines.map((l) => l.event)).toContain('watch.catch_up');
  });

  it('leaves a failed slot unrecorded, so the next start runs it again', async () => {
    const { s, log, statePath } = schedule(
      'failing',
      '0 * * * *',
      () => Promise.reject(new Error('SMTP down')),
      () => new Date('2025-11-22T10:17:30+08:00'),
    );
    await writeSlotState(statePath, {
      lastSlot: Date.parse('2025-11-22T07:00:00+08:00'),
      runId: 'old',
    });
    await s.start();
    await eventually(
      () => log.lines.find((l) => l.event === 'watch.run_failed'),
      5_000,
      'the failure to be logged',
    );
    expect(await readSlotState(statePath)).toMatchObject({ runId: 'old' });
    expect(JSON.parse(await readFile(statePath, 'utf8'))).toMatchObject({
      lastSlotIso: '2025-11-21T23:00:00.000Z',
    });
  });

  it('never runs two slots at once: a slot that comes during a long run is skipped and logged', async () => {
    let running = 0;
    let most = 0;
    const ran: number[] = [];
    const { s, statePath, log } = schedule('overlap', '* * * * * *', async (slot) => {
      running += 1;
      most = Math.max(most, running);
      await sleep(1_300);
      running -= 1;
      ran.push(slot.getTime());
      return String(slot.getTime());
    });
    await writeFile(statePath, 'not json');
    await s.start();
    await eventually(() => ran.length >= 2, 10_000, 'two slots to run', 100);
    expect(most).toBe(1);
    for (let i = 1; i < ran.length; i++)
      expect((ran[i] ?? 0) - (ran[i - 1] ?? 0)).toBeGreaterThanOrEqual(2_000);
    expect(log.lines.some((l) => l.event === 'watch.cron' && l.level === 'warn')).toBe(true);
  });
});
