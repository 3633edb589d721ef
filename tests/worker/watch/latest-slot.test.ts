import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { latestSlot, slotStepMs } from '../../../worker/watch/latest-slot.ts';

function matcher(pattern: string, timezone = 'Asia/Shanghai'): (d: Date) => boolean {
  const task = cron.createTask(pattern, () => undefined, { timezone });
  return (d) => task.match(d);
}

describe('latestSlot', () => {
  it('finds the 02:00 Shanghai slot of today when the last run was yesterday', () => {
    const now = new Date('2025-11-22T10:00:00+08:00');
    const slot = latestSlot(
      matcher('0 2 * * *'),
      '0 2 * * *',
      now,
      new Date('2025-11-21T02:00:00+08:00'),
    );
    expect(slot?.toISOString()).toBe('2025-11-21T18:00:00.000Z');
  });

  it('finds nothing when the latest slot already ran', () => {
    const now = new Date('2025-11-22T10:00:00+08:00');
    expect(
      latestSlot(matcher('0 2 * * *'), '0 2 * * *', now, new Date('2025-11-22T02:00:00+08:00')),
    ).toBeNull();
  });

  it('reads the slot in the schedule time zone, not in UTC', () => {
    // 01:30 UTC is 09:30 in Shanghai: the 02:00 slot of the 22nd (Shanghai) has passed, not that of UTC.
    const now = new Date('2025-11-22T01:30:00Z');
    expect(latestSlot(matcher('0 2 * * *'), '0 2 * * *', now, null)?.toISOString()).toBe(
      '2025-11-21T18:00:00.000Z',
    );
    expect(latestSlot(matcher('0 2 * * *', 'UTC'), '0 2 * * *', now, null)?.toISOString()).toBe(
      '2025-11-21T02:00:00.000Z',
    );
  });

  it('steps by seconds for a pattern with a seconds field', () => {
    expect(slotStepMs('*/5 * * * * *')).toBe(1_000);
    expect(slotStepMs('0 2 * * *')).toBe(60_000);
    const now = new Date('2025-11-22T12:00:07.400Z');
    expect(latestSlot(matcher('*/5 * * * * *'), '*/5 * * * * *', now, null)?.toISOString()).toBe(
      '2025-11-22T12:00:05.000Z',
    );
  });

  it('looks back no further than a month', () => {
    const now = new Date('2025-11-22T10:00:00+08:00');
    // Only on 1 January: more than a month ago.
    expect(latestSlot(matcher('0 2 1 1 *'), '0 2 1 1 *', now, null)).toBeNull();
  });
});
