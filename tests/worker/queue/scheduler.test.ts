import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../worker/log/logger.ts';
import { jobDefaults, RunQueues } from '../../../worker/queue/queues.ts';
import { ensureRunScheduler, SCHEDULER_ID } from '../../../worker/queue/scheduler.ts';
import { FAST_QUEUE, queueConfig } from '../../support/queue-fixtures.ts';
import { TestRedis } from '../../support/redis-server.ts';

let server: TestRedis;
beforeAll(async () => {
  server = await TestRedis.start();
});
afterAll(async () => {
  await server.stop();
});

function queues(prefix: string): RunQueues {
  return new RunQueues(
    server.url,
    queueConfig('/tmp', { queue: { ...FAST_QUEUE, prefix } }).queue,
    'producer',
  );
}

describe('ensureRunScheduler', () => {
  it('makes one scheduler however many workers start at once, with the default 02:00 Shanghai slot', async () => {
    const three = [queues('sched1'), queues('sched1'), queues('sched1')];
    const schedule = queueConfig('/tmp', {}).schedule;
    await Promise.all(
      three.map((q) =>
        ensureRunScheduler(
          q.runs,
          schedule,
          jobDefaults(queueConfig('/tmp', { queue: FAST_QUEUE }).queue),
          memoryLogger(),
        ),
      ),
    );
    const q = three[0];
    if (!q) throw new Error('no queue');
    const schedulers = await q.runs.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({
      key: SCHEDULER_ID,
      pattern: '0 2 * * *',
      tz: 'Asia/Shanghai',
    });
    const next = new Date(schedulers[0]?.next ?? 0);
    // The next slot is 02:00 in Shanghai: 18:00 UTC.
    expect([next.getUTCHours(), next.getUTCMinutes(), next.getUTCSeconds()]).toEqual([18, 0, 0]);
    expect(await q.runs.getJobCountByTypes('delayed')).toBe(1);
    await Promise.all(three.map((x) => x.close()));
  });

  it('leaves an unchanged scheduler and its pending slot job alone when another worker starts', async () => {
    const q = queues('sched2');
    const log = memoryLogger();
    const schedule = { cron: '*/10 * * * * *', timezone: 'Asia/Shanghai' };
    expect(await ensureRunScheduler(q.runs, schedule, {}, log)).toBe('created');
    const pending = (await q.runs.getDelayed()).map((j) => j.id);
    expect(await ensureRunScheduler(q.runs, schedule, {}, log)).toBe('unchanged');
    expect((await q.runs.getDelayed()).map((j) => j.id)).toEqual(pending);
    await q.close();
  });

  it('moves the schedule when the configuration changes it', async () => {
    const q = queues('sched3');
    const log = memoryLogger();
    await ensureRunScheduler(q.runs, { cron: '0 2 * * *', timezone: 'Asia/Shanghai' }, {}, log);
    expect(
      await ensureRunScheduler(
        q.runs,
        { cron: '30 6 * * 1-5', timezone: 'Asia/Shanghai' },
        {},
        log,
      ),
    ).toBe('updated');
    const [scheduler] = await q.runs.getJobSchedulers();
    expect(scheduler?.pattern).toBe('30 6 * * 1-5');
    expect(await q.runs.getJobCountByTypes('delayed')).toBe(1);
    expect(log.lines.map((l) => l.event)).toEqual(['scheduler.created', 'scheduler.updated']);
    await q.close();
  });
});
