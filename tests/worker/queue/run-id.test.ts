import { describe, expect, it } from 'vitest';
import {
  checkJobId,
  manualRunId,
  runIdForSlot,
  runJobId,
  slotOfRunId,
  workbookIdOf,
} from '../../../worker/queue/run-id.ts';

describe('run ids', () => {
  it('names a scheduled run by its slot in compact UTC, without the colons BullMQ forbids in job ids', () => {
    // 02:00 in Shanghai on 2025-11-22 is 18:00 UTC the day before.
    const slot = Date.parse('2025-11-22T02:00:00+08:00');
    expect(runIdForSlot(slot)).toBe('20251121T180000Z');
    expect(runJobId(runIdForSlot(slot))).toBe('run-20251121T180000Z');
    expect(runJobId(runIdForSlot(slot))).not.toContain(':');
  });

  it('gives the same slot the same id on every call and reads the slot back from it', () => {
    const slot = Date.parse('2025-03-31T18:00:00Z');
    expect(runIdForSlot(slot)).toBe(runIdForSlot(slot));
    expect(slotOfRunId(runIdForSlot(slot))?.getTime()).toBe(slot);
    expect(slotOfRunId(manualRunId(new Date(slot)))).toBeNull();
  });

  it('keeps manual runs apart from scheduled ones and from each other to the millisecond', () => {
    expect(manualRunId(new Date('2025-03-31T08:30:12.345Z'))).toBe('manual-20250331T083012.345Z');
    expect(manualRunId(new Date('2025-03-31T08:30:12.346Z'))).not.toBe(
      manualRunId(new Date('2025-03-31T08:30:12.345Z')),
    );
  });

  it('names a check job by run and workbook, the workbook by file name and path hash', () => {
    const a = workbookIdOf('/srv/plans/湖州 十四五.xlsx');
    expect(a).toMatch(/^湖州_十四五-[0-9a-f]{8}$/);
    expect(workbookIdOf('/srv/other/湖州 十四五.xlsx')).not.toBe(a);
    expect(workbookIdOf('/srv/plans/湖州 十四五.xlsx')).toBe(a);
    expect(checkJobId('20251121T180000Z', a)).toBe(`run-20251121T180000Z__${a}`);
    expect(workbookIdOf('/srv/plans/a:b.xlsx')).not.toContain(':');
  });
});
