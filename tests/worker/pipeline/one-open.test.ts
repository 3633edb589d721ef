import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALERTS, STATUS } from '../../../shared/contract/tables.ts';
import { readAlerts } from '../../../shared/rows/alerts.ts';
import { huzhouTemplate } from '../../../seeds/huzhou-template.ts';
import { checkWorkbookFile, type WorkbookCheck } from '../../../worker/pipeline/check-stage.ts';
import { initWorkbook } from '../../../worker/workbook/init-workbook.ts';
import { loadWorkbook } from '../../../worker/workbook/load-workbook.ts';
import { saveWorkbook } from '../../../worker/workbook/save-workbook.ts';
import { readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import type { OpenWorkbook } from '../../../worker/xlsx/open-package.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { plannerSaves } from '../write-back/planner-save.ts';

const dir = tempDir('one-open');
const AS_OF = '2025-03-31';

interface Opens {
  check: WorkbookCheck;
  /** Every time the check read the file and opened it as a package. */
  opened: OpenWorkbook[];
  /** Inflations per part over every package opened, by part name without case. */
  inflations: Map<string, number>;
}

/** Checks a workbook with write-back, noting what it read and inflated. */
async function checkCounting(path: string): Promise<Opens> {
  const opened: OpenWorkbook[] = [];
  const check = await checkWorkbookFile(path, {
    asOf: AS_OF,
    onOpen: (_path, workbook) => opened.push(workbook),
  });
  const inflations = new Map<string, number>();
  for (const { pkg } of opened) {
    for (const [part, n] of pkg.inflations()) {
      const key = part.toLowerCase();
      inflations.set(key, (inflations.get(key) ?? 0) + n);
    }
  }
  return { check, opened, inflations };
}

function twice(inflations: Map<string, number>): string[] {
  return [...inflations].filter(([, n]) => n > 1).map(([part, n]) => `${part} ×${n}`);
}

describe('a check with write-back', () => {
  it('reads the file once and inflates no part twice, on the first night and the night after', async () => {
    const path = join(dir, 'plan.xlsx');
    await initWorkbook(path, huzhouTemplate());

    const first = await checkCounting(path);
    expect(first.check.ok && first.check.written).toBe(true);
    expect(first.opened).toHaveLength(1);
    expect(twice(first.inflations)).toEqual([]);

    // Last night's Alerts, as a planner left them: an acknowledgement and a column of their own.
    const alert = first.check.ok
      ? first.check.outcome.alerts.find((a) => a.state === 'firing')
      : undefined;
    if (!alert) throw new Error('the demo needs a firing alert');
    await plannerSaves(path, {
      addColumn: '处理进展 Progress',
      type: { [alert.alertId]: { U: '确认', V: '李四', Y: '4月复查' } },
    });

    const after = await checkCounting(path);
    expect(after.check.ok && after.check.written).toBe(true);
    expect(after.opened).toHaveLength(1);
    expect(twice(after.inflations)).toEqual([]);
    // The worker sheets were read and rewritten from that one inflation.
    expect(after.inflations.get('xl/worksheets/sheet5.xml')).toBe(1);
    expect(after.inflations.get('xl/worksheets/sheet6.xml')).toBe(1);

    const read = await readWorkbookGrids(path);
    if (!read.ok || !read.grids.Alerts) throw new Error('no Alerts table');
    expect(read.grids.Alerts.header).toContain('处理进展 Progress');
    const kept = readAlerts(read.grids.Alerts).items.find((a) => a.alertId === alert.alertId);
    expect(kept?.planner).toMatchObject({ action: '确认', ackBy: '李四' });
    expect(kept?.state).toBe('acknowledged');
  });

  it('inflates no part twice when it adds the Alerts and Status tables the workbook lacks', async () => {
    // A planner deleted both worker tables in Excel: the check creates them on sheets of their own.
    const path = join(dir, 'no-results.xlsx');
    await initWorkbook(path, huzhouTemplate());
    const loaded = await loadWorkbook(path);
    if (!loaded.ok) throw new Error(loaded.problem.message.en);
    for (const spec of [ALERTS, STATUS])
      loaded.workbook.getWorksheet(spec.sheet)?.removeTable(spec.name);
    await saveWorkbook(loaded.workbook, path);

    const { check, opened, inflations } = await checkCounting(path);
    expect(check.ok && check.written).toBe(true);
    expect(opened).toHaveLength(1);
    expect(twice(inflations)).toEqual([]);
    expect(inflations.get('[content_types].xml')).toBe(1);
    const read = await readWorkbookGrids(path);
    expect(read.ok ? read.grids.Alerts?.sheet : null).toBe('预警 Alerts (2)');
  });
});
