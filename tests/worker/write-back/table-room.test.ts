import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ALERTS, bilingualHeader } from '../../../shared/contract/tables.ts';
import type { Alert } from '../../../shared/model/alert.ts';
import { WorkbookError } from '../../../worker/problems/workbook-error.ts';
import { writeBack } from '../../../worker/write-back/write-back.ts';
import { located, reopen } from '../../support/reopen-workbook.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('table-room');
function alert(alertId: string): Alert {
  return {
    alertId,
    state: 'firing',
    severity: 'warning',
    status: 'behind',
    id: 'HZ01',
    indicator: '在册市场主体总量',
    category: '营商环境',
    region: '湖州市',
    period: '2024',
    rule: 'pace',
    actual: 45,
    expected: 50,
    target: 60,
    gap: 5,
    message: '滞后',
    firstSeen: '2025-03-31',
    lastChanged: '2025-03-31',
    lastEvaluated: '2025-03-31',
    resolvedAt: '',
    ackedStatus: '',
    planner: { action: '', ackBy: '', ackNote: '', until: '' },
  };
}

const FIVE: Alert[] = ['a1', 'a2', 'a3', 'a4', 'a5'].map(alert);

/** An Alerts table with one data row at A1 of its sheet, and what the planner put around it. */
async function workbook(name: string, around: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('预警 Alerts');
  sheet.addTable({
    name: 'Alerts',
    ref: 'A1',
    columns: ALERTS.columns.map((c) => ({ name: bilingualHeader(c) })),
    rows: [ALERTS.columns.map(() => null)],
  });
  around(sheet);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

async function rejection(path: string): Promise<WorkbookError> {
  const err: unknown = await writeBack(path, {
    alerts: FIVE,
    statuses: [],
    checkedAt: '2025-03-31',
  }).catch((e: unknown) => e);
  if (!(err instanceof WorkbookError)) throw new Error('expected a WorkbookError');
  return err;
}

describe('a worker table that must grow', () => {
  it('refuses to write over a note a planner left below it, naming the cell, and changes nothing', async () => {
    const path = await workbook('note.xlsx', (s) => {
      s.getCell('F4').value = '3月督办：联系市场处';
    });
    const before = readFileSync(path);
    const err = await rejection(path);
    expect(err.problem).toMatchObject({
      code: 'workbook.cell_in_the_way',
      sheet: '预警 Alerts',
      row: 4,
      column: 'F',
      value: '3月督办：联系市场处',
    });
    expect(err.problem.message.zh).toContain('第 4 行 F 列已有内容“3月督办：联系市场处”');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses to run into another table below it', async () => {
    const path = await workbook('table.xlsx', (s) => {
      s.addTable({ name: 'MyNotes', ref: 'C5', columns: [{ name: '备注' }], rows: [[null]] });
    });
    const err = await rejection(path);
    expect(err.problem).toMatchObject({ code: 'workbook.table_in_the_way', value: 'MyNotes' });
    expect(err.problem.message.en).toContain('would run into table MyNotes');
  });

  it('grows past notes beside it, which stay where they are', async () => {
    const path = await workbook('beside.xlsx', (s) => {
      s.getCell('Z4').value = '旁注';
    });
    await writeBack(path, { alerts: FIVE, statuses: [], checkedAt: '2025-03-31' });
    const { worksheet, model } = located(await reopen(path), 'Alerts');
    expect(model.tableRef).toBe('A1:X6');
    expect(worksheet.getCell('Z4').value).toBe('旁注');
  });
});
