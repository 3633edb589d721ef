import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilingualLine } from '../../../shared/i18n/messages.ts';
import { loadConfig } from '../../../worker/config/load-config.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('config');

function file(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

async function problems(
  name: string,
  text: string,
  env: NodeJS.ProcessEnv = {},
): Promise<string[]> {
  const r = await loadConfig({ file: file(name, text), env });
  if (r.ok) throw new Error('expected the config to be refused');
  return r.messages.map(bilingualLine);
}

describe('loadConfig', () => {
  it('reads the docs/architecture.md §9 example and fills in every default', async () => {
    const path = file(
      'design.json',
      JSON.stringify({
        workbooks: ['plans/*.xlsx'],
        schedule: { cron: '0 2 * * *', timezone: 'Asia/Shanghai' },
        mail: {
          smtpUrl: 'smtp://mail.example.gov.cn:25',
          from: 'kpi-sentinel@example.gov.cn',
          outbox: 'outbox/',
          mode: 'always',
        },
        redisUrl: 'redis://127.0.0.1:6379',
        http: { port: 8787, token: 'change-me' },
      }),
    );
    const r = await loadConfig({ file: path, env: {} });
    if (!r.ok) throw new Error(r.messages.map(bilingualLine).join('\n'));
    expect(r.config).toMatchObject({
      file: path,
      baseDir: dir,
      workbooks: ['plans/*.xlsx'],
      redisUrl: 'redis://127.0.0.1:6379',
      http: { port: 8787, token: 'change-me', host: '127.0.0.1' },
      mail: {
        smtpUrl: 'smtp://mail.example.gov.cn:25',
        mode: 'always',
        outbox: join(dir, 'outbox'),
        attempts: 3,
      },
      queue: { prefix: 'kpi-sentinel', attempts: 5, keepCompletedDays: 14 },
      stateDir: join(dir, '.kpi-sentinel'),
    });
  });

  it('defaults to 02:00 Asia/Shanghai with no file at all, resolving paths against the working folder', async () => {
    const cwd = join(dir, 'empty');
    mkdirSync(cwd, { recursive: true });
    const r = await loadConfig({ cwd, env: {} });
    if (!r.ok) throw new Error('refused');
    expect(r.config.file).toBeNull();
    expect(r.config.schedule).toEqual({ cron: '0 2 * * *', timezone: 'Asia/Shanghai' });
    expect(r.config.mail.outbox).toBe(join(cwd, 'outbox'));
  });

  it('finds kpi-sentinel.config.yaml in the working folder and reads YAML', async () => {
    const cwd = join(dir, 'yaml');
    file(
      'yaml/kpi-sentinel.config.yaml',
      'workbooks:\n  - 规划/*.xlsx\nschedule:\n  cron: "30 1 * * 1-5"\n  timezone: Asia/Urumqi\n',
    );
    const r = await loadConfig({ cwd, env: {} });
    if (!r.ok) throw new Error('refused');
    expect(r.config.workbooks).toEqual(['规划/*.xlsx']);
    expect(r.config.schedule).toEqual({ cron: '30 1 * * 1-5', timezone: 'Asia/Urumqi' });
  });

  it('lets REDIS_URL, SMTP_URL and MAIL_FROM override the file', async () => {
    const path = file(
      'env.json',
      JSON.stringify({ redisUrl: 'redis://file:6379', mail: { smtpUrl: 'smtp://file:25' } }),
    );
    const r = await loadConfig({
      file: path,
      env: {
        REDIS_URL: 'redis://env:6380/2',
        SMTP_URL: 'smtps://env:465',
        MAIL_FROM: '督查室 <kpi@env.gov.cn>',
      },
    });
    if (!r.ok) throw new Error('refused');
    expect(r.config.redisUrl).toBe('redis://env:6380/2');
    expect(r.config.mail).toMatchObject({
      smtpUrl: 'smtps://env:465',
      from: '督查室 <kpi@env.gov.cn>',
    });
  });

  it('names every bad key, in Chinese and English, and the variable a bad override came from', async () => {
    const found = await problems(
      'bad.json',
      JSON.stringify({
        schedule: { cron: '0 25 * * *', timezone: 'Asia/Beijing' },
        http: { port: 'eighty' },
        mail: { mode: 'sometimes', outbx: 'x' },
        queue: { attempts: 0 },
      }),
      { REDIS_URL: 'http://127.0.0.1:6379' },
    );
    const text = found.join('\n');
    expect(text).toContain('schedule.cron “0 25 * * *”不是有效的 cron 表达式');
    expect(text).toContain('schedule.timezone "Asia/Beijing" is not a known IANA time zone');
    expect(text).toContain('http.port 应为数字 / config file');
    expect(text).toContain('mail.mode should be one of: always | on-change');
    expect(text).toContain('mail.outbx 不是已知的配置项');
    expect(text).toContain('queue.attempts must be at least 1');
    expect(text).toContain('redisUrl (REDIS_URL) "http://127.0.0.1:6379" is not a Redis address');
    expect(found).toHaveLength(7);
    for (const line of found) expect(line).toContain(join(dir, 'bad.json'));
  });

  it('checks fallback recipients with the same rules as the Recipients table', async () => {
    const found = await problems(
      'recipients.json',
      JSON.stringify({
        mail: {
          recipients: [
            { name: '局长', email: 'jz@example.gov.cn', scope: '部门:法规处', minSeverity: '紫' },
          ],
        },
      }),
    );
    expect(found.join('\n')).toMatch(/mail\.recipients\.0\.scope .*部门:法规处/);
    expect(found.join('\n')).toMatch(/mail\.recipients\.0\.minSeverity .*紫/);
    const good = await loadConfig({
      file: file(
        'ok-recipients.json',
        JSON.stringify({
          mail: {
            recipients: [
              {
                name: '局长',
                email: 'jz@example.gov.cn',
                scope: '类别:市场安全',
                minSeverity: '红',
              },
            ],
          },
        }),
      ),
      env: {},
    });
    if (!good.ok) throw new Error('refused');
    expect(good.config.mail.recipients).toEqual([
      {
        name: '局长',
        email: 'jz@example.gov.cn',
        scope: { categories: ['市场安全'], regions: [], owners: [] },
        minSeverity: 'critical',
        language: 'zh-CN',
        purpose: 'digest',
        channel: 'email',
        mobiles: [],
        row: 0,
      },
    ]);
  });

  it('reports a missing file, a JSON syntax error and a YAML syntax error with the file and line', async () => {
    const missing = await loadConfig({ file: join(dir, 'nope.json'), env: {} });
    expect(missing.ok ? '' : bilingualLine(missing.messages[0] ?? { zh: '', en: '' })).toContain(
      '找不到配置文件',
    );
    expect((await problems('syntax.json', '{\n  "workbooks": [\n}')).join()).toMatch(
      /syntax error near line/,
    );
    expect((await problems('syntax.yaml', 'workbooks:\n  - a\n  b: [\n')).join()).toMatch(
      /第 \d+ 行附近格式有误/,
    );
    expect((await problems('list.json', '["a.xlsx"]')).join()).toContain('should hold an object');
  });
});
