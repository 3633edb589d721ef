import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { ALERTS, STATUS } from '../../../shared/contract/tables.ts';
import type { WorkbookTemplate } from '../../../shared/contract/template.ts';
import type { Alert } from '../../../shared/model/alert.ts';
import type { StatusRow } from '../../../shared/model/finding.ts';
import { readAlerts } from '../../../shared/rows/alerts.ts';
import { initWorkbook } from '../../../worker/workbook/init-workbook.ts';
import { readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import { WorkbookError } from '../../../worker/problems/workbook-error.ts';
import { writeBack } from '../../../worker/write-back/write-back.ts';
import { openpyxlTable } from '../../support/other-programs.ts';
import { located, reopen } from '../../support/reopen-workbook.ts';

const dir = mkdtempSync(join(tmpdir(), 'kpi-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEMPLATE: WorkbookTemplate = {
  name: 't',
  indicators: [
    {
      id: '1',
      name: '食品评价性抽检合格率',
      kind: '约束性',
      targetYear: 2025,
      target: '98.5%以上',
    },
  ],
  milestones: [],
  actuals: [{ id: '1', period: '2023', value: 98.1 }],
  settings: [{ key: 'planName', value: '测试' }],
  recipients: [],
};

function alert(over: Partial<Alert>): Alert {
  return {
    alertId: 'a1',
    state: 'firing',
    severity: 'critical',
    status: 'breached',
    id: '1',
    indicator: '食品评价性抽检合格率',
    category: '市场安全',
    region: '湖州市',
    period: '2023',
    rule: 'line',
    actual: 98.1,
    expected: null,
    target: 98.5,
    gap: null,
    message: '低于底线 98.5%',
    firstSeen: '2024-01-31',
    lastChanged: '2024-01-31',
    lastEvaluated: '2024-02-01',
    resolvedAt: '',
    ackedStatus: '',
    planner: { action: '', ackBy: '', ackNote: '', until: '' },
    ...over,
  };
}

function status(over: Partial<StatusRow>): StatusRow {
  return {
    id: '1',
    name: '食品评价性抽检合格率',
    category: '市场安全',
    kind: 'binding',
    owner: '食品处',
    unit: '%',
    region: '湖州市',
    period: '2023',
    gaps: [],
    due: null,
    status: 'breached',
    severity: 'critical',
    completion: 41.25,
    elapsed: 60,
    gap: 18.75,
    expected: 98.5,
    actual: 98.1,
    forecast: null,
    target: 98.5,
    ...over,
  };
}

const ALERT_ROWS: Alert[] = [
  alert({
    alertId: 'a1',
    ackedStatus: 'behind',
    planner: { action: '确认', ackBy: '李四', ackNote: '=已知，整改中', until: '2024-03-01' },
  }),
  alert({
    alertId: 'a2',
    indicator: '=SUM(A1:A9)',
    state: 'resolved',
    severity: 'warning',
    status: 'behind',
    rule: 'pace',
    gap: 3.5,
  }),
  alert({
    alertId: 'a3',
    indicator: '+86 热线',
    message: '-3% 同比',
    region: '@吴兴区',
    severity: 'info',
    status: 'no_data',
    rule: 'missing',
  }),
];

function col(key: string, spec = ALERTS): number {
  return spec.columns.findIndex((c) => c.key === key) + 1;
}

async function freshWorkbook(name: string): Promise<string> {
  const path = join(dir, name);
  await initWorkbook(path, TEMPLATE);
  return path;
}

describe('writeBack', () => {
  it('fills the Alerts table with exactly the written rows, labels bilingual and numbers as numbers', async () => {
    const path = await freshWorkbook('alerts.xlsx');
    await writeBack(path, { alerts: ALERT_ROWS, statuses: [], checkedAt: '2024-02-01' });
    const { worksheet, range } = located(await reopen(path), 'Alerts');
    expect(range.bottom - range.top).toBe(3);
    const cell = (row: number, key: string) => worksheet.getCell(range.top + row, col(key));
    expect(cell(1, 'alertId').value).toBe('a1');
    expect(cell(1, 'state').value).toBe('预警中 firing');
    expect(cell(1, 'severity').value).toBe('红 critical');
    expect(cell(1, 'status').value).toBe('越线 breached');
    expect(cell(1, 'rule').value).toBe('底线 line');
    expect(cell(1, 'ackedStatus').value).toBe('滞后 behind');
    expect(cell(1, 'actual').value).toBe(98.1);
    expect(cell(1, 'expected').value).toBeNull();
    expect(cell(1, 'resolvedAt').value).toBeNull();
    expect(cell(2, 'state').value).toBe('已恢复 resolved');
    expect(cell(2, 'gap').value).toBe(3.5);
    expect(cell(2, 'gap').numFmt).toBe('0.0');
    expect(cell(3, 'rule').value).toBe('缺报 missing data');
  });

  it('keeps the planner columns exactly as given', async () => {
    const path = await freshWorkbook('planner.xlsx');
    await writeBack(path, { alerts: ALERT_ROWS, statuses: [], checkedAt: '2024-02-01' });
    const { worksheet, range } = located(await reopen(path), 'Alerts');
    const planner = ['action', 'ackBy', 'ackNote', 'until'].map(
      (k) => worksheet.getCell(range.top + 1, col(k)).value,
    );
    expect(planner).toEqual(['确认', '李四', '=已知，整改中', '2024-03-01']);
  });

  it('writes names starting with =, +, - or @ as text, never as formulas', async () => {
    const path = await freshWorkbook('formula-like.xlsx');
    await writeBack(path, { alerts: ALERT_ROWS, statuses: [], checkedAt: '2024-02-01' });
    const { worksheet, range } = located(await reopen(path), 'Alerts');
    const cells = [
      worksheet.getCell(range.top + 2, col('indicator')),
      worksheet.getCell(range.top + 3, col('indicator')),
      worksheet.getCell(range.top + 3, col('message')),
      worksheet.getCell(range.top + 3, col('region')),
      worksheet.getCell(range.top + 1, col('ackNote')),
    ];
    expect(cells.map((c) => c.value)).toEqual([
      '=SUM(A1:A9)',
      '+86 热线',
      '-3% 同比',
      '@吴兴区',
      '=已知，整改中',
    ]);
    for (const c of cells) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
    }
  });

  it('fills the Status table with one row per indicator × region and the check date', async () => {
    const path = await freshWorkbook('status.xlsx');
    const statuses = [
      status({ gaps: ['2021', '2022'] }),
      status({
        id: '2',
        region: '吴兴区',
        status: 'on_track',
        severity: 'info',
        kind: 'expected',
        completion: null,
      }),
    ];
    await writeBack(path, { alerts: [], statuses, checkedAt: '2024-02-01 02:00' });
    const { worksheet, range } = located(await reopen(path), 'Status');
    expect(range.bottom - range.top).toBe(2);
    const row = (r: number) =>
      STATUS.columns.map((_, j) => worksheet.getCell(range.top + r, range.left + j).value);
    expect(row(1)).toEqual([
      '1',
      '市场安全',
      '食品评价性抽检合格率',
      '约束性 binding',
      '湖州市',
      '2023',
      '越线 breached',
      '红 critical',
      41.25,
      60,
      18.75,
      98.5,
      98.1,
      null,
      98.5,
      '%',
      '2024-02-01 02:00',
      '2021、2022',
    ]);
    expect(row(2).slice(3, 9)).toEqual([
      '预期性 expected',
      '吴兴区',
      '2023',
      '符合序时进度 on track',
      '提示 info',
      null,
    ]);
  });

  it('grows and shrinks the tables with the row count, leaving nothing of the old rows', async () => {
    const path = await freshWorkbook('resize.xlsx');
    await writeBack(path, {
      alerts: ALERT_ROWS,
      statuses: [status({}), status({ id: '2' })],
      checkedAt: 'x',
    });
    await writeBack(path, {
      alerts: ALERT_ROWS.slice(0, 1),
      statuses: [status({})],
      checkedAt: 'y',
    });
    let workbook = await reopen(path);
    let alerts = located(workbook, 'Alerts');
    expect(alerts.model.tableRef).toBe('A1:X2');
    expect(alerts.model.autoFilterRef).toBe('A1:X2');
    expect(alerts.worksheet.getCell(3, 1).value).toBeNull();
    expect(alerts.worksheet.getCell(4, col('indicator')).value).toBeNull();
    expect(located(workbook, 'Status').model.tableRef).toBe('A1:R2');

    await writeBack(path, { alerts: [], statuses: [], checkedAt: 'z' });
    workbook = await reopen(path);
    alerts = located(workbook, 'Alerts');
    // An empty table keeps one blank row: Excel needs a data row.
    expect(alerts.model.tableRef).toBe('A1:X2');
    expect(alerts.worksheet.getCell(2, 1).value).toBeNull();
    const read = await readWorkbookGrids(path);
    expect(read.ok && read.grids.Alerts?.rows).toEqual([]);
    expect(read.ok && read.grids.Status?.rows).toEqual([]);
  });

  it('leaves the planner tables, dropdowns and status colours in place', async () => {
    const path = await freshWorkbook('untouched.xlsx');
    await writeBack(path, { alerts: ALERT_ROWS, statuses: [status({})], checkedAt: 'x' });
    const read = await readWorkbookGrids(path);
    expect(read.ok && read.grids.Indicators?.rows[0]?.cells[2]?.value).toBe('食品评价性抽检合格率');
    expect(read.ok && read.grids.Actuals?.rows[0]?.cells[4]?.value).toBe(98.1);
    expect(read.ok && read.problems).toEqual([]);
    const workbook = await reopen(path);
    expect(located(workbook, 'Indicators').worksheet.getCell('E2').dataValidation.type).toBe(
      'list',
    );
    expect(located(workbook, 'Alerts').worksheet.getCell('U5').dataValidation.formulae).toEqual([
      '"确认,静默"',
    ]);
  });

  it('reads back through readWorkbookGrids as the rows written', async () => {
    const path = await freshWorkbook('roundtrip.xlsx');
    await writeBack(path, { alerts: ALERT_ROWS, statuses: [status({})], checkedAt: 'x' });
    const read = await readWorkbookGrids(path);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.grids.Alerts?.rows.map((r) => r.cells[0]?.value)).toEqual(['a1', 'a2', 'a3']);
    expect(read.grids.Alerts?.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4]);
    expect(read.grids.Status?.rows).toHaveLength(1);
  });

  it('round-trips through the shared Alerts reader: what is written is what the next check reads', async () => {
    const path = await freshWorkbook('reader.xlsx');
    const alerts = [
      ...ALERT_ROWS,
      alert({
        alertId: 'a4',
        state: 'silenced',
        period: '2023-Q3',
        gap: 12.345,
        ackedStatus: 'at_risk',
      }),
    ];
    await writeBack(path, { alerts, statuses: [], checkedAt: 'x' });
    const read = await readWorkbookGrids(path);
    const grid = read.ok ? read.grids.Alerts : undefined;
    expect(grid).toBeDefined();
    if (!grid) return;
    const back = readAlerts(grid);
    expect(back.problems).toEqual([]);
    expect(back.items).toEqual(alerts);
  });

  it('keeps white space at either end, line breaks, tabs and runs of spaces: our reader and openpyxl read back what was written', async () => {
    const path = await freshWorkbook('spaces.xlsx');
    const messages = [
      ' 前导空格',
      '末尾空格 ',
      '第一行\n第二行',
      '制\t表',
      '两  个空格',
      '无需保留',
    ];
    const alerts = messages.map((message, i) => alert({ alertId: `s${i}`, message }));
    await writeBack(path, { alerts, statuses: [], checkedAt: 'x' });
    const read = await readWorkbookGrids(path);
    const grid = read.ok ? read.grids.Alerts : undefined;
    expect(grid?.rows.map((r) => r.cells[col('message') - 1]?.value)).toEqual(messages);
    const [, ...rows] = openpyxlTable(path, 'Alerts');
    expect(rows.map((r) => r[col('message') - 1])).toEqual(messages);
  });

  it('writes each value under its own header when a planner moved the table and reordered its columns', async () => {
    const path = join(dir, 'moved.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet('s')
      .addTable({ name: 'Indicators', ref: 'A1', columns: [{ name: '编号 ID' }], rows: [['1']] });
    workbook.addWorksheet('预警').addTable({
      name: 'Alerts',
      ref: 'C3',
      columns: ['Rule', 'Alert ID', '我的备注', 'indicator'].map((name) => ({ name })),
      rows: [
        ['旧', '旧', '旧', '旧'],
        ['旧', '旧', '旧', '旧'],
      ],
    });
    await workbook.xlsx.writeFile(path);
    await writeBack(path, { alerts: ALERT_ROWS.slice(1, 2), statuses: [], checkedAt: 'x' });
    const { worksheet, model } = located(await reopen(path), 'Alerts');
    expect(model.tableRef).toBe('C3:F4');
    expect(['C4', 'D4', 'E4', 'F4'].map((a) => worksheet.getCell(a).value)).toEqual([
      '序时进度 pace',
      'a2',
      null,
      '=SUM(A1:A9)',
    ]);
    expect(worksheet.getCell('D5').value).toBeNull();
  });

  it('creates the Alerts table on a sheet of its own when the workbook has none', async () => {
    const path = join(dir, 'no-alerts.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('预警 Alerts').getCell('A1').value = '旧备注';
    workbook
      .addWorksheet('s')
      .addTable({ name: 'Indicators', ref: 'A1', columns: [{ name: '编号 ID' }], rows: [['1']] });
    await workbook.xlsx.writeFile(path);
    await writeBack(path, { alerts: ALERT_ROWS, statuses: [status({})], checkedAt: 'x' });
    const reopened = await reopen(path);
    const alerts = located(reopened, 'Alerts');
    expect(alerts.worksheet.name).toBe('预警 Alerts (2)');
    expect(alerts.model.tableRef).toBe('A1:X4');
    expect(located(reopened, 'Status').worksheet.name).toBe('状态 Status');
    expect(reopened.getWorksheet('预警 Alerts')?.getCell('A1').value).toBe('旧备注');
  });

  it('leaves tables saved by Excel (which leave headerRowCount out) as they were, and still finds their header row', async () => {
    const path = await freshWorkbook('excel-saved.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(path));
    const tableFiles = Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n));
    for (const name of tableFiles) {
      const xml = await zip.file(name)?.async('string');
      if (xml) zip.file(name, xml.replace(/ headerRowCount="1"/, ''));
    }
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    const before = await JSZip.loadAsync(readFileSync(path));
    await writeBack(path, { alerts: ALERT_ROWS, statuses: [], checkedAt: 'x' });
    const written = await JSZip.loadAsync(readFileSync(path));
    const planner = [];
    for (const name of tableFiles) {
      const xml = await written.file(name)?.async('string');
      expect(xml).not.toContain('headerRowCount');
      if (xml?.includes('name="Alerts"') || xml?.includes('name="Status"')) continue;
      planner.push(name);
      expect(xml).toBe(await before.file(name)?.async('string'));
    }
    expect(planner).toHaveLength(5);
    const read = await readWorkbookGrids(path);
    expect(read.ok && read.grids.Alerts?.rows.map((r) => r.cells[0]?.value)).toEqual([
      'a1',
      'a2',
      'a3',
    ]);
  });

  it('leaves no temp file beside the workbook, only the backup folder', async () => {
    const sub = mkdtempSync(join(dir, 'clean-'));
    const path = join(sub, 'plan.xlsx');
    await initWorkbook(path, TEMPLATE);
    await writeBack(path, { alerts: ALERT_ROWS, statuses: [], checkedAt: 'x' });
    expect(readdirSync(sub).sort()).toEqual(['.kpi-sentinel', 'plan.xlsx']);
    expect(readdirSync(join(sub, '.kpi-sentinel'))).toEqual(['backups']);
  });

  it('rejects with a WorkbookError carrying a bilingual problem when the file is not a workbook', async () => {
    const path = join(dir, 'broken.xlsx');
    writeFileSync(path, 'not a workbook');
    const before = readFileSync(path, 'utf8');
    const err: unknown = await writeBack(path, {
      alerts: [],
      statuses: [],
      checkedAt: 'x',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect(err instanceof WorkbookError && err.problem.code).toBe('workbook.not_xlsx');
    expect(err instanceof WorkbookError && err.message).toContain('broken.xlsx');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
