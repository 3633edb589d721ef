import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/model/alert.ts';
import { alertsTable, runCli } from '../support/cli-session.ts';
import { editTable } from '../support/planner-edits.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('e2e');
const workbook = join(dir, 'plan.xlsx');
const outbox = join(dir, 'outbox');

const INDICATORS_CSV = [
  '编号 ID,类别 Category,指标名称 Indicator,单位 Unit,属性 Kind,统计方式 Aggregation,方向 Direction,基期年份 Baseline year,基期值 Baseline,目标年份 Target year,目标值 Target,计算公式 Formula',
  'T01,市场安全,万台特种设备事故率,起/万台,约束性,threshold,越低越好,,,2025,低于0.36,accidents / units * 10000',
  'T02,营商环境,每万人高价值发明专利拥有量,件,约束性,level,越高越好,2020,9.9,2025,15,',
].join('\n');

// T01, T02: no 2021 or 2022 actuals, but 2023 reported → gaps on the Status row, no no_data alert.
// T01 2023: 11 accidents / 280,000 units × 10,000 = 0.393 ≥ 0.36 → breached (critical).
// T02 2023: elapsed (2023−2020)/5 = 60 %, completion (12−9.9)/(15−9.9) = 41.2 %, gap 18.8 pp → at_risk;
//           least squares through (2020, 9.9) and (2023, 12) reaches 13.4 in 2025 < 15 → forecast_miss.
const ACTUALS_CSV = [
  '编号 ID,地区 Region,期间 Period,度量 Measure,数值 Value,来源 Source',
  'T01,,2023,accidents,11,test',
  'T01,,2023,units,"280,000",test',
  'T02,,2023年,value,12,test',
  'T02,,2023-13,value,12,a bad row that must be reported, not kept',
].join('\n');

const RECIPIENTS_CSV = [
  '姓名 Name,邮箱 Email,范围 Scope,最低级别 Min severity,语言 Language',
  '局长,director@example.gov.cn,,warning,zh-CN',
].join('\n');

const run = runCli;

async function alertsIn(path: string): Promise<Alert[]> {
  const { items, problems } = await alertsTable(path);
  expect(problems).toEqual([]);
  return items;
}

function pick(alerts: Alert[], id: string, rule: string): Alert | undefined {
  return alerts.find((a) => a.id === id && a.rule === rule);
}

