import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ExcelGateway } from '../../../addin/excel/excel-gateway.ts';
import { PaneSession, type SessionDeps } from '../../../addin/session/pane-session.ts';
import { memoryStore } from '../../../addin/session/pane-store.ts';
import { alertEntries, entryKey, type AlertEntry } from '../../../addin/session/alert-entries.ts';
import { gapNotices } from '../../../addin/session/gap-notices.ts';
import { checkWorkbook } from '../../../shared/check/check-workbook.ts';
import { validateWorkbook } from '../../../shared/check/validate-workbook.ts';
import { buildEvaluationTable } from '../../../shared/report/evaluation-table.ts';
import { reportSheet } from '../../../shared/report/report-sheet.ts';
import { formatRange, parseRange } from '../../../shared/contract/cell-address.ts';
import { planLayout } from '../../../shared/contract/plan-layout.ts';
import { TEMPLATES } from '../../../seeds/templates.ts';
import { DEMO_AS_OF } from '../../../seeds/huzhou-demo-expectations.ts';
import { templateGrids } from '../../support/template-grids.ts';
import { FakeExcel } from '../fake-excel/fake-excel.ts';

type Fetch = SessionDeps['fetch'];

function fail(): never {
  throw new Error('no check');
}

const noFetch: Fetch = () => Promise.reject(new Error('no network in this test'));

/** A session over a fake workbook; `fetch` answers the worker's HTTP API. */
function session(fetch: Fetch = noFetch): { fake: FakeExcel; pane: PaneSession } {
  const fake = new FakeExcel();
  const pane = new PaneSession({
    gateway: new ExcelGateway(fake),
    workbook: 'plan.xlsx',
    prefs: memoryStore(),
    fetch,
    debounceMs: 5,
  });
  return { fake, pane };
}

/** A Huzhou plan checked as of the demo date. */
async function huzhou(fetch?: Fetch): Promise<{ fake: FakeExcel; pane: PaneSession }> {
  const s = session(fetch);
  await s.pane.start();
  await s.pane.newPlan('huzhou-14th-fyp');
  await s.pane.setAsOf(DEMO_AS_OF);
  return s;
}

/** The Alerts screen's entries of the live check. */
function entries(pane: PaneSession): AlertEntry[] {
  const check = pane.state.check;
  if (check === null) throw new Error('no check');
  return alertEntries(check).open;
}

/** The Alerts table's rows of an indicator × region, by rule. */
function alertRows(fake: FakeExcel, id: string, region: string): Record<string, unknown>[] {
  return fake.workbook
    .tableRows('Alerts')
    .filter((r) => r['指标编号 Indicator ID'] === id && r['地区 Region'] === region);
}

/** The Settings table's value of a key, as the workbook holds it. */
function settingValue(fake: FakeExcel, key: string): unknown {
  return fake.workbook.tableRows('Settings').find((r) => r['设置项 Key'] === key)?.['值 Value'];
}

/** `A7:H9` moved down by `rows`. */
function shiftedDown(address: string, rows: number): string {
  const r = parseRange(address) ?? fail();
  return formatRange({ ...r, top: r.top + rows, bottom: r.bottom + rows });
}

const waitFor = async (condition: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !condition(); i++) await sleep(10);
  expect(condition()).toBe(true);
};

