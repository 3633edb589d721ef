/**
 * The task pane end to end in real Chromium, driven as a planner would: a new plan, the
 * plan's settings, a pasted plan table imported with its questions, a validation error
 * fixed in the sheet, actuals typed in, a red indicator, its alert acknowledged, "check
 * now" against a worker — each step asserted on the in-memory workbook behind the fake
 * Excel, and each screen saved as a screenshot under test-artifacts/addin/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/run-bin.ts';
import { tempDir } from '../../support/temp-dir.ts';
import type { TestApi } from '../host/office-host.ts';
import { openPane, startHarness, type Harness } from './pane-harness.ts';

declare global {
  /** The test host's handle on the in-memory workbook (tests/addin/host/office-host.ts). */
  var __kpiTest: TestApi;
}

const SHOTS = join(REPO_ROOT, 'test-artifacts', 'addin');
const INDICATORS_SHEET = '指标 Indicators';

/** A county plan's indicator table as pasted from the plan document (two questions: △ and 不合格率). */
const PASTED_PLAN = [
  ['表1 清溪县市场监管“十四五”规划主要指标', '', '', '', '', ''],
  ['序号', '类别', '指标名称', '2020年', '2025年', '属性'],
  [1, '营商环境', '在册市场主体总量（万户）*', 4.4, 5.7, '预期性'],
  [2, '', '企业开办时间（个工作日）', 3, '1个工作日内', '约束性'],
  [3, '质量提升', '食品评价性抽检合格率（%）△', 98.6, '98.5%以上', '约束性'],
  [4, '', '监督抽检不合格率（%）', 2.1, 1.5, '预期性'],
  [5, '市场安全', '万台特种设备事故率', 0.3, '低于0.36', '约束性'],
  ['注：带*指标为累加值。', '', '', '', '', ''],
];

/** A mid-term evaluation table: its 2023 figures go into Actuals with the indicators. */
const MID_TERM = [
  ['序号', '指标名称', '单位', '2020年', '2025年', '属性', '2023年完成情况'],
  [1, '在册市场主体总量', '万户', 4.4, 5.7, '预期性', 5.2],
  [2, '企业开办时间', '个工作日', 3, '1个工作日内', '约束性', 1],
];

/** Unset when beforeAll failed before starting it; afterAll then has nothing to close. */
let h: Harness | undefined;
let page: Page;
let errors: string[];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function tab(name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** The Settings table's values of these keys, as the workbook holds them. */
async function settingValues(...keys: string[]): Promise<unknown[]> {
  const rows = await page.evaluate(() => __kpiTest.rows('Settings'));
  return keys.map((key) => rows.find((r) => r['设置项 Key'] === key)?.['值 Value']);
}

async function notice(text: string | RegExp): Promise<void> {
  await page.getByTestId('notice').filter({ hasText: text }).waitFor();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const started = await startHarness(join(tempDir('addin-e2e'), 'dist'));
  h = started;
  ({ page, errors } = await openPane(started));
}, 180_000);

afterAll(async () => {
  // beforeAll may have failed before the harness started.
  if (h !== undefined) await h.close();
});