describe('init → import → check → ack → check → recover', () => {
  it('builds the plan from the CLI and imports indicators, actuals and recipients, reporting the bad row', async () => {
    expect((await run('init', workbook)).code).toBe(0);
    for (const [name, csv] of [
      ['indicators', INDICATORS_CSV],
      ['actuals', ACTUALS_CSV],
      ['recipients', RECIPIENTS_CSV],
    ] as const) {
      await writeFile(join(dir, `${name}.csv`), csv);
    }
    expect((await run('import', join(dir, 'indicators.csv'), '--into', workbook)).text).toContain(
      'imported 2 rows into the Indicators table',
    );
    const actuals = await run('import', join(dir, 'actuals.csv'), '--into', workbook);
    expect(actuals.text).toContain('imported 3 rows into the Actuals table (1 problems)');
    expect(actuals.text).toMatch(/row 5, column 期间 Period \(C\): "2023-13"/);
    expect((await run('import', join(dir, 'recipients.csv'), '--into', workbook)).code).toBe(0);
  });

  it('checks, writes the alerts into the workbook and a digest into the outbox', async () => {
    const checked = await run('check', workbook, '--as-of', '2024-03-01', '--outbox', outbox);
    expect(checked.code).toBe(0);
    const alerts = await alertsIn(workbook);
    expect(pick(alerts, 'T01', 'line')).toMatchObject({
      state: 'firing',
      status: 'breached',
      severity: 'critical',
      period: '2023',
    });
    expect(pick(alerts, 'T01', 'line')?.actual).toBeCloseTo(0.3929, 4);
    expect(pick(alerts, 'T02', 'pace')).toMatchObject({
      state: 'firing',
      status: 'at_risk',
      severity: 'critical',
      gap: 18.8,
    });
    expect(pick(alerts, 'T02', 'forecast')).toMatchObject({
      status: 'forecast_miss',
      severity: 'critical',
    });
    // Nothing was reported for 2021 or 2022, but 2023, the latest period due, was: gaps, no alert.
    expect(pick(alerts, 'T01', 'missing')).toBeUndefined();
    expect(pick(alerts, 'T01', 'line')?.message).toContain('0.3929');

    const emls = (await readdir(outbox)).filter((f) => f.endsWith('.eml'));
    expect(emls).toHaveLength(1);
    const mail = await PostalMime.parse(await readFile(join(outbox, emls[0] ?? '')));
    // Counted per indicator × region: T01 (breached) and T02 (at risk, forecast to miss), both red.
    expect(mail.subject).toBe('【指标预警】plan.xlsx 2024-03-01：红2 黄0');
    expect(mail.to?.[0]?.address).toBe('director@example.gov.cn');
    expect(mail.html).toContain('万台特种设备事故率');
    expect(mail.text).toContain('每万人高价值发明专利拥有量');
  });

  it('keeps the same alert rows and the planner ack on the next check', async () => {
    const before = await alertsIn(workbook);
    const acked = await editTable(workbook, 'Alerts', (row) =>
      row.id === 'T02' && String(row.rule).includes('pace')
        ? { action: '确认', ackBy: '张三', ackNote: '已约谈责任处室', until: '2024-12-31' }
        : null,
    );
    expect(acked).toBe(1);

    expect((await run('check', workbook, '--as-of', '2024-03-02', '--outbox', outbox)).code).toBe(
      0,
    );
    const after = await alertsIn(workbook);
    expect(after.map((a) => a.alertId).sort()).toEqual(before.map((a) => a.alertId).sort());
    expect(new Set(after.map((a) => a.alertId)).size).toBe(after.length);
    const pace = pick(after, 'T02', 'pace');
    expect(pace?.state).toBe('acknowledged');
    expect(pace?.planner).toEqual({
      action: '确认',
      ackBy: '张三',
      ackNote: '已约谈责任处室',
      until: '2024-12-31',
    });
    expect(pace?.firstSeen).toBe('2024-03-01');
  });

  it('resolves the accident-rate alert once a corrected actual brings it under the line', async () => {
    // 9 accidents / 280,000 units × 10,000 = 0.321 < 0.36.
    await editTable(workbook, 'Actuals', (row) =>
      row.id === 'T01' && row.measure === 'accidents' ? { value: 9 } : null,
    );
    expect((await run('check', workbook, '--as-of', '2024-03-03', '--outbox', outbox)).code).toBe(
      0,
    );
    const alerts = await alertsIn(workbook);
    expect(pick(alerts, 'T01', 'line')).toMatchObject({
      state: 'resolved',
      resolvedAt: '2024-03-03',
    });
    expect(pick(alerts, 'T02', 'pace')?.planner.ackBy).toBe('张三');
  });

  it('goes on past a workbook that cannot be read, and exits 1', async () => {
    const broken = join(dir, 'broken.xlsx');
    await writeFile(broken, 'not a spreadsheet');
    const r = await run(
      'check',
      broken,
      workbook,
      '--as-of',
      '2024-03-04',
      '--outbox',
      outbox,
      '--dry-run',
    );
    expect(r.code).toBe(1);
    expect(r.text).toContain('broken.xlsx');
    expect(r.text).toMatch(/plan\.xlsx.*as of 2024-03-04/);
  });

  it('rejects bad usage with exit code 2 and a message', async () => {
    const r = await run('check', workbook, '--as-of', '2024-02-30');
    expect(r.code).toBe(2);
    expect(r.text).toContain('YYYY-MM-DD');
    expect((await run('init', workbook)).code).toBe(2); // exists, no --force
    expect((await run('frobnicate')).code).toBe(2);
  });
});
