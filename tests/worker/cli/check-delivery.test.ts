import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../worker/cli/main.ts';
import { captureOutput } from '../../support/capture-output.ts';
import { planWorkbook, writeConfig } from '../../support/queue-fixtures.ts';
import { SmtpSink } from '../../support/smtp-sink.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('check-config');
let sink: SmtpSink;
let workbook: string;
beforeAll(async () => {
  sink = await SmtpSink.start();
  workbook = await planWorkbook(join(dir, 'plans/hz.xlsx'), ['reader@example.gov.cn']);
});
afterAll(async () => {
  await sink.stop();
});

describe('check --config', () => {
  it('delivers by the SMTP server of the configuration file', async () => {
    const config = writeConfig(join(dir, 'smtp'), {
      mail: { smtpUrl: sink.url, from: 'kpi@example.gov.cn' },
      stateDir: '.state',
    });
    const o = captureOutput();
    expect(await main(['check', workbook, '--as-of', '2025-03-31', '--config', config], o)).toBe(0);
    expect(sink.to('reader@example.gov.cn')).toHaveLength(1);
    expect(existsSync(join(dir, 'smtp', 'outbox'))).toBe(false);
  });

  it('writes to an --outbox given on the command line even when the file configures SMTP', async () => {
    sink.received.length = 0;
    const config = writeConfig(join(dir, 'smtp2'), { mail: { smtpUrl: sink.url } });
    const outbox = join(dir, 'cli-outbox');
    expect(
      await main(
        ['check', workbook, '--as-of', '2025-03-31', '--config', config, '--outbox', outbox],
        captureOutput(),
      ),
    ).toBe(0);
    expect(sink.received).toHaveLength(0);
    expect(readdirSync(outbox).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
  });

  it('reports a bad configuration file as bad usage (exit code 2), naming the key', async () => {
    const config = writeConfig(join(dir, 'bad'), { mail: { smtpUrl: 'mail.example.gov.cn' } });
    const o = captureOutput();
    expect(await main(['check', workbook, '--config', config], o)).toBe(2);
    expect(o.errors.join('\n')).toContain('mail.smtpUrl “mail.example.gov.cn”不是 SMTP 地址');
  });
});