describe('PaneSession', () => {
  it('starts on a workbook without a plan with every table missing and no check', async () => {
    const { pane } = session();
    await pane.start();
    expect(pane.hasPlan).toBe(false);
    expect(pane.state.check).toBeNull();
    expect(pane.state.loading).toBe(false);
  });

  it('checks a new Huzhou plan exactly as the core checks the template', async () => {
    const { pane } = await huzhou();
    const { model } = validateWorkbook(
      'plan.xlsx',
      templateGrids(TEMPLATES['huzhou-14th-fyp'](), 'plan.xlsx'),
    );
    const expected = checkWorkbook(model, DEMO_AS_OF).evaluation.statuses;
    expect(pane.state.check?.outcome.evaluation.statuses).toEqual(expected);
    expect(pane.state.check?.problems).toEqual([]);
  });

  it('refuses a second New plan and says which tables exist', async () => {
    const { fake, pane } = await huzhou();
    const sheets = fake.workbook.sheets.length;
    await pane.newPlan('blank');
    expect(pane.state.notice?.tone).toBe('warning');
    expect(pane.state.notice?.text.en).toContain('Indicators, Milestones, Actuals');
    expect(fake.workbook.sheets).toHaveLength(sheets);
  });

  it('re-evaluates on its own after a planner edits a watched table', async () => {
    const { fake, pane } = await huzhou();
    const before = pane.state.check;
    await fake.workbook.userWrite('分解 Milestones', 'A2', [['HZ99']]);
    await waitFor(() => pane.state.check !== before);
    expect(pane.state.check?.problems.map((p) => p.code)).toContain('check.unknown_indicator');
  });

  it('imports contract-format Actuals rows from the selection into the Actuals table', async () => {
    const { fake, pane } = await huzhou();
    await fake.workbook.userWrite('Sheet1', 'A1:E3', [
      ['编号', '地区', '期间', '度量', '数值'],
      ['HZ04', '', '2025-Q1', '', 12.1],
      ['HZ04', '', '2025-Q2', '', '十二'],
    ]);
    fake.workbook.selection = { sheet: 'Sheet1', range: { top: 1, left: 1, bottom: 3, right: 5 } };
    const before = fake.workbook.tableRows('Actuals').length;
    await pane.readSelection();
    const preview = pane.state.importPreview;
    expect(preview).toMatchObject({
      kind: 'contract',
      table: 'Actuals',
      rows: [
        { id: 'HZ04', value: 12.1 },
        { id: 'HZ04', value: '十二' },
      ],
    });
    expect(
      preview?.kind === 'contract' ? preview.problems.map((p) => [p.row, p.value]) : [],
    ).toEqual([[3, '十二']]);
    await pane.writeImport();
    expect(fake.workbook.tableRows('Actuals')).toHaveLength(before + 2);
    expect(pane.state.importPreview).toBeNull();
  });

  it('writes an evaluation table’s progress figures into Actuals with its Indicators rows, in the same syncs', async () => {
    /** Imports the mid-term table (with or without its progress column) into a blank plan. */
    const importTable = async (progress: boolean) => {
      const { fake, pane } = session();
      await pane.start();
      await pane.newPlan('blank');
      const table = [
        ['序号', '指标名称', '单位', '2020年', '2025年', '属性', '进展情况', '预期结果'],
        [1, '在册市场主体总量', '万户', 6.2, 8, '预期性', 7.1, '可按期完成'],
        [2, '企业开办时间', '个工作日', 3, '1个工作日内', '约束性', 1, '已完成'],
        [3, '食品安全抽检合格率', '%', 98, 98.5, '约束性', '进展顺利', '可按期完成'],
      ].map((r) => (progress ? r : [...r.slice(0, 6), r[7] ?? '']));
      const right = progress ? 'H' : 'G';
      await fake.workbook.userWrite('Sheet1', `A1:${right}4`, table);
      fake.workbook.selection = {
        sheet: 'Sheet1',
        range: { top: 1, left: 1, bottom: 4, right: progress ? 8 : 7 },
      };
      await pane.readSelection();
      await pane.answer(['progress.period=2023']);
      const preview = pane.state.importPreview;
      const { syncs } = await fake.countSyncs(() => pane.writeImport());
      return { fake, pane, preview, syncs };
    };

    const plain = await importTable(false);
    const { fake, pane, preview, syncs } = await importTable(true);
    expect(preview?.kind === 'plan' ? preview.plan.actuals.length : -1).toBe(2);
    const ids = (name: 'Indicators' | 'Actuals') =>
      fake.workbook.tableRows(name).map((r) => r['编号 ID']);
    expect(ids('Indicators')).toEqual(['ZB01', 'ZB02', 'ZB03']);
    expect(
      fake.workbook
        .tableRows('Actuals')
        .map((r) => [r['编号 ID'], r['地区 Region'], r['期间 Period'], r['数值 Value']]),
    ).toEqual([
      ['ZB01', '', '2023', 7.1],
      ['ZB02', '', '2023', 1],
    ]);
    // Without the progress column nothing goes into Actuals (only a new table's empty row).
    expect(plain.fake.workbook.tableRows('Actuals').map((r) => r['编号 ID'])).toEqual(['']);
    expect(pane.state.notice?.text.en).toBe(
      'Wrote 3 rows into Indicators and 2 into Actuals; see Validate for any problems',
    );
    expect(pane.state.importPreview).toBeNull();
    // 3 syncs to append both tables, 3 to re-read the workbook: as many as without Actuals.
    expect(syncs).toBe(6);
    expect(plain.syncs).toBe(syncs);
  });

  it('shows why an answer to the importer cannot be read instead of importing', async () => {
    const { fake, pane } = session();
    await pane.start();
    await pane.newPlan('blank');
    await fake.workbook.userWrite('Sheet1', 'A1:D3', [
      ['序号', '指标名称', '2020年', '2025年'],
      [1, '监督抽检不合格率（%）', 2.1, 1.5],
      [2, '万台特种设备事故率', 0.3, '低于0.36'],
    ]);
    fake.workbook.selection = { sheet: 'Sheet1', range: { top: 1, left: 1, bottom: 3, right: 4 } };
    await pane.readSelection(['2.direction']);
    expect(pane.state.importPreview?.kind).toBe('failed');
    await pane.answer(['1.direction=lower']);
    expect(pane.state.importPreview).toMatchObject({
      kind: 'plan',
      rows: [{ id: 'ZB01', direction: 'lower' }, { id: 'ZB02' }],
    });
  });

  it('marks problem cells on Validate and clears a mark once the cell is fixed', async () => {
    const { fake, pane } = await huzhou();
    await fake.workbook.userWrite('指标 Indicators', 'E2', [['硬性']]);
    await pane.validate();
    const sheet = fake.workbook.sheet('指标 Indicators');
    expect(sheet.cell(2, 5)?.fill).toBe('#FFC7CE');
    await fake.workbook.userWrite('指标 Indicators', 'E2', [['约束性']]);
    await waitFor(() => sheet.cell(2, 5)?.fill === null);
    expect(pane.state.check?.problems).toEqual([]);
  });

  it('refuses a silence without an end date and writes nothing', async () => {
    const { fake, pane } = await huzhou();
    await pane.handleEntry(entries(pane)[0]?.key ?? '', {
      action: 'silence',
      by: '李明',
      note: '',
      until: '',
    });
    expect(pane.state.notice?.tone).toBe('error');
    expect(fake.workbook.tableRows('Alerts')).toEqual([
      expect.objectContaining({ '预警编号 Alert ID': '' }),
    ]);
  });

  it('appends an alert not yet in the Alerts table with the acknowledgement, then edits it in place', async () => {
    const { fake, pane } = await huzhou();
    const alert = pane.state.check?.outcome.alerts.find((a) => a.status === 'breached');
    if (!alert) throw new Error('the demo has a breached alert');
    await pane.handleEntry(entryKey(alert), {
      action: 'acknowledge',
      by: '李明',
      note: '已约谈',
      until: '2025-06-30',
    });
    const row = (): Record<string, unknown> | undefined =>
      fake.workbook.tableRows('Alerts').find((r) => r['预警编号 Alert ID'] === alert.alertId);
    expect(row()).toMatchObject({
      '处置 Action': '确认',
      '确认人 Ack by': '李明',
      '确认说明 Ack note': '已约谈',
      '确认/静默至 Ack/silence until': '2025-06-30',
    });
    expect(pane.state.check?.outcome.alerts.find((a) => a.alertId === alert.alertId)?.state).toBe(
      'acknowledged',
    );
    await pane.handleEntry(entryKey(alert), {
      action: 'silence',
      by: '李明',
      note: '复查中',
      until: '2025/7/31',
    });
    expect(row()).toMatchObject({
      '处置 Action': '静默',
      '确认说明 Ack note': '复查中',
      '确认/静默至 Ack/silence until': '2025-07-31',
    });
    expect(
      fake.workbook.tableRows('Alerts').filter((r) => r['预警编号 Alert ID'] === alert.alertId),
    ).toHaveLength(1);
  });

  it('lists one entry per indicator × region, its rules worst first and its figures once', async () => {
    const { pane } = await huzhou();
    const all = entries(pane);
    const hz12 = all.find((e) => e.key === entryKey({ id: 'HZ12', region: '湖州市' }));
    expect(hz12?.rules.map((r) => [r.alert.rule, r.alert.status, r.alert.severity])).toEqual([
      ['pace', 'at_risk', 'critical'],
      ['forecast', 'forecast_miss', 'critical'],
    ]);
    // The figures shown once are the pace rule's (the forecast has no actual of its own).
    expect(hz12?.group.figures.rule).toBe('pace');
    expect(hz12?.group.figures.actual).not.toBeNull();
    // A warning-level pace and an info-level behind: the forecast comes first where it is worse.
    const hz19 = all.find((e) => e.key === entryKey({ id: 'HZ19', region: '湖州市' }));
    expect(hz19?.rules.map((r) => r.alert.status)).toEqual(['forecast_miss', 'behind']);
    // Every open alert is in exactly one entry; the Alerts table keeps one row per rule.
    const open = pane.state.check?.outcome.alerts.filter((a) => a.state !== 'resolved') ?? [];
    expect(all.flatMap((e) => e.rules.map((r) => r.alert.alertId)).sort()).toEqual(
      open.map((a) => a.alertId).sort(),
    );
    expect(new Set(all.map((e) => e.key)).size).toBe(all.length);
    expect(all.length).toBeLessThan(open.length);
    // Firing and critical first.
    expect(all[0]?.group.alerts[0]?.severity).toBe('critical');
  });

  it('acknowledges every rule of an entry in its own Alerts row, in as many syncs as a one-rule entry', async () => {
    const { fake, pane } = await huzhou();
    await pane.checkNow();
    const tableBefore = fake.workbook.tableRows('Alerts');
    const single = entries(pane).find((e) => e.rules.length === 1 && e.group.id === 'HZ13');
    if (!single) throw new Error('HZ13 has one rule');
    const one = await fake.countSyncs(() =>
      pane.handleEntry(single.key, { action: 'acknowledge', by: '王芳', note: '', until: '' }),
    );
    const both = await fake.countSyncs(() =>
      pane.handleEntry(entryKey({ id: 'HZ12', region: '湖州市' }), {
        action: 'acknowledge',
        by: '李明',
        note: '已督办',
        until: '2025-06-30',
      }),
    );
    // 3 syncs to write the rows' planner cells, 3 to re-read the workbook.
    expect(both.syncs).toBe(one.syncs);
    expect(both.syncs).toBe(6);
    const rows = alertRows(fake, 'HZ12', '湖州市');
    expect(rows.map((r) => String(r['规则 Rule']))).toHaveLength(2);
    for (const row of rows)
      expect(row).toMatchObject({
        '处置 Action': '确认',
        '确认人 Ack by': '李明',
        '确认说明 Ack note': '已督办',
        '确认/静默至 Ack/silence until': '2025-06-30',
      });
    expect(fake.workbook.tableRows('Alerts')).toHaveLength(tableBefore.length);
    const hz12 = entries(pane).find((e) => e.group.id === 'HZ12');
    expect(hz12?.rules.map((r) => r.alert.state)).toEqual(['acknowledged', 'acknowledged']);
    expect(pane.state.notice?.text.zh).toBe(
      `已确认：${hz12?.group.figures.indicator ?? ''}（湖州市）`,
    );
    // Nothing else was touched: HZ21 (two rules too) has no planner entry.
    for (const row of alertRows(fake, 'HZ21', '湖州市')) expect(row['处置 Action']).toBe('');
  });

  it('silences an entry whose rules are not in the Alerts table yet by appending one row per rule', async () => {
    const { fake, pane } = await huzhou();
    const { syncs } = await fake.countSyncs(() =>
      pane.handleEntry(entryKey({ id: 'HZ21', region: '湖州市' }), {
        action: 'silence',
        by: '李明',
        note: '年底前补齐',
        until: '2025-12-31',
      }),
    );
    const rows = alertRows(fake, 'HZ21', '湖州市');
    expect(rows.map((r) => [r['处置 Action'], r['确认/静默至 Ack/silence until']])).toEqual([
      ['静默', '2025-12-31'],
      ['静默', '2025-12-31'],
    ]);
    // One append for both rows (3 syncs) and the re-read (3 syncs).
    expect(syncs).toBe(6);
    expect(
      entries(pane)
        .find((e) => e.group.id === 'HZ21')
        ?.rules.map((r) => r.alert.state),
    ).toEqual(['silenced', 'silenced']);
  });

  it('lists reporting gaps as data-completeness notices, apart from the problems, each leading to its indicator', async () => {
    const { fake, pane } = await huzhou();
    expect(gapNotices(pane.state.check ?? fail())).toEqual([]);
    // HZ01's 2021 and 2022 figures move to another region: 湖州市 now has 2020, 2023, 2024.
    expect(fake.workbook.values('实绩 Actuals', 'A4:C5')).toEqual([
      ['HZ01', '湖州市', '2021'],
      ['HZ01', '湖州市', '2022'],
    ]);
    await fake.workbook.userWrite('实绩 Actuals', 'B4:B5', [['吴兴区'], ['吴兴区']]);
    await waitFor(() =>
      (pane.state.check?.outcome.evaluation.statuses ?? []).some((s) => s.gaps.length > 0),
    );
    const check = pane.state.check ?? fail();
    const notices = gapNotices(check);
    expect(notices.map((n) => [n.id, n.region, n.periods])).toEqual([
      ['HZ01', '湖州市', ['2021', '2022']],
    ]);
    expect(notices[0]?.message.zh).toBe('在册市场主体总量（湖州市）：2021、2022 未报送');
    expect(notices[0]?.message.en).toBe('在册市场主体总量 (湖州市): no figure for 2021, 2022');
    // Not a problem, and not an alert.
    expect(check.problems).toEqual([]);
    expect(
      check.outcome.alerts.filter(
        (a) => a.id === 'HZ01' && a.region === '湖州市' && a.rule === 'missing',
      ),
    ).toEqual([]);
    const target = notices[0]?.target ?? null;
    expect(target).toEqual({ sheet: '指标 Indicators', address: 'C2' });
    await pane.showCell(target);
    expect(fake.workbook.selection).toEqual({
      sheet: '指标 Indicators',
      range: { top: 2, left: 3, bottom: 2, right: 3 },
    });
  });

  it('writes Alerts and Status the way the worker does when no worker is configured', async () => {
    const { fake, pane } = await huzhou();
    await pane.checkNow();
    const check = pane.state.check;
    expect(fake.workbook.tableRows('Status')).toHaveLength(
      check?.outcome.evaluation.statuses.length ?? -1,
    );
    expect(fake.workbook.tableRows('Alerts')).toHaveLength(check?.outcome.alerts.length ?? -1);
    expect(fake.workbook.tableRows('Status')[0]).toMatchObject({
      '编号 ID': 'HZ01',
      '检查日期 Checked at': DEMO_AS_OF,
    });
  });

  it('keeps a column a planner added to the Alerts table, each cell with its alert, after the planner sorted the table', async () => {
    const { fake, pane } = await huzhou();
    await pane.checkNow();
    const table = fake.workbook.table('Alerts');
    if (!table) throw new Error('no Alerts table');
    const { sheet, range } = table;
    const right = range.right + 1;
    fake.workbook.write(sheet, range.top, right, '督办单号 Ticket');
    table.range = { ...range, right };
    // The planner sorts the table upside down and types a ticket into each row.
    const rows = Array.from({ length: range.bottom - range.top }, (_, i) =>
      Array.from(
        { length: right - range.left },
        (_, j) => sheet.cell(range.top + 1 + i, range.left + j)?.value ?? '',
      ),
    ).reverse();
    rows.forEach((cells, i) => {
      const r = range.top + 1 + i;
      cells.forEach((v, j) => fake.workbook.write(sheet, r, range.left + j, v === '' ? null : v));
      fake.workbook.write(sheet, r, right, `T-${String(cells[0])}`);
    });
    await pane.checkNow();
    const after = fake.workbook.tableRows('Alerts');
    expect(after).toHaveLength(rows.length);
    for (const row of after)
      expect(row['督办单号 Ticket']).toBe(`T-${String(row['预警编号 Alert ID'])}`);
  });

  it('does not check, nor write Alerts and Status, when a required Indicators column cannot be read', async () => {
    const { fake, pane } = await huzhou();
    await pane.checkNow();
    const alerts = fake.workbook.tableRows('Alerts');
    const status = fake.workbook.tableRows('Status');
    const indicators = fake.workbook.table('Indicators');
    if (!indicators) throw new Error('no Indicators table');
    const { sheet, range } = indicators;
    expect(sheet.cell(range.top, range.left)?.value).toBe('编号 ID');
    fake.workbook.write(sheet, range.top, range.left, '编码 ID');
    await pane.checkNow();
    expect(pane.state.notice?.tone).toBe('error');
    expect(pane.state.notice?.problems?.[0]?.message.zh).toBe(
      'plan.xlsx：指标表缺少必填列"编号 ID"，本次未检查',
    );
    expect(fake.workbook.tableRows('Alerts')).toEqual(alerts);
    expect(fake.workbook.tableRows('Status')).toEqual(status);
  });

  it('asks the worker to run with the bearer token, and says so when the token is refused or the worker is down', async () => {
    const calls: { url: string; auth: string | undefined }[] = [];
    let status = 202;
    const fetch: Fetch = (url, init) => {
      calls.push({ url, auth: init.headers.Authorization });
      if (status === 0) return Promise.reject(new Error('connect ECONNREFUSED'));
      const body = JSON.stringify(
        status < 300 ? { runId: 'run-1' } : { error: '令牌错误 / wrong token' },
      );
      return Promise.resolve({ status, ok: status < 300, text: () => Promise.resolve(body) });
    };
    const { fake, pane } = await huzhou(fetch);
    pane.saveWorker({ url: 'https://kpi.example.gov.cn:8787/', token: 'tok' });
    await pane.checkNow();
    expect(calls).toEqual([{ url: 'https://kpi.example.gov.cn:8787/runs', auth: 'Bearer tok' }]);
    expect(pane.state.notice?.text.en).toContain('run-1');
    expect(fake.workbook.tableRows('Status')).toHaveLength(1);
    status = 401;
    await pane.checkNow();
    expect(pane.state.notice).toMatchObject({
      tone: 'error',
      text: { en: expect.stringContaining('refused the token') as unknown },
    });
    status = 0;
    await pane.checkNow();
    expect(pane.state.notice?.text.en).toContain('ECONNREFUSED');
  });

  it('exports the evaluation table of the live check to a new sheet 评估表 <date>, as the CLI lays it out', async () => {
    const { fake, pane } = await huzhou();
    const check = pane.state.check;
    if (check === null) throw new Error('no check');
    await pane.exportEvaluation();
    expect(pane.state.notice?.tone).toBe('success');
    expect(pane.state.notice?.text.zh).toContain('评估表 2025-03-31');
    const layout = reportSheet(
      buildEvaluationTable({
        model: check.model,
        evaluation: check.outcome.evaluation,
        kind: 'midterm',
      }),
    );
    const names = fake.workbook
      .values('评估表 2025-03-31', `B1:B${layout.rows.length}`)
      .map((r) => r[0]);
    expect(names).toEqual(layout.rows.map((r) => r.cells[1] ?? ''));
    expect(names).toContain('万台特种设备事故率（起/万台）');
  });

  it('saves settings only when the Settings reader accepts them', async () => {
    const { fake, pane } = await huzhou();
    const value = (key: string): unknown => settingValue(fake, key);
    await pane.saveSettings({ 'plan.timezone': 'Mars/Olympus' });
    expect(pane.state.notice?.tone).toBe('error');
    expect(value('plan.timezone')).toBe('Asia/Shanghai');
    await pane.saveSettings({ 'plan.timezone': 'Asia/Urumqi', 'digest.mode': 'on-change' });
    expect([value('plan.timezone'), value('digest.mode')]).toEqual(['Asia/Urumqi', 'on-change']);
    expect(pane.state.check?.model.settings.digestMode).toBe('on-change');
  });

  it('saves the reminder settings and the due-period calendar only when the Settings reader accepts them', async () => {
    const { fake, pane } = await huzhou();
    const value = (key: string): unknown => settingValue(fake, key);
    const before = fake.workbook.tableRows('Settings');
    await pane.saveSettings({ 'remind.beforeDays': '三天' });
    expect(pane.state.notice?.tone).toBe('error');
    expect(pane.state.notice?.problems?.map((p) => p.value)).toEqual(['三天']);
    expect(fake.workbook.tableRows('Settings')).toEqual(before);
    const { syncs } = await fake.countSyncs(() =>
      pane.saveSettings({
        'due.calendar': 'workdays',
        'remind.beforeDays': '5',
        'remind.repeatDays': '2',
      }),
    );
    expect([value('due.calendar'), value('remind.beforeDays'), value('remind.repeatDays')]).toEqual(
      ['workdays', 5, 2],
    );
    expect(pane.state.check?.model.settings).toMatchObject({
      dueCalendar: 'workdays',
      remindBeforeDays: 5,
      remindRepeatDays: 2,
    });
    // The template has a row for each (written in place): 3 syncs to write, 3 to re-read.
    expect(syncs).toBe(6);
  });

  it('adds the reminder settings to a workbook made before they existed, moving the Recipients table below down whole', async () => {
    // An older plan: Settings without the remind.* and due.calendar rows, Recipients right below.
    const template = TEMPLATES['huzhou-14th-fyp']();
    const older = planLayout({
      ...template,
      settings: template.settings.filter(
        (r) => !/^(remind\.|due\.calendar$)/.test(String(r.key ?? '')),
      ),
    });
    const settingsBottom =
      1 + (older.find((t) => t.spec.name === 'Settings')?.rows.length ?? fail());
    const layout = older.map((t) =>
      t.spec.name === 'Recipients' ? { ...t, top: settingsBottom + 1 } : t,
    );
    const { fake, pane } = session();
    expect((await new ExcelGateway(fake).createPlan(layout)).ok).toBe(true);
    await pane.start();
    await pane.setAsOf(DEMO_AS_OF);
    const value = (key: string): unknown => settingValue(fake, key);
    expect(value('remind.beforeDays')).toBeUndefined();
    const settingsBefore = fake.workbook.tableRows('Settings');
    const recipients = fake.workbook.tableRows('Recipients');
    const recipientsAt = fake.workbook.tableAddress('Recipients');
    const { syncs } = await fake.countSyncs(() =>
      pane.saveSettings({
        'due.calendar': 'workdays',
        'remind.beforeDays': '5',
        'remind.repeatDays': '2',
      }),
    );
    expect(pane.state.notice?.tone).toBe('success');
    expect([value('due.calendar'), value('remind.beforeDays'), value('remind.repeatDays')]).toEqual(
      ['workdays', 5, 2],
    );
    // The older rows stay first, in order; the three new ones follow.
    const settingsAfter = fake.workbook.tableRows('Settings');
    expect(settingsAfter.slice(0, settingsBefore.length)).toEqual(settingsBefore);
    expect(settingsAfter).toHaveLength(settingsBefore.length + 3);
    expect(fake.workbook.tableRows('Recipients')).toEqual(recipients);
    expect(fake.workbook.tableAddress('Recipients')).toBe(shiftedDown(recipientsAt, 3));
    expect(pane.state.check?.model.settings).toMatchObject({
      dueCalendar: 'workdays',
      remindBeforeDays: 5,
      remindRepeatDays: 2,
    });
    // The rows are added in the same batch as any append: 3 syncs, then 3 to re-read.
    expect(syncs).toBe(6);
  });

  it('saves a reminder recipient on a robot channel with its mobiles, and refuses what the Recipients reader refuses', async () => {
    const { fake, pane } = await huzhou();
    const before = fake.workbook.tableRows('Recipients');
    const unit = {
      name: '食品抽检处',
      scope: '责任单位:食品抽检处',
      purpose: '催报 reminder',
      channel: 'dingtalk:food',
      mobile: '13800001111, 13900002222',
    };
    for (const [bad, value] of [
      [{ channel: 'qq:food' }, 'qq:food'],
      [{ mobile: '12345' }, '12345'],
      [{ purpose: '通知' }, '通知'],
      [{ channel: 'email' }, ''],
    ] as const) {
      await pane.saveRecipients([{ ...unit, ...bad }]);
      expect(pane.state.notice?.tone).toBe('error');
      expect(pane.state.notice?.problems?.map((p) => p.value)).toEqual([value]);
      expect(fake.workbook.tableRows('Recipients')).toEqual(before);
    }
    const { syncs } = await fake.countSyncs(() => pane.saveRecipients([unit]));
    expect(fake.workbook.tableRows('Recipients')).toEqual([
      expect.objectContaining({
        '姓名 Name': '食品抽检处',
        '邮箱 Email': '',
        '范围 Scope': '责任单位:食品抽检处',
        '用途 Purpose': '催报 reminder',
        '渠道 Channel': 'dingtalk:food',
        '手机 Mobile': '13800001111, 13900002222',
      }),
    ]);
    expect(pane.state.check?.model.recipients).toMatchObject([
      { purpose: 'reminder', channel: 'dingtalk:food', mobiles: ['13800001111', '13900002222'] },
    ]);
    // 3 syncs to replace the table, 3 to re-read: as for any recipients.
    expect(syncs).toBe(6);
  });

  it('replaces the recipients only when every address is valid', async () => {
    const { fake, pane } = await huzhou();
    const before = fake.workbook.tableRows('Recipients');
    await pane.saveRecipients([{ name: '张三', email: 'not-an-address' }]);
    expect(pane.state.notice?.problems?.[0]?.value).toBe('not-an-address');
    expect(fake.workbook.tableRows('Recipients')).toEqual(before);
    await pane.saveRecipients([
      { name: '张三', email: 'zhang@example.gov.cn', minSeverity: '红 critical' },
      {},
    ]);
    expect(fake.workbook.tableRows('Recipients')).toEqual([
      {
        '姓名 Name': '张三',
        '邮箱 Email': 'zhang@example.gov.cn',
        '范围 Scope': '',
        '最低级别 Min severity': '红 critical',
        '语言 Language': '',
        '用途 Purpose': '',
        '渠道 Channel': '',
        '手机 Mobile': '',
      },
    ]);
  });
});
