import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF } from '../../seeds/huzhou-demo-expectations.ts';
import type { CheckJson } from '../../worker/pipeline/check-json.ts';
import { runBin } from '../support/run-bin.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('demo');
const out = join(dir, 'demo-output');
const workbook = join(out, 'huzhou-14th-fyp.xlsx');

describe('the demo, as `npm run demo` runs it', () => {
  it('builds the Huzhou workbook, checks it and says where the workbook and digests are', () => {
    const r = runBin(['demo', '--out', out], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`as of ${DEMO_AS_OF}`);
    expect(r.stdout).toMatch(/43 indicators, \d+ statuses, \d+ alerts firing \(\d+ critical/);
    expect(r.stdout).toContain('[红 critical] 万台特种设备事故率 · 湖州市 · 2024 · 越线 breached');
    expect(existsSync(workbook)).toBe(true);
    const emls = readdirSync(join(out, 'outbox')).filter((f) => f.endsWith('.eml'));
    // Three leaders' digests and two units' reminders (催报).
    expect(emls.filter((f) => !f.includes('__reminder__'))).toHaveLength(3);
    expect(emls.filter((f) => f.includes('__reminder__'))).toHaveLength(2);
    const evaluation = join(out, `huzhou-evaluation-${DEMO_AS_OF}.docx`);
    expect(r.stdout).toContain(`评估表已写入：${evaluation}（43项指标，数据截至${DEMO_AS_OF}）`);
    // A .docx is a zip: it starts with the PK signature.
    expect(readFileSync(evaluation).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('sends each leader a digest that a mail client can open, Chinese first', async () => {
    const emls = readdirSync(join(out, 'outbox')).filter((f) => f.endsWith('.eml'));
    const mail = await PostalMime.parse(
      readFileSync(join(out, 'outbox', emls.find((f) => f.includes('juzhang')) ?? '')),
    );
    expect(mail.subject).toMatch(
      /^【指标预警】湖州市市场监管"十四五"规划 2025-03-31：红\d+ 黄\d+$/,
    );
    expect(mail.html).toContain('万台特种设备事故率');
    expect(mail.text).toContain('万台特种设备事故率');
    // The missing-data section sums overdue figures by responsible unit (HZ13, due 2025-01-30).
    expect(mail.text).toContain('市场规范管理处：1 项逾期，最长 60 天');
    expect(mail.html).toContain('市场规范管理处：1 项逾期，最长 60 天');
    expect(
      mail.attachments.some((a) => a.mimeType === 'image/png' && a.contentId !== undefined),
    ).toBe(true);
  });

  it('reminds one unit of a figure coming due and another of one overdue, each in one message', async () => {
    const reminder = async (who: string) =>
      PostalMime.parse(
        readFileSync(join(out, 'outbox', `${DEMO_AS_OF}__reminder__${who}_at_example.gov.cn.eml`)),
      );
    // HZ16's 2024 figure is due 62 working days after year end: 2025-04-03, 3 working days on.
    const due = await reminder('shipin');
    expect(due.subject).toBe(`【催报】${DEMO_AS_OF}：1 项数据待报送`);
    expect(due.text).toContain('即将到期');
    expect(due.text).toContain('（HZ16）湖州市 2024：应于 2025-04-03 前报送，还有 3 个工作日');
    expect(due.text).toContain('填报位置：huzhou-14th-fyp.xlsx「实绩 Actuals」表');
    // HZ13's 2024 figure was due 2025-01-30 (30 days after year end): 60 days overdue.
    const overdue = await reminder('guifan');
    expect(overdue.text).toContain('逾期未报');
    expect(overdue.text).toContain('（HZ13）湖州市 2024：应于 2025-01-30 前报送，已逾期 60 天');
    expect(overdue.text).not.toContain('HZ16');
  });

  it('reports the breached accident rate as a critical alert in `check --json`', () => {
    const r = runBin(['check', workbook, '--json', '--dry-run', '--as-of', DEMO_AS_OF], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as CheckJson;
    const [wb] = json.workbooks;
    const alert = wb?.alerts.find(
      (a) => a.id === 'HZL01' && a.region === '湖州市' && a.rule === 'line',
    );
    expect(alert).toMatchObject({ severity: 'critical', status: 'breached', state: 'firing' });
    // 2024: 11 accidents / 280,000 units × 10,000.
    expect(alert?.actual).toBeCloseTo((11 / 280_000) * 10_000, 6);
    expect(wb?.errors.filter((e) => e.level === 'error')).toEqual([]);
  });

  it('opens in LibreOffice, whose CSV of the Alerts sheet shows the alerts', () => {
    const csvDir = join(dir, 'csv');
    // Filter options: comma, double quote, UTF-8, … and -1 = every sheet to its own file.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    const r = spawnSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--convert-to',
        filter,
        '--outdir',
        csvDir,
        workbook,
      ],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(r.status).toBe(0);
    const alertsCsv = readdirSync(csvDir).find((f) => f.includes('Alerts'));
    expect(alertsCsv).toBeDefined();
    const text = readFileSync(join(csvDir, alertsCsv ?? ''), 'utf8');
    const breached = text
      .split('\n')
      .filter(
        (l) =>
          l.includes('万台特种设备事故率') && l.includes('越线 breached') && l.includes('湖州市'),
      );
    expect(breached).toHaveLength(1);
    expect(breached[0]).toContain('红 critical');
  });
});
