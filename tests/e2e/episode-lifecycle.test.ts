/**
 * An alert's episodes, with the workbook edited between checks by openpyxl as a planner's
 * script would:
 * acknowledged near its limit → recovered → firing again →
 * the new episode is unacknowledged, the earlier acknowledgement kept in the row as history.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilingualHeader, TABLES } from '../../shared/contract/tables.ts';
import type { Alert } from '../../shared/model/alert.ts';
import { readAlerts } from '../../shared/rows/alerts.ts';
import { main } from '../../worker/cli/main.ts';
import { readWorkbookGrids } from '../../worker/workbook/read-workbook.ts';
import { captureOutput } from '../support/capture-output.ts';
import { openpyxlEditTable } from '../support/other-programs.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('episode');
const workbook = join(dir, 'plan.xlsx');

async function run(...argv: string[]): Promise<number> {
  return main(argv, captureOutput());
}

async function lineAlert(): Promise<Alert> {
  const read = await readWorkbookGrids(workbook);
  if (!read.ok || !read.grids.Alerts) throw new Error('workbook has no Alerts table');
  const found = readAlerts(read.grids.Alerts).items.find(
    (a) => a.id === 'T01' && a.rule === 'line',
  );
  if (!found) throw new Error('no T01 line alert');
  return found;
}

/** The table's header text for a column key, as it stands in the sheet. */
function header(table: 'Alerts' | 'Actuals', key: string): string {
  const column = TABLES.find((s) => s.name === table)?.columns.find((c) => c.key === key);
  if (!column) throw new Error(`no column ${key} in ${table}`);
  return bilingualHeader(column);
}

/**
 * Sets cells of the table row whose `column` holds `value` with openpyxl, as a planner's
 * script would between two checks (openpyxl rewrites the whole package its own way).
 */
function planner(
  table: 'Alerts' | 'Actuals',
  [column, value]: [string, string],
  cells: Record<string, string | number>,
): void {
  const byHeader = Object.fromEntries(
    Object.entries(cells).map(([key, v]) => [header(table, key), v]),
  );
  expect(openpyxlEditTable(workbook, table, [header(table, column), value], byHeader)).toBe(1);
}

describe('an alert acknowledged, recovered and firing again', () => {
  it('starts its second episode unacknowledged, the first acknowledgement kept as history', async () => {
    const indicators = join(dir, 'indicators.csv');
    const actuals = join(dir, 'actuals.csv');
    await writeFile(
      indicators,
      [
        '编号 ID,类别 Category,指标名称 Indicator,单位 Unit,属性 Kind,统计方式 Aggregation,方向 Direction,目标年份 Target year,目标值 Target,预警线 Warning',
        'T01,市场安全,万台特种设备事故率,起/万台,约束性,threshold,越低越好,2025,低于0.36,0.3',
      ].join('\n'),
    );
    await writeFile(
      actuals,
      ['编号 ID,地区 Region,期间 Period,数值 Value,来源 Source', 'T01,,2023,0.33,test'].join('\n'),
    );
    expect(await run('init', workbook)).toBe(0);
    expect(await run('import', indicators, '--into', workbook)).toBe(0);
    expect(await run('import', actuals, '--into', workbook)).toBe(0);

    // 1. 0.33 is past the warning line 0.3: near its limit, firing.
    expect(await run('check', workbook, '--as-of', '2024-03-01')).toBe(0);
    const first = await lineAlert();
    expect(first).toMatchObject({ status: 'near_limit', state: 'firing' });

    // 2. The planner acknowledges it.
    planner('Alerts', ['alertId', first.alertId], {
      action: '确认',
      ackBy: '李明',
      ackNote: '已约谈',
      until: '2024-12-31',
    });
    expect(await run('check', workbook, '--as-of', '2024-03-02')).toBe(0);
    expect(await lineAlert()).toMatchObject({ state: 'acknowledged', ackedStatus: 'near_limit' });

    // 3. The figure is corrected below the warning line: resolved.
    planner('Actuals', ['id', 'T01'], { value: 0.2 });
    expect(await run('check', workbook, '--as-of', '2024-03-03')).toBe(0);
    expect(await lineAlert()).toMatchObject({ state: 'resolved', resolvedAt: '2024-03-03' });

    // 4. It crosses the warning line again: a new episode, not acknowledged.
    planner('Actuals', ['id', 'T01'], { value: 0.34 });
    expect(await run('check', workbook, '--as-of', '2024-03-04')).toBe(0);
    const again = await lineAlert();
    expect(again).toMatchObject({ alertId: first.alertId, state: 'firing', ackedStatus: '' });
    expect(again.planner).toMatchObject({ action: '', ackBy: '', until: '' });
    for (const kept of ['2024-03-03', '确认', '李明', '2024-12-31', '已约谈'])
      expect(again.planner.ackNote).toContain(kept);
  });
});
