/**
 * Never resolve what was not read: a plan whose tables cannot be read is a failed check
 * (file untouched, alerts as they were, every digest of the run names it with the reason),
 * and an indicator whose own row cannot be read keeps its alerts, marked stale.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/model/alert.ts';
import { alertsTable, runCli } from '../support/cli-session.ts';
import { editTable } from '../support/planner-edits.ts';
import { tempDir } from '../support/temp-dir.ts';
import { digestTexts } from '../support/outbox-files.ts';

const dir = tempDir('unread');
const AS_OF = '2025-03-31';
const LATER = '2025-04-30';

const run = runCli;

async function alertsIn(path: string): Promise<Alert[]> {
  return (await alertsTable(path)).items;
}

/** Replaces bytes inside one part of an .xlsx, as a damaged copy or a careless edit would. */
function patchPart(path: string, part: string, from: Buffer, to: Buffer): void {
  const script = [
    'import sys, zipfile, shutil',
    'path, part, a, b = sys.argv[1], sys.argv[2], bytes.fromhex(sys.argv[3]), bytes.fromhex(sys.argv[4])',
    'src = zipfile.ZipFile(path)',
    'items = [(i, src.read(i.filename)) for i in src.infolist()]',
    'src.close()',
    'out = zipfile.ZipFile(path + ".new", "w", zipfile.ZIP_DEFLATED)',
    'for info, data in items:',
    '    if info.filename == part:',
    '        assert a in data, "bytes not found"',
    '        data = data.replace(a, b, 1)',
    '    out.writestr(info.filename, data)',
    'out.close()',
    'shutil.move(path + ".new", path)',
  ].join('\n');
  const r = spawnSync(
    '/usr/bin/python3',
    ['-c', script, path, part, from.toString('hex'), to.toString('hex')],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
}

/** Two Huzhou plans checked once: 湖州.xlsx (damaged in the tests) and 嘉兴.xlsx (whose digest names it). */
async function checkedPair(name: string): Promise<{ damaged: string; other: string }> {
  const damaged = join(dir, name, '湖州.xlsx');
  const other = join(dir, name, '嘉兴.xlsx');
  expect((await run('init', damaged, '--template', 'huzhou-14th-fyp')).code).toBe(0);
  await copyFile(damaged, other);
  const first = await run('check', damaged, other, '--as-of', AS_OF, '--outbox', join(dir, name));
  expect(first.code).toBe(0);
  return { damaged, other };
}

const HEADER = Buffer.from('编号 ID');

describe('a workbook whose tables cannot be read', () => {
  it.each([
    ['a renamed header', 'renamed', Buffer.from('编码 ID')],
    // 编 then the byte 0xFF, which no UTF-8 text holds, where 号 was.
    [
      'a corrupted byte (invalid UTF-8) in a header',
      'byte',
      Buffer.from([0xe7, 0xbc, 0x96, 0xff, 0x20, 0x49, 0x44]),
    ],
  ])(
    'with %s is a failed check: file untouched, alerts kept, every digest names it',
    async (_, name, to) => {
      const { damaged, other } = await checkedPair(name);
      const live = (await alertsIn(damaged)).filter((a) => a.state !== 'resolved');
      expect(live.length).toBeGreaterThan(10);
      patchPart(damaged, 'xl/sharedStrings.xml', HEADER, to);
      const bytes = await readFile(damaged);

      const outbox = join(dir, `${name}-out`);
      const second = await run('check', damaged, other, '--as-of', LATER, '--outbox', outbox);
      expect(second.code).toBe(1);
      expect(second.text).toContain('本次未检查');
      expect((await readFile(damaged)).equals(bytes)).toBe(true);

      const texts = await digestTexts(outbox);
      for (const text of texts)
        expect(text).toContain('湖州.xlsx：指标表缺少必填列"编号 ID"，本次未检查');
    },
  );
});

describe('an indicator whose row cannot be read', () => {
  it('keeps its alerts as they were, marked stale, while the others are evaluated', async () => {
    const { damaged } = await checkedPair('stale');
    const before = await alertsIn(damaged);
    const target = before.find((a) => a.state === 'firing');
    if (!target) throw new Error('the demo has firing alerts');
    expect(
      await editTable(damaged, 'Indicators', (row) =>
        row.id === target.id ? { aggregation: '乱填的方式' } : null,
      ),
    ).toBe(1);

    const second = await run(
      'check',
      damaged,
      '--as-of',
      LATER,
      '--outbox',
      join(dir, 'stale-out'),
    );
    expect(second.code).toBe(0);
    const after = await alertsIn(damaged);
    for (const old of before.filter((a) => a.id === target.id)) {
      const kept = after.find((a) => a.alertId === old.alertId);
      expect(kept).toMatchObject({ state: old.state, status: old.status, lastEvaluated: AS_OF });
      expect(kept?.message).toContain('数据读取失败，沿用上次结果');
    }
    const others = after.filter((a) => a.id !== target.id && a.state !== 'resolved');
    expect(others.length).toBeGreaterThan(0);
    for (const a of others) expect(a.lastEvaluated).toBe(LATER);
  });
});

describe('a workbook of which far fewer indicators are read than its last check found', () => {
  it('is not checked: the count from the Status table the last check wrote (only its ids are read)', async () => {
    const { damaged } = await checkedPair('shrunk');
    const ids = new Set((await alertsIn(damaged)).map((a) => a.id));
    expect(ids.size).toBeGreaterThan(5);
    let kept = 0;
    // A planner's careless paste wipes the ids of all but three indicators.
    await editTable(damaged, 'Indicators', () => (kept++ < 3 ? null : { id: null }));
    const bytes = await readFile(damaged);

    const second = await run(
      'check',
      damaged,
      '--as-of',
      LATER,
      '--outbox',
      join(dir, 'shrunk-out'),
    );
    expect(second.code).toBe(1);
    expect(second.text).toMatch(/指标表只读到 3 个指标，上次检查有 \d+ 个，本次未检查/);
    expect((await readFile(damaged)).equals(bytes)).toBe(true);
  });
});
