import { describe, expect, it } from 'vitest';
import { parseSheetRange, sheetAddress } from '../../../shared/contract/cell-address.ts';
import {
  colouredColumns,
  freeSheetName,
  layoutSheets,
  planLayout,
  sheetColumnWidths,
  tableBody,
} from '../../../shared/contract/plan-layout.ts';
import { trafficLight } from '../../../shared/contract/status-colours.ts';
import { ALERTS, INDICATORS, STATUS } from '../../../shared/contract/tables.ts';
import { templateGrid } from '../../../shared/contract/template-grid.ts';
import { TEMPLATES } from '../../../seeds/templates.ts';

describe('the plan layout both shells build', () => {
  it('puts each table on a sheet of its own except Recipients, three rows below Settings', () => {
    const blank = TEMPLATES.blank();
    const layout = planLayout(blank);
    expect(
      layoutSheets(layout).map((s) => [s.name, s.tables.map((t) => `${t.spec.name}@${t.top}`)]),
    ).toEqual([
      ['指标 Indicators', ['Indicators@1']],
      ['分解 Milestones', ['Milestones@1']],
      ['实绩 Actuals', ['Actuals@1']],
      ['设置 Settings', ['Settings@1', `Recipients@${1 + blank.settings.length + 3 + 1}`]],
      ['预警 Alerts', ['Alerts@1']],
      ['状态 Status', ['Status@1']],
    ]);
  });

  it('gives an empty table one empty row and writes empty texts as empty cells', () => {
    expect(tableBody(INDICATORS, [])).toEqual([INDICATORS.columns.map(() => null)]);
    expect(tableBody(INDICATORS, [{ id: 'A', name: '' }])[0]?.slice(0, 3)).toEqual([
      'A',
      null,
      null,
    ]);
  });

  it('colours the state, severity and status columns of worker tables only', () => {
    expect(colouredColumns(ALERTS)).toEqual([1, 2, 3]);
    expect(colouredColumns(STATUS)).toEqual([6, 7]);
    expect(colouredColumns(INDICATORS)).toEqual([]);
  });

  it('sizes columns by the widest header or value, CJK counting double, within 8–40 (编号 ID is 9)', () => {
    const [layoutIndicators] = planLayout(TEMPLATES['huzhou-14th-fyp']());
    const widths = layoutIndicators ? sheetColumnWidths([layoutIndicators]) : [];
    expect(widths[0]).toBe(9);
    expect(widths[2]).toBeGreaterThan(20);
    expect(Math.max(...widths)).toBeLessThanOrEqual(40);
  });

  it('picks a free sheet name, case-insensitively', () => {
    expect(freeSheetName(['Sheet1'], '指标 Indicators')).toBe('指标 Indicators');
    expect(freeSheetName(['指标 indicators', '指标 Indicators (2)'], '指标 Indicators')).toBe(
      '指标 Indicators (3)',
    );
  });

  it('reads and writes sheet-qualified addresses as office-js gives them', () => {
    expect(parseSheetRange("'指标 Indicators'!A1:S24")).toEqual({
      sheet: '指标 Indicators',
      range: { top: 1, left: 1, bottom: 24, right: 19 },
    });
    expect(parseSheetRange('Sheet1!B2')).toEqual({
      sheet: 'Sheet1',
      range: { top: 2, left: 2, bottom: 2, right: 2 },
    });
    expect(parseSheetRange("'O''Brien'!C3")?.sheet).toBe("O'Brien");
    expect(parseSheetRange('A1:B2')).toBeNull();
    expect(sheetAddress("O'Brien", 'C3')).toBe("'O''Brien'!C3");
  });

  it('colours statuses like the sheets do', () => {
    expect([
      trafficLight('breached'),
      trafficLight('behind'),
      trafficLight('on_track'),
      trafficLight('no_baseline'),
    ]).toEqual(['red', 'amber', 'green', null]);
  });

  it('turns rows not yet in a sheet into the Grid a reader takes', () => {
    const grid = templateGrid(INDICATORS, [{ id: 'A1', name: '指标' }], 'plan.xlsx', 5);
    expect(grid.rows).toEqual([
      {
        rowNumber: 5,
        cells: INDICATORS.columns.map((c) => ({
          value: c.key === 'id' ? 'A1' : c.key === 'name' ? '指标' : null,
        })),
      },
    ]);
    expect(grid.columnLetters.at(-1)).toBe('S');
  });
});
