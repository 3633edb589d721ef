import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbookFile, type WorkbookCheck } from '../../../worker/pipeline/check-stage.ts';
import { libreOfficeCsvs, openpyxlTable } from '../../support/other-programs.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { partText } from '../hostile/hostile-files.ts';

const dir = tempDir('missing-sheets');
const path = join(dir, 'plan.xlsx');
let stylesBefore = '';
let notesSheetBefore = '';
let check: WorkbookCheck;

beforeAll(async () => {
  // A workbook another program made: the planner tables, and a sheet already called
  // 预警 Alerts holding the planner's own notes but no table.
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('指标 Indicators').addTable({
    name: 'Indicators',
    ref: 'A1',
    columns: [
      '编号 ID',
      '指标名称 Indicator',
      '属性 Kind',
      '目标年份 Target year',
      '目标值 Target',
    ].map((name) => ({ name })),
    rows: [['HZ02', '食品评价性抽检合格率', '约束性', 2025, '98.5%以上']],
  });
  wb.addWorksheet('实绩 Actuals').addTable({
    name: 'Actuals',
    ref: 'A1',
    columns: ['编号 ID', '期间 Period', '数值 Value'].map((name) => ({ name })),
    rows: [['HZ02', '2023', 97.9]],
  });
  wb.addWorksheet('预警 Alerts').getCell('B2').value = '局长办公会要点';
  await wb.xlsx.writeFile(path);
  stylesBefore = await partText(path, 'xl/styles.xml');
  notesSheetBefore = await partText(path, 'xl/worksheets/sheet3.xml');
  check = await checkWorkbookFile(path, { asOf: '2024-03-31' });
}, 60_000);

describe('a workbook without Alerts and Status tables', () => {
  it('gets both, on sheets of their own, the planner sheet of the same name left alone', async () => {
    expect(check.ok && check.written).toBe(true);
    const workbook = await partText(path, 'xl/workbook.xml');
    expect(workbook).toContain('name="预警 Alerts (2)"');
    expect(workbook).toContain('name="状态 Status"');
    const types = await partText(path, '[Content_Types].xml');
    expect(types.match(/spreadsheetml\.table\+xml/g)).toHaveLength(4);
    expect(await partText(path, 'xl/worksheets/sheet3.xml')).toBe(notesSheetBefore);
    expect(notesSheetBefore).toContain('<c r="B2" t="s">');
  });

  it('adds the status colours to the styles without changing a style already in use', async () => {
    const after = await partText(path, 'xl/styles.xml');
    // The existing cell formats come first and unchanged; anything added follows them.
    const xfs = (xml: string): string =>
      xml.slice(xml.indexOf('>', xml.indexOf('<cellXfs')) + 1, xml.indexOf('</cellXfs>'));
    expect(xfs(after).startsWith(xfs(stylesBefore))).toBe(true);
    expect(after).toMatch(/<dxfs count="\d+">[^]*FFC7CE/);
  });

  it('opens in openpyxl with the alert in the new Alerts table', () => {
    const [header, ...rows] = openpyxlTable(path, 'Alerts');
    expect(header?.slice(0, 2)).toEqual(['预警编号 Alert ID', '状态 State']);
    expect(rows.map((r) => r[5])).toContain('食品评价性抽检合格率');
    expect(openpyxlTable(path, 'Status')[1]?.[0]).toBe('HZ02');
  });

  it('converts in LibreOffice, the new sheets included', () => {
    const csvs = libreOfficeCsvs(path, dir);
    expect([...csvs.keys()].some((f) => f.includes('预警 Alerts (2)'))).toBe(true);
    const status = [...csvs].find(([f]) => f.includes('Status'))?.[1] ?? '';
    expect(status).toContain('食品评价性抽检合格率');
  });
});
