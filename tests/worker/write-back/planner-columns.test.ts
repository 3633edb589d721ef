import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAlerts } from '../../../shared/rows/alerts.ts';
import type { Alert } from '../../../shared/model/alert.ts';
import { huzhouTemplate } from '../../../seeds/huzhou-template.ts';
import { checkWorkbookFile, type WorkbookCheck } from '../../../worker/pipeline/check-stage.ts';
import { initWorkbook } from '../../../worker/workbook/init-workbook.ts';
import { readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import { openpyxlTable } from '../../support/other-programs.ts';
import { located, reopen } from '../../support/reopen-workbook.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { plannerSaves } from './planner-save.ts';

const dir = tempDir('planner-columns');
const path = join(dir, 'plan.xlsx');
const NOTE_HEADER = '处理进展 Progress';

let first: Alert[];
let second: Extract<WorkbookCheck, { ok: true }>;
let acked: Alert;
let hidden: Alert;
let silenced: Alert;

async function check(asOf: string): Promise<Extract<WorkbookCheck, { ok: true }>> {
  const r = await checkWorkbookFile(path, { asOf });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message.en).join('\n'));
  return r;
}

async function alertsInSheet(): Promise<Alert[]> {
  const read = await readWorkbookGrids(path);
  if (!read.ok || !read.grids.Alerts) throw new Error('no Alerts table');
  return readAlerts(read.grids.Alerts).items;
}

beforeAll(async () => {
  await initWorkbook(path, huzhouTemplate());
  first = (await check('2025-03-31')).outcome.alerts;
  const live = first.filter((a) => a.state === 'firing');
  [acked, hidden, silenced] = [live[0], live[1], live[2]].map((a) => {
    if (!a) throw new Error('the demo needs three firing alerts');
    return a;
  }) as [Alert, Alert, Alert];
  // The planner sorts the table the other way round, filters one row out, acknowledges
  // one alert with a date Excel stores as a number, silences another, and adds a column.
  await plannerSaves(path, {
    reverse: true,
    hide: [hidden.alertId],
    addColumn: NOTE_HEADER,
    type: {
      [acked.alertId]: {
        U: '确认',
        V: '李四',
        W: '已约谈企业，限期整改',
        X: { date: '2025-12-31' },
        Y: '4月复查',
      },
      [silenced.alertId]: { U: '静默', X: '2025-06-30', Y: '=不是公式' },
    },
  });
  second = await check('2025-04-01');
}, 120_000);

describe('the planner columns of Alerts, after a planner sorted, filtered and typed', () => {
  it('read back with the alert they were typed against, whatever the row order', async () => {
    const byId = new Map((await alertsInSheet()).map((a) => [a.alertId, a]));
    expect(byId.get(acked.alertId)?.planner).toEqual({
      action: '确认',
      ackBy: '李四',
      ackNote: '已约谈企业，限期整改',
      until: '2025-12-31',
    });
    expect(byId.get(acked.alertId)?.state).toBe('acknowledged');
    expect(byId.get(silenced.alertId)?.planner).toEqual({
      action: '静默',
      ackBy: '',
      ackNote: '',
      until: '2025-06-30',
    });
    expect(byId.get(silenced.alertId)?.state).toBe('silenced');
    const untouched = first.filter(
      (a) => a.alertId !== acked.alertId && a.alertId !== silenced.alertId,
    );
    for (const a of untouched)
      expect(byId.get(a.alertId)?.planner).toEqual({
        action: '',
        ackBy: '',
        ackNote: '',
        until: '',
      });
  });

  it('move with their row as the planner typed them: a typed date stays a date', async () => {
    const { worksheet, range } = located(await reopen(path), 'Alerts');
    let found = 0;
    for (let r = range.top + 1; r <= range.bottom; r++) {
      if (worksheet.getCell(r, 1).value !== acked.alertId) continue;
      found += 1;
      const until = worksheet.getCell(r, 24).value;
      expect(until).toBeInstanceOf(Date);
      expect(until instanceof Date && until.toISOString().slice(0, 10)).toBe('2025-12-31');
    }
    expect(found).toBe(1);
  });

  it('keep the column the planner added to the table, each note with its alert, a formula-like note as text', async () => {
    const { worksheet, range, model } = located(await reopen(path), 'Alerts');
    expect(range.right).toBe(25);
    expect(model.columns.map((c) => c.name).at(-1)).toBe(NOTE_HEADER);
    const notes = new Map<unknown, unknown>();
    for (let r = range.top + 1; r <= range.bottom; r++)
      notes.set(worksheet.getCell(r, 1).value, worksheet.getCell(r, 25).value);
    expect(notes.get(acked.alertId)).toBe('4月复查');
    expect(notes.get(silenced.alertId)).toBe('=不是公式');
    expect(worksheet.getCell(range.top + 1, 25).formula).toBeUndefined();
  });

  it('keep a row the planner filtered out hidden, and no other', async () => {
    const { worksheet, range } = located(await reopen(path), 'Alerts');
    const hiddenIds: unknown[] = [];
    for (let r = range.top + 1; r <= range.bottom; r++)
      if (worksheet.getRow(r).hidden) hiddenIds.push(worksheet.getCell(r, 1).value);
    expect(hiddenIds).toEqual([hidden.alertId]);
  });

  it("write the rows in the check's order and drop the sort state that no longer describes them", async () => {
    const inSheet = (await alertsInSheet()).map((a) => a.alertId);
    expect(inSheet).toEqual(second.outcome.alerts.map((a) => a.alertId));
    const zip = await JSZip.loadAsync(readFileSync(path));
    const table = (await zip.file('xl/tables/table6.xml')?.async('string')) ?? '';
    expect(table).not.toContain('sortState');
    expect(table).toContain(`ref="A1:Y${inSheet.length + 1}"`);
  });

  it('leave a workbook openpyxl reads, the planner columns in place', () => {
    const rows = openpyxlTable(path, 'Alerts');
    const row = rows.find((r) => r[0] === acked.alertId);
    expect(row?.slice(20, 25)).toEqual([
      '确认',
      '李四',
      '已约谈企业，限期整改',
      '2025-12-31',
      '4月复查',
    ]);
  });
});
