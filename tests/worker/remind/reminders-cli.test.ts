import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../seeds/templates.ts';
import { initWorkbook } from '../../../worker/workbook/init-workbook.ts';
import { runCli } from '../../support/cli-session.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('reminders-cli');
const workbook = join(dir, 'huzhou.xlsx');
const outbox = join(dir, 'outbox');

/** The reminder files a `check` run left for a date. */
function reminders(date: string): string[] {
  return readdirSync(outbox)
    .filter((f) => f.startsWith(`${date}__reminder__`) && f.endsWith('.eml'))
    .sort();
}

function check(asOf: string): Promise<{ code: number; text: string }> {
  return runCli('check', workbook, '--as-of', asOf, '--outbox', outbox);
}

describe('reminders (催报) in embedded mode, through `check` and the outbox', () => {
  beforeAll(async () => {
    // The demo plan: HZ13 (市场规范管理处) overdue since 2025-01-30, HZ16 (食品安全协调处) due 2025-04-03.
    await initWorkbook(workbook, TEMPLATES['huzhou-14th-fyp']());
  }, 120_000);

  it('reminds each unit once a day, and the next working day only of what is overdue', async () => {
    const first = await check('2025-03-31');
    expect(first.code).toBe(0);
    expect(reminders('2025-03-31')).toEqual([
      '2025-03-31__reminder__guifan_at_example.gov.cn.eml',
      '2025-03-31__reminder__shipin_at_example.gov.cn.eml',
    ]);
    expect(first.text).toContain('催报已发送 shipin@example.gov.cn（email，1 项）');
    const food = readFileSync(
      join(outbox, '2025-03-31__reminder__shipin_at_example.gov.cn.html'),
      'utf8',
    );
    expect(food).toContain('HZ16');

    const again = await check('2025-03-31');
    expect(again.text).not.toContain('催报已发送');

    const next = await check('2025-04-01');
    expect(next.text).toContain('催报已发送 guifan@example.gov.cn（email，1 项）');
    expect(next.text).not.toContain('shipin@example.gov.cn（email');
    expect(reminders('2025-04-01')).toEqual(['2025-04-01__reminder__guifan_at_example.gov.cn.eml']);
  }, 240_000);

  it('sends none on 清明 (2025-04-04), a Friday holiday', async () => {
    const holiday = await check('2025-04-04');
    expect(holiday.code).toBe(0);
    expect(holiday.text).not.toContain('催报已发送');
    expect(reminders('2025-04-04')).toEqual([]);
  }, 120_000);
});
