import { describe, expect, it } from 'vitest';
import { plannerEntry } from '../../../shared/alerts/planner-entry.ts';
import { plannerIntent } from '../../../shared/alerts/acknowledgement-and-silence.ts';

const AS_OF = '2025-03-31';

describe('plannerEntry', () => {
  it('writes an acknowledgement the nightly check reads back as acknowledged until the date', () => {
    const entry = plannerEntry(
      { action: 'acknowledge', by: ' 李明 ', note: ' 已约谈 ', until: '2025年6月30日' },
      AS_OF,
    );
    expect(entry).toEqual({
      ok: true,
      planner: { action: '确认', ackBy: '李明', ackNote: '已约谈', until: '2025-06-30' },
    });
    if (entry.ok)
      expect(plannerIntent(entry.planner, AS_OF)).toEqual({
        kind: 'acknowledged',
        until: '2025-06-30',
      });
  });

  it('writes a silence the nightly check reads back as silenced', () => {
    const entry = plannerEntry(
      { action: 'silence', by: '李明', note: '', until: '2025/7/1' },
      AS_OF,
    );
    expect(entry.ok && plannerIntent(entry.planner, AS_OF)).toEqual({
      kind: 'silenced',
      until: '2025-07-01',
    });
  });

  it('lets an acknowledgement run without an end date', () => {
    expect(
      plannerEntry({ action: 'acknowledge', by: '李明', note: '', until: '' }, AS_OF),
    ).toMatchObject({ ok: true, planner: { until: '' } });
  });

  it.each([
    [
      'no name',
      { action: 'acknowledge', by: ' ', note: '', until: '' },
      'alert.entry.name_needed',
      'enter your name',
    ],
    [
      'a silence without a date',
      { action: 'silence', by: '李明', note: '', until: '' },
      '',
      'needs an end date',
    ],
    [
      'an unreadable date',
      { action: 'silence', by: '李明', note: '', until: '下个月' },
      '',
      '"下个月" is not a date',
    ],
    [
      'a date already past',
      { action: 'acknowledge', by: '李明', note: '', until: '2025-03-30' },
      '',
      'before the check date 2025-03-31',
    ],
  ] as const)('refuses %s with a message saying why', (_name, input, _code, en) => {
    const entry = plannerEntry(input, AS_OF);
    expect(entry.ok).toBe(false);
    if (!entry.ok) expect(entry.message.en).toContain(en);
  });
});
