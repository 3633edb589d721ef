import { describe, expect, it } from 'vitest';
import {
  carriesCell,
  continuedRows,
  identityKey,
  placeResultRows,
} from '../../../shared/contract/result-table-rows.ts';
import { ALERTS, ALERT_PLANNER_KEYS } from '../../../shared/contract/tables.ts';

/** Alert ID, message, ack by (contract columns) and a column a planner added. */
const header = ['预警编号 Alert ID', '说明 Message', '确认人 Ack by', '督办单号 Ticket'];

describe('placeResultRows', () => {
  it('matches rows by alert id in any order, carrying planner and planner-added cells', () => {
    const placed = placeResultRows({
      spec: ALERTS,
      header,
      previous: [
        ['b', '旧说明', '李四', 'T-2'],
        ['a', '旧说明', '王五', 'T-1'],
      ],
      rows: [
        { alertId: 'a', message: '新说明', ackBy: '王五' },
        { alertId: 'c', message: '新的', ackBy: '' },
        { alertId: 'b', message: '新说明', ackBy: '李四' },
      ],
      identity: ['alertId'],
      plannerKeys: ALERT_PLANNER_KEYS,
    });
    expect(placed.keyAt).toEqual(['alertId', 'message', 'ackBy', null]);
    expect(placed.rows.map((r) => r.from)).toEqual([1, null, 0]);
    expect(placed.rows.map((r) => r.values)).toEqual([
      ['a', '新说明', '王五', 'T-1'],
      ['c', '新的', '', null],
      ['b', '新说明', '李四', 'T-2'],
    ]);
    expect(placed.rows[0]?.carried).toEqual([false, false, true, true]);
  });

  it('writes the planner cells of a restarted row (a new episode) from the check, keeping added columns', () => {
    const placed = placeResultRows({
      spec: ALERTS,
      header,
      previous: [['a', '旧', '王五', 'T-1']],
      rows: [{ alertId: 'a', message: '新', ackBy: '' }],
      identity: ['alertId'],
      plannerKeys: ALERT_PLANNER_KEYS,
      restart: (i) => i === 0,
    });
    expect(placed.rows[0]?.values).toEqual(['a', '新', '', 'T-1']);
  });

  it('keeps the first of two rows with one id, and matches nothing when the id column is missing', () => {
    const twice = placeResultRows({
      spec: ALERTS,
      header,
      previous: [
        ['a', '', '第一', ''],
        ['a', '', '第二', ''],
      ],
      rows: [{ alertId: 'a' }],
      identity: ['alertId'],
      plannerKeys: ALERT_PLANNER_KEYS,
    });
    expect(twice.rows[0]?.values[2]).toBe('第一');
    const noId = placeResultRows({
      spec: ALERTS,
      header: ['说明 Message', '确认人 Ack by'],
      previous: [['', '王五']],
      rows: [{ alertId: 'a', ackBy: '' }],
      identity: ['alertId'],
      plannerKeys: ALERT_PLANNER_KEYS,
    });
    expect(noId.rows[0]?.from).toBeNull();
  });
});

describe('the pieces of the placement rule', () => {
  it('keys a row by its trimmed identity values, and never a row whose identity is empty', () => {
    expect(identityKey([' BM01 ', '湖州市'])).toBe(identityKey(['BM01', '湖州市']));
    expect(identityKey(['BM01', '湖州市'])).not.toBe(identityKey(['BM01湖州市', '']));
    expect(identityKey([2024])).toBe('2024');
    expect(identityKey(['', null, undefined, '  '])).toBeNull();
  });

  it('continues the first table row with the same key, and none for a new or empty key', () => {
    expect(continuedRows(['a', null, 'b', 'a'], ['a', 'b', 'c', null])).toEqual([0, 2, null, null]);
  });

  it('carries planner-added cells always and planner cells unless the row starts afresh', () => {
    const planner = new Set(ALERT_PLANNER_KEYS);
    const [ack] = ALERT_PLANNER_KEYS;
    expect(carriesCell(null, planner, true)).toBe(true);
    expect(carriesCell(ack, planner, false)).toBe(true);
    expect(carriesCell(ack, planner, true)).toBe(false);
    expect(carriesCell('message', planner, false)).toBe(false);
  });
});