describe('the task pane, as a planner uses it', { timeout: 60_000 }, () => {
  it('opens on New plan in Chinese when the workbook has no plan', async () => {
    await page.getByRole('button', { name: '创建规划表格' }).waitFor();
    await expect
      .poll(() => page.getByRole('tab', { name: '新建' }).getAttribute('aria-selected'))
      .toBe('true');
    await shot('01-no-plan');
  });

  it('creates the contract tables of a blank plan in the open workbook', async () => {
    await page.getByRole('button', { name: '创建规划表格' }).click();
    await notice('已创建工作表');
    const tables = await page.evaluate(() => __kpiTest.tables());
    expect(tables.map((t) => t.name)).toEqual([
      'Indicators',
      'Milestones',
      'Actuals',
      'Settings',
      'Recipients',
      'Alerts',
      'Status',
    ]);
    expect(tables.find((t) => t.name === 'Recipients')).toMatchObject({
      sheet: '设置 Settings',
      address: 'A20:H21',
    });
    await shot('02-new-plan');
  });

  it('saves the plan settings and a recipient into the Settings and Recipients tables', async () => {
    await tab('设置');
    await page.locator('[data-setting="plan.name"]').fill('清溪县市场监管“十四五”规划');
    await page.locator('[data-setting="plan.region"]').fill('清溪县');
    // The schedule lives in the worker's configuration: the screen has no control for it.
    expect(await page.locator('[data-setting="schedule.cron"]').count()).toBe(0);
    await page.getByRole('button', { name: '保存设置' }).click();
    await notice('设置已保存');
    await page.getByRole('button', { name: '添加收件人' }).click();
    const recipient = page.locator('[data-recipient="0"]');
    await recipient.locator('[data-field="name"]').fill('王局长');
    await recipient.locator('[data-field="email"]').fill('wang@qingxi.example.gov.cn');
    await page.getByRole('button', { name: '保存收件人' }).click();
    await notice('已保存 1 位收件人');
    expect(await settingValues('plan.name', 'plan.region', 'schedule.cron')).toEqual([
      '清溪县市场监管“十四五”规划',
      '清溪县',
      undefined,
    ]);
    expect(await page.evaluate(() => __kpiTest.rows('Recipients'))).toEqual([
      {
        '姓名 Name': '王局长',
        '邮箱 Email': 'wang@qingxi.example.gov.cn',
        '范围 Scope': '',
        '最低级别 Min severity': '',
        '语言 Language': '',
        '用途 Purpose': '',
        '渠道 Channel': '',
        '手机 Mobile': '',
      },
    ]);
    await shot('03-settings');
  });

  it('refuses a time zone that is not one, naming the bad value', async () => {
    await page.locator('[data-setting="plan.timezone"]').fill('Mars/Olympus');
    await page.getByRole('button', { name: '保存设置' }).click();
    await notice('未保存');
    expect(await page.getByTestId('notice').textContent()).toContain('Mars/Olympus');
    expect(await settingValues('plan.timezone')).toEqual(['Asia/Shanghai']);
    await page.getByRole('button', { name: '关闭' }).click();
  });

  it('imports a pasted plan table: preview, questions answered with their controls, then the Indicators rows', async () => {
    await page.evaluate((rows) => __kpiTest.type('Sheet1', 'A1:F8', rows), PASTED_PLAN);
    await page.evaluate(() => __kpiTest.select('Sheet1', 'A1:F8'));
    await tab('导入');
    await page.getByRole('button', { name: '读取选区' }).click();
    await page.getByText('按规划指标表读取').waitFor();
    const questions = page.getByTestId('import-questions');
    // Two questions: what △ means (a dropdown) and the direction of 序号 4 (radio buttons).
    await expect.poll(() => questions.getByRole('radiogroup').count()).toBe(1);
    expect(await questions.getByRole('combobox').count()).toBe(1);
    expect(await questions.textContent()).toContain('监督抽检不合格率');
    await shot('04-import-preview');
    await questions.getByRole('combobox').click();
    await page.getByRole('option', { name: /仅作说明/ }).click();
    await questions.getByRole('radio', { name: /越低越好/ }).check();
    await shot('04b-import-answered');
    await page.getByRole('button', { name: '应用答复' }).click();
    await page.getByText('没有待确认的问题').waitFor();
    await page.getByRole('button', { name: '写入 Indicators 表（5 行）' }).click();
    await notice('已写入 Indicators 表 5 行');
    const rows = await page.evaluate(() => __kpiTest.rows('Indicators'));
    expect(rows.map((r) => r['编号 ID'])).toEqual(['ZB01', 'ZB02', 'ZB03', 'ZB04', 'ZB05']);
    expect(rows.map((r) => r['方向 Direction'])).toEqual([
      'higher',
      'lower',
      'higher',
      'lower',
      'lower',
    ]);
    expect(rows[0]?.['统计方式 Aggregation']).toBe('cumulative');
  });

  it('lists a direction typed wrong as an error, selects and marks its cell, and clears the mark once fixed in the sheet', async () => {
    await page.evaluate((s) => __kpiTest.type(s, 'G5', [['越少越好']]), INDICATORS_SHEET);
    await tab('校验');
    await page.getByRole('button', { name: '校验并标出问题单元格' }).click();
    const problem = page.locator(`[data-cell="${INDICATORS_SHEET}!G5"]`);
    await problem.waitFor();
    expect(await page.evaluate((s) => __kpiTest.cell(s, 'G5').fill, INDICATORS_SHEET)).toBe(
      '#FFC7CE',
    );
    await shot('05-validate');
    await problem.click();
    await expect
      .poll(() => page.evaluate(() => __kpiTest.selection()))
      .toEqual({ sheet: INDICATORS_SHEET, range: { top: 5, left: 7, bottom: 5, right: 7 } });

    await page.evaluate((s) => __kpiTest.type(s, 'G5', [['越低越好']]), INDICATORS_SHEET);
    await page.getByTestId('validate-clean').waitFor();
    expect(await page.evaluate((s) => __kpiTest.cell(s, 'G5'), INDICATORS_SHEET)).toMatchObject({
      value: '越低越好',
      fill: null,
    });
    await shot('06-validate-fixed');
  });

  it('re-evaluates as actuals are typed and shows the breached indicator in red with its chart', async () => {
    await page.evaluate(() =>
      __kpiTest.type('实绩 Actuals', 'A2:E6', [
        ['ZB05', '', '2023', '', 0.31],
        ['ZB05', '', '2024', '', 0.41],
        ['ZB01', '', '2024', '', 4.6],
        ['ZB03', '', '2024', '', 98.9],
        ['ZB01', '', '2023', '', 4.5],
      ]),
    );
    await tab('状态');
    await page.getByTestId('as-of').fill('2025-03-31');
    const red = page.locator('[data-testid=status-list] button[data-id="ZB05"]');
    await expect.poll(() => red.getAttribute('data-status')).toBe('breached');
    expect(await red.getAttribute('data-light')).toBe('red');
    await expect
      .poll(() =>
        page
          .locator('[data-testid=status-list] button[data-id="ZB01"]')
          .getAttribute('data-status'),
      )
      .toBe('at_risk');
    await red.click();
    await page.getByTestId('trend-chart').waitFor();
    await shot('07-status');

    await page.getByTestId('status-filter').selectOption('breached');
    await expect.poll(() => page.locator('[data-testid=status-list] button').count()).toBe(1);
    await shot('08-status-filtered');
    await page.getByTestId('status-filter').selectOption('');
  });

  it('shows each figure’s due date and the reporting gaps on Status, and lists the gaps on Validate apart from the problems, each leading to its indicator', async () => {
    const gapsOf = page.locator('[data-testid=status-list] button[data-id="ZB05"]');
    expect(await gapsOf.getByTestId('status-gaps').textContent()).toBe('缺报期间：2021、2022');
    // Each row names the figure it waits for and its due date; an overdue one, how late.
    expect(await gapsOf.getByTestId('status-due').textContent()).toBe(
      '待报 2025：应于 2026-01-30 前报送',
    );
    const late = page.locator('[data-testid=status-list] button[data-id="ZB02"]');
    expect(await late.getByTestId('status-due').textContent()).toBe(
      '逾期 2024：应于 2025-01-30 前报送，已逾期 60 天',
    );
    await tab('校验');
    await page.getByTestId('validate-clean').waitFor();
    const notice = page.locator('[data-gap="ZB05"]');
    expect(await notice.textContent()).toBe('万台特种设备事故率（清溪县）：2021、2022 未报送');
    await shot('08c-validate-gaps');
    await notice.click();
    await expect
      .poll(() => page.evaluate(() => __kpiTest.selection()))
      .toEqual({ sheet: INDICATORS_SHEET, range: { top: 6, left: 3, bottom: 6, right: 3 } });
  });

  it('writes Alerts and Status like the nightly check when no worker is configured', async () => {
    await page.getByRole('button', { name: '立即检查' }).click();
    await notice('已检查（截至 2025-03-31）');
    const alerts = await page.evaluate(() => __kpiTest.rows('Alerts'));
    const line = alerts.find(
      (a) => a['指标编号 Indicator ID'] === 'ZB05' && String(a['规则 Rule']).includes('line'),
    );
    expect(line).toMatchObject({
      '状态 State': '预警中 firing',
      '级别 Severity': '红 critical',
      '地区 Region': '清溪县',
      '实际值 Actual': 0.41,
    });
    const status = await page.evaluate(() => __kpiTest.rows('Status'));
    expect(status.find((s) => s['编号 ID'] === 'ZB05')?.['状态 Status']).toBe('越线 breached');
  });

  it('exports the evaluation table from the Status screen to a new sheet 评估表 <date>', async () => {
    await tab('状态');
    await page.getByTestId('export-evaluation').click();
    await notice('评估表已写入新工作表');
    const sheet = '评估表 2025-03-31';
    const title = await page.evaluate((s) => __kpiTest.cell(s, 'A1'), sheet);
    expect(String(title.value)).toContain('中期评估主要指标进展情况');
    const heading = await page.evaluate((s) => __kpiTest.cell(s, 'H5'), sheet);
    expect(heading.value).toBe('预期结果');
    await shot('08b-evaluation-exported');
  });

  it('acknowledges the red indicator’s alert with a note and an expiry, in the planner columns', async () => {
    await tab('预警');
    const card = page.locator('[data-entry][data-indicator="ZB05"]');
    await card.getByRole('button', { name: '确认或静默…' }).click();
    await card.getByLabel('确认人').fill('李明');
    await card.getByLabel('说明').fill('已约谈设备使用单位，6月底前复查');
    await card.getByLabel('有效至').fill('2025-06-30');
    await card.getByRole('button', { name: '确认' }).click();
    await notice('已确认：万台特种设备事故率（清溪县）');
    const alerts = await page.evaluate(() => __kpiTest.rows('Alerts'));
    const acked = alerts.find(
      (a) => a['指标编号 Indicator ID'] === 'ZB05' && String(a['规则 Rule']).includes('line'),
    );
    expect(acked).toMatchObject({
      '处置 Action': '确认',
      '确认人 Ack by': '李明',
      '确认说明 Ack note': '已约谈设备使用单位，6月底前复查',
      '确认/静默至 Ack/silence until': '2025-06-30',
    });
    await card.locator('[data-rule="line"][data-state="acknowledged"]').waitFor();
    await shot('09-alerts');
  });

  it('shows an indicator behind pace and forecast to miss as one entry, and silences both of its rows at once', async () => {
    const card = page.locator('[data-entry][data-indicator="ZB01"]');
    expect(await card.count()).toBe(1);
    expect(await card.getByTestId('entry-statuses').textContent()).toBe('严重滞后 · 预计难以完成');
    const rules = async (): Promise<(string | null)[][]> =>
      Promise.all(
        (await card.locator('[data-rule]').all()).map(async (rule) => [
          await rule.getAttribute('data-rule'),
          await rule.getAttribute('data-state'),
        ]),
      );
    expect(await rules()).toEqual([
      ['pace', 'firing'],
      ['forecast', 'firing'],
    ]);
    // The figures once, for the entry.
    expect(await card.getByTestId('entry-figures').count()).toBe(1);
    expect(await card.getByTestId('entry-figures').textContent()).toContain('实际 4.6');
    await card.getByRole('button', { name: '确认或静默…' }).click();
    await card.getByText('将同时处理本项的 2 条预警').waitFor();
    await card.getByLabel('确认人').fill('李明');
    await card.getByLabel('有效至').fill('2025-12-31');
    await card.getByRole('button', { name: '静默' }).click();
    await notice('已静默');
    const rows = (await page.evaluate(() => __kpiTest.rows('Alerts'))).filter(
      (a) => a['指标编号 Indicator ID'] === 'ZB01',
    );
    expect(rows.map((a) => [a['处置 Action'], a['确认/静默至 Ack/silence until']])).toEqual([
      ['静默', '2025-12-31'],
      ['静默', '2025-12-31'],
    ]);
    await expect.poll(rules).toEqual([
      ['pace', 'silenced'],
      ['forecast', 'silenced'],
    ]);
    await shot('09b-alerts-entry');
  });

  it('asks the worker to run with its bearer token once a URL and token are set', async () => {
    const calls: { auth: string | undefined; body: string | null }[] = [];
    await page.route('http://worker.test:8787/runs', async (route) => {
      const request = route.request();
      if (request.method() === 'POST')
        calls.push({ auth: request.headers()['authorization'], body: request.postData() });
      await route.fulfill({
        status: request.method() === 'POST' ? 202 : 204,
        headers: {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'Authorization, Content-Type',
          'access-control-allow-methods': 'POST, OPTIONS',
        },
        contentType: 'application/json',
        body:
          request.method() === 'POST'
            ? JSON.stringify({ runId: 'run-20250331-0700', asOf: '2025-03-31' })
            : '',
      });
    });
    await tab('设置');
    await page.locator('[data-field="worker-url"]').fill('http://worker.test:8787/');
    await page.locator('[data-field="worker-token"]').fill('s3cret-token');
    await page.getByRole('button', { name: '保存后台服务设置' }).click();
    await page.getByRole('button', { name: '立即检查' }).click();
    await notice('后台检查已开始（run-20250331-0700）');
    expect(calls).toEqual([
      { auth: 'Bearer s3cret-token', body: JSON.stringify({ asOf: '2025-03-31' }) },
    ]);
    await shot('10-worker-run');
  });

  it('imports a mid-term evaluation table: the preview counts its Actuals rows, one click writes both tables', async () => {
    await page.evaluate((rows) => __kpiTest.type('Sheet1', 'A12:G14', rows), MID_TERM);
    await page.evaluate(() => __kpiTest.select('Sheet1', 'A12:G14'));
    await tab('导入');
    await page.getByRole('button', { name: '读取选区' }).click();
    await page
      .getByTestId('import-actuals')
      .filter({ hasText: '进展列“2023年完成情况”：将写入 Actuals 表 2 行（期间 2023）' })
      .waitFor();
    await shot('10b-import-evaluation');
    await page
      .getByRole('button', { name: '写入 Indicators 表（2 行）和 Actuals 表（2 行）' })
      .click();
    await notice('已写入 Indicators 表 2 行、Actuals 表 2 行');
    const indicators = await page.evaluate(() => __kpiTest.rows('Indicators'));
    expect(indicators.slice(-2).map((r) => r['编号 ID'])).toEqual(['ZB06', 'ZB07']);
    const actuals = await page.evaluate(() => __kpiTest.rows('Actuals'));
    expect(
      actuals
        .filter((r) => r['编号 ID'] === 'ZB06' || r['编号 ID'] === 'ZB07')
        .map((r) => [r['编号 ID'], r['期间 Period'], r['数值 Value']]),
    ).toEqual([
      ['ZB06', '2023', 5.2],
      ['ZB07', '2023', 1],
    ]);
  });

  it('edits the reminder settings and adds a reminder recipient on a DingTalk group robot', async () => {
    await tab('设置');
    await page.locator('[data-setting="due.calendar"]').selectOption('workdays');
    await page.locator('[data-setting="remind.beforeDays"]').fill('5');
    await page.locator('[data-setting="remind.repeatDays"]').fill('2');
    await page.getByRole('button', { name: '保存设置' }).click();
    await notice('设置已保存');
    expect(await settingValues('due.calendar', 'remind.beforeDays', 'remind.repeatDays')).toEqual([
      'workdays',
      5,
      2,
    ]);

    await page.getByRole('button', { name: '添加收件人' }).click();
    const unit = page.locator('[data-recipient="1"]');
    await unit.locator('[data-field="name"]').fill('质量发展科');
    await unit.locator('[data-field="scope"]').fill('责任单位:质量发展科');
    await unit.locator('[data-field="purpose"]').selectOption('催报 reminder');
    await unit.locator('[data-field="channel-kind"]').selectOption('dingtalk');
    // A robot without its name is refused by the Recipients reader, naming the value.
    await page.getByRole('button', { name: '保存收件人' }).click();
    await notice('未保存');
    expect(await page.getByTestId('notice').textContent()).toContain('dingtalk:');
    await page.getByRole('button', { name: '关闭' }).click();
    await unit.locator('[data-field="channel-robot"]').fill('quality');
    await unit.locator('[data-field="mobile"]').fill('13800001111');
    await shot('12-settings-reminders');
    await page.getByRole('button', { name: '保存收件人' }).click();
    await notice('已保存 2 位收件人');
    const recipients = await page.evaluate(() => __kpiTest.rows('Recipients'));
    expect(recipients[1]).toMatchObject({
      '姓名 Name': '质量发展科',
      '范围 Scope': '责任单位:质量发展科',
      '用途 Purpose': '催报 reminder',
      '渠道 Channel': 'dingtalk:quality',
      // The column is formatted as text, so the typed number stays as typed.
      '手机 Mobile': '13800001111',
    });
  });

  it('ran without a script error in the page', () => {
    expect(errors).toEqual([]);
  });

  it('shows English when Office’s display language is English', async () => {
    if (!h) throw new Error('the harness did not start');
    const english = await openPane(h, 'en-US');
    await english.page.getByRole('button', { name: 'Create the plan tables' }).waitFor();
    await english.page.getByRole('tab', { name: 'Import' }).click();
    await english.page.getByRole('button', { name: 'Read the selection' }).waitFor();
    await english.page.screenshot({ path: join(SHOTS, '11-english.png'), fullPage: true });
    expect(english.errors).toEqual([]);
    await english.page.close();
  });
});
