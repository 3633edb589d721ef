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
/** What `demo` printed (its first test runs it). */
let demoStdout = '';

describe('the demo, as `npm run demo` runs it', () => {
  it('builds the Huzhou workbook, checks it and says where the workbook and digests are', () => {
    const r = runBin(['demo', '--out', out], dir);
    demoStdout = r.stdout;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`as of ${DEMO_AS_OF}`);
    expect(r.stdout).toMatch(/43 indicators, \d+ statuses, \d+ alerts firing \(\d+ critical/);
    expect(r.stdout).toContain('[红 critical] 万台特种设备事故率 · 湖州市 · 2024 · 越线 breached');
    expect(existsSync(workbook)).toBe(true);
    const emls = readdirSync(join(out, 'outbox')).filter((f) => f.endsWith('.eml'));
    expect(emls).toHaveLength(3);
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
    expect(
      mail.attachments.some((a) => a.mimeType === 'image/png' && a.contentId !== undefined),
    ).toBe(true);
  });

  it('also checks a city plan and two district plans in one run: one digest per person, naming all three', async () => {
    const multi = join(out, 'multi-plan');
    const files = ['huzhou.xlsx', 'wuxing.xlsx', 'anji.xlsx'];
    expect(demoStdout).toContain(
      `npx kpi-sentinel check ${files.map((f) => `demo-output/multi-plan/${f}`).join(' ')} --as-of ${DEMO_AS_OF} --outbox demo-output/multi-plan/outbox`,
    );
    const emls = readdirSync(join(multi, 'outbox')).filter((f) => f.endsWith('.eml'));
    expect(emls).toHaveLength(3);
    const mails = await Promise.all(
      emls.map(async (f) => PostalMime.parse(readFileSync(join(multi, 'outbox', f)))),
    );
    for (const mail of mails) for (const file of files) expect(mail.text).toContain(file);
    const director = mails.find((m) => m.to?.[0]?.address === 'juzhang@example.gov.cn');
    expect(director?.subject).toMatch(/^【指标预警】2025-03-31：3 个规划 红\d+ 黄\d+$/);
    expect(director?.text).toContain('# 吴兴区市场监管"十四五"规划（wuxing.xlsx）');
    // 安吉县 holds both its lines: nothing to report, named on the quiet line.
    expect(director?.text).toContain('以下规划无需关注：安吉县市场监管"十四五"规划（anji.xlsx）');
    const planning = mails.find((m) => m.to?.[0]?.address === 'guihua@example.gov.cn');
    expect(planning?.subject).toMatch(
      /^\[KPI alerts\] 2025-03-31: 3 plans, \d+ critical, \d+ warning$/,
    );
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
