import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilingualLine } from '../../../shared/i18n/messages.ts';
import { loadConfig } from '../../../worker/config/load-config.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('robot-config');
const TOKEN = 'tok-9d8c7b6a5f4e3d2c';
const SECRET = 'SEC0123456789abcdef0123456789abcdef';

async function load(name: string, config: unknown) {
  const path = join(dir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, JSON.stringify(config));
  return loadConfig({ file: path, env: {} });
}

describe('channels.dingtalk / channels.wecom in the config file', () => {
  it('reads robots by name with webhook, or baseUrl and token/key, and fills in the retry defaults', async () => {
    const r = await load('robots.json', {
      channels: {
        dingtalk: {
          leaders: {
            webhook: `https://oapi.dingtalk.com/robot/send?access_token=${TOKEN}`,
            secret: SECRET,
          },
          zzd: { baseUrl: 'https://openplatform.dg-work.cn', accessToken: TOKEN, attempts: 2 },
        },
        wecom: { office: { key: 'k-1234' } },
      },
    });
    if (!r.ok) throw new Error(r.messages.map(bilingualLine).join('\n'));
    expect(r.config.channels.dingtalk).toEqual({
      leaders: {
        webhook: `https://oapi.dingtalk.com/robot/send?access_token=${TOKEN}`,
        secret: SECRET,
        attempts: 4,
        backoffMs: 3_000,
        timeoutMs: 15_000,
      },
      zzd: {
        baseUrl: 'https://openplatform.dg-work.cn',
        accessToken: TOKEN,
        attempts: 2,
        backoffMs: 3_000,
        timeoutMs: 15_000,
      },
    });
    expect(r.config.channels.wecom.office).toMatchObject({ key: 'k-1234', attempts: 4 });
  });

  it('has no robots unless the file names some', async () => {
    const r = await load('none.json', {});
    if (!r.ok) throw new Error(r.messages.map(bilingualLine).join('\n'));
    expect(r.config.channels).toEqual({ dingtalk: {}, wecom: {} });
  });

  it('refuses a robot without an address, a bad URL or a misspelt key, never echoing the token', async () => {
    const r = await load('bad.json', {
      channels: {
        dingtalk: {
          nowhere: { secret: SECRET },
          typo: { webhook: `oapi.dingtalk.com/robot/send?access_token=${TOKEN}` },
          spelt: { accessToken: TOKEN, sercet: SECRET },
        },
        wecom: { office: {} },
      },
    });
    if (r.ok) throw new Error('expected the config to be refused');
    const text = r.messages.map(bilingualLine).join('\n');
    expect(text).toContain('钉钉机器人需填写 webhook，或 accessToken');
    expect(text).toContain('a WeCom robot needs webhook, or key');
    expect(text).toContain('不是 http:// 或 https:// 网址');
    expect(text).toContain('sercet');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(SECRET);
  });
});
