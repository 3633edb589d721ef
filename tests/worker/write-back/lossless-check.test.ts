import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  parseAlertState,
  parseSeverity,
  type EnumResult,
} from '../../../shared/parse/enum-values.ts';
import { readAlerts } from '../../../shared/rows/alerts.ts';
import { huzhouTemplate } from '../../../seeds/huzhou-template.ts';
import type { CheckJson } from '../../../worker/pipeline/check-json.ts';
import { readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import { libreOfficeCsvs, openpyxlTable } from '../../support/other-programs.ts';
import { runBin } from '../../support/run-bin.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { ADDIN_SETTING, partContents, writeRichWorkbook } from './rich-workbook.ts';

const dir = tempDir('lossless');
const path = join(dir, 'plan.xlsx');
/** Three nightly checks, a month apart, so the alert rows change between them. */
const CHECK_DATES = ['2025-01-31', '2025-02-28', '2025-03-31'];
/** The parts the worker owns in the fixture: the Alerts and Status sheets and their tables. */
const WORKER_PARTS = [
  'xl/worksheets/sheet5.xml',
  'xl/worksheets/sheet6.xml',
  'xl/tables/table6.xml',
  'xl/tables/table7.xml',
];

let original: Map<string, Buffer>;
let checked: Map<string, Buffer>;
let lastReport: CheckJson;

function part(parts: Map<string, Buffer>, name: string): string {
  const bytes = parts.get(name);
  if (!bytes) throw new Error(`no part ${name}`);
  return bytes.toString('utf8');
}

/** The text of the first element `<name …>…</name>` (or self-closing) in a part. */
function element(xml: string, name: string): string {
  const start = xml.indexOf(`<${name}`);
  if (start < 0) return '';
  const selfClose = xml.indexOf('/>', start);
  const open = xml.indexOf('>', start);
  if (selfClose >= 0 && selfClose < open) return xml.slice(start, selfClose + 2);
  const end = xml.indexOf(`</${name}>`, start);
  return xml.slice(start, end + name.length + 3);
}

beforeAll(async () => {
  await writeRichWorkbook(path, huzhouTemplate());
  original = await partContents(path);
  for (const date of CHECK_DATES) {
    const r = runBin(
      ['check', path, '--as-of', date, '--json', '--outbox', join(dir, 'outbox')],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    lastReport = JSON.parse(r.stdout) as CheckJson;
  }
  checked = await partContents(path);
}, 180_000);

describe('three nightly checks of a workbook full of things exceljs would drop', () => {
  it('are checks of the fixture the worker owns the sheets of', () => {
    expect(part(original, 'xl/tables/table6.xml')).toContain('name="Alerts"');
    expect(part(original, 'xl/tables/table7.xml')).toContain('name="Status"');
    expect(lastReport.workbooks[0]?.ok).toBe(true);
    expect(lastReport.workbooks[0]?.alerts.length).toBeGreaterThan(5);
  });

  it('leave every part but the Alerts and Status sheets and their tables byte for byte as it was', () => {
    expect([...checked.keys()].sort()).toEqual([...original.keys()].sort());
    const changed = [...original.keys()].filter(
      (name) => !original.get(name)?.equals(checked.get(name) ?? Buffer.alloc(0)),
    );
    expect(changed.sort()).toEqual([...WORKER_PARTS].sort());
    for (const kept of [
      'xl/charts/chart1.xml',
      'xl/media/image1.png',
      'xl/pivotCache/pivotCacheRecords1.xml',
      'xl/webextensions/webextension1.xml',
      'customXml/item1.xml',
      'xl/comments1.xml',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
      'xl/workbook.xml',
    ]) {
      expect(checked.get(kept)?.equals(original.get(kept) ?? Buffer.alloc(1)), kept).toBe(true);
    }
  });

  it("keep the Alerts sheet's columns, frozen header, status colours and Action dropdown", () => {
    const before = part(original, 'xl/worksheets/sheet5.xml');
    const after = part(checked, 'xl/worksheets/sheet5.xml');
    for (const name of [
      'cols',
      'sheetViews',
      'conditionalFormatting',
      'dataValidations',
      'tableParts',
    ]) {
      expect(element(before, name), name).not.toBe('');
      expect(element(after, name), name).toBe(element(before, name));
    }
    const rows = lastReport.workbooks[0]?.alerts.length ?? 0;
    expect(element(after, 'dimension')).toBe(`<dimension ref="A1:X${rows + 1}"/>`);
    expect(part(checked, 'xl/tables/table6.xml')).toContain(`ref="A1:X${rows + 1}"`);
  });

  it("keep the add-in's saved settings in its task-pane part", () => {
    const we = part(checked, 'xl/webextensions/webextension1.xml');
    const encoded = JSON.stringify(ADDIN_SETTING).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    expect(we).toContain(`name="kpiSentinel.settings" value="${encoded}"`);
  });

  it('leave a workbook exceljs loads, whose Alerts table reads back as the last check reported it', async () => {
    const read = await readWorkbookGrids(path);
    expect(read.ok).toBe(true);
    if (!read.ok || !read.grids.Alerts) return;
    const back = readAlerts(read.grids.Alerts);
    expect(back.problems).toEqual([]);
    const reported = lastReport.workbooks[0]?.alerts ?? [];
    expect(back.items.map((a) => [a.alertId, a.state, a.severity, a.rule, a.actual])).toEqual(
      reported.map((a) => [a.alertId, a.state, a.severity, a.rule, a.actual]),
    );
  });

  it('leave a workbook openpyxl loads, whose Alerts table holds the alert values', () => {
    const [header, ...rows] = openpyxlTable(path, 'Alerts');
    expect(header?.[0]).toBe('预警编号 Alert ID');
    const reported = lastReport.workbooks[0]?.alerts ?? [];
    const code = <T>(r: EnumResult<T>): T | null => (r.ok ? r.value : null);
    expect(
      rows.map((r) => [
        r[0],
        code(parseAlertState(r[1] ?? '')),
        code(parseSeverity(r[2] ?? '')),
        r[10],
      ]),
    ).toEqual(
      reported.map((a) => [
        a.alertId,
        a.state,
        a.severity,
        a.actual === null ? '' : String(a.actual),
      ]),
    );
  });

  it('leave a workbook LibreOffice converts, every alert on its Alerts sheet and the pivot source intact', () => {
    const csvs = libreOfficeCsvs(path, dir);
    const alerts = [...csvs].find(([name]) => name.includes('Alerts'))?.[1] ?? '';
    for (const a of lastReport.workbooks[0]?.alerts ?? []) expect(alerts).toContain(a.alertId);
    const pivot = [...csvs].find(([name]) => name.includes('PivotSource'))?.[1] ?? '';
    expect(pivot).toContain('吴兴区');
    expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
