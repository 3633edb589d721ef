// Fault family: secrets echoed back — a config value quoted in a validation message, a
// YAML syntax error quoting its line, a library error in a log line. Each goes through
// the one redaction function; the password never reaches a screen or a log.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLinesLogger } from '../../worker/log/logger.ts';
import { redactSecrets } from '../../worker/config/redact-secrets.ts';
import { runBin } from '../support/run-bin.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('faults-secrets');
const PASSWORD = 'TopSecretPw-1';

function configFile(name: string, text: string): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, name.endsWith('yaml') ? 'kpi.config.yaml' : 'kpi.config.json');
  writeFileSync(file, text);
  return file;
}

describe('secrets are redacted wherever a config value is echoed', () => {
  it('hides the password of an SMTP URL with the wrong scheme in the validation message', () => {
    const file = configFile(
      'smtp-json',
      JSON.stringify({ mail: { smtpUrl: `http://kpi:${PASSWORD}@mail.example.gov.cn:25` } }),
    );
    const r = runBin(['worker', '--config', file], dir);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).not.toContain(PASSWORD);
    expect(r.stderr).toContain('“http://kpi:***@mail.example.gov.cn:25”不是 SMTP 地址');
  }, 60_000);

  it('hides the password of a bad Redis URL', () => {
    const file = configFile(
      'redis-json',
      JSON.stringify({ redisUrl: `http://:${PASSWORD}@127.0.0.1:6379` }),
    );
    const r = runBin(['enqueue', '--config', file], dir);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).not.toContain(PASSWORD);
    expect(r.stderr).toContain('http://:***@127.0.0.1:6379');
  }, 60_000);

  it('hides the password in a YAML syntax error that quotes its line', () => {
    const file = configFile(
      'syntax-yaml',
      `mail:\n  smtpUrl: smtp://kpi:${PASSWORD}@mail.example.gov.cn:25\n   from: "x\n`,
    );
    const r = runBin(['worker', '--config', file], dir);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).not.toContain(PASSWORD);
    expect(r.stderr).toContain('smtp://kpi:***@mail.example.gov.cn:25');
  }, 60_000);

  it('hides secrets in log lines, in the text and in the fields', () => {
    const lines: string[] = [];
    const log = jsonLinesLogger((l) => lines.push(l));
    log.log(
      'error',
      'queue.error',
      { zh: `无法连接 redis://:${PASSWORD}@10.0.0.5:6379`, en: `connect redis://:${PASSWORD}@x` },
      { url: `https://oapi.dingtalk.com/robot/send?access_token=${PASSWORD}` },
    );
    expect(lines.join('\n')).not.toContain(PASSWORD);
    expect(lines[0]).toContain('redis://:***@10.0.0.5:6379');
  });

  it('keeps user names, hosts and ordinary text; hides tokens, passwords, DingTalk and WeCom secrets', () => {
    expect(redactSecrets('smtp://tok123@mail.example.gov.cn')).toBe(
      'smtp://***@mail.example.gov.cn',
    );
    expect(redactSecrets('{"token": "s3cret", "host": "x"}')).toBe('{"token": "***", "host": "x"}');
    expect(redactSecrets('password: hunter2 from: kpi@example.gov.cn')).toBe(
      'password: *** from: kpi@example.gov.cn',
    );
    expect(
      redactSecrets('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7abc'),
    ).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***');
    expect(redactSecrets('secret=SEC0123&timestamp=1')).toBe('secret=***&timestamp=1');
    expect(redactSecrets('mail.from kpi@example.gov.cn')).toBe('mail.from kpi@example.gov.cn');
  });
});
