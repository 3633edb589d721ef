import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../shared/model/alert.ts';
import { readAlerts } from '../../../shared/rows/alerts.ts';
import { huzhouTemplate } from '../../../seeds/huzhou-template.ts';
import {
  checkWorkbookFile,
  MAX_CHECK_ATTEMPTS,
  type CheckStageName,
} from '../../../worker/pipeline/check-stage.ts';
import { initWorkbook } from '../../../worker/workbook/init-workbook.ts';
import { readWorkbookGrids } from '../../../worker/workbook/read-workbook.ts';
import { listBackups } from '../../../worker/file-safety/backups.ts';
import { writeBack } from '../../../worker/write-back/write-back.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { plannerSaves } from './planner-save.ts';

const dir = tempDir('concurrency');
const AS_OF = '2025-03-31';

/** A checked Huzhou workbook in a folder of its own, and its first firing alert. */
async function checkedWorkbook(name: string): Promise<{ path: string; alert: Alert }> {
  mkdirSync(join(dir, name));
  const path = join(dir, name, 'plan.xlsx');
  await initWorkbook(path, huzhouTemplate());
  const r = await checkWorkbookFile(path, { asOf: AS_OF });
  const alert = r.ok ? r.outcome.alerts.find((a) => a.state === 'firing') : undefined;
  if (!alert) throw new Error('no firing alert');
  return { path, alert };
}

async function alertsOf(path: string): Promise<Alert[]> {
  const read = await readWorkbookGrids(path);
  if (!read.ok || !read.grids.Alerts) throw new Error('no Alerts table');
  return readAlerts(read.grids.Alerts).items;
}

describe('a planner saving while a check runs', () => {
  it("never loses the planner's save that lands between the read and the write: the check is redone on it", async () => {
    const { path, alert } = await checkedWorkbook('between');
    const backupsBefore = (await listBackups(path)).length;
    const stages: CheckStageName[] = [];
    let saved = false;
    const r = await checkWorkbookFile(path, {
      asOf: AS_OF,
      onStage: async (stage) => {
        stages.push(stage);
        if (stage !== 'evaluated' || saved) return;
        saved = true;
        await plannerSaves(path, {
          type: { [alert.alertId]: { U: '确认', V: '王五', W: '已布置专项检查' } },
        });
      },
    });
    expect(r.ok).toBe(true);
    expect(stages).toEqual(['read', 'evaluated', 'read', 'evaluated', 'written']);
    const after = (await alertsOf(path)).find((a) => a.alertId === alert.alertId);
    expect(after?.planner).toEqual({
      action: '确认',
      ackBy: '王五',
      ackNote: '已布置专项检查',
      until: '',
    });
    // The redo read the planner's version: their acknowledgement took effect.
    expect(after?.state).toBe('acknowledged');
    expect((await listBackups(path)).length).toBe(backupsBefore + 1);
  });

  it('keeps a save that lands after the new file is written but before it replaces the old one', async () => {
    const { path, alert } = await checkedWorkbook('last-moment');
    const alerts = await alertsOf(path);
    let theirs = Buffer.alloc(0);
    const outcome = await writeBack(
      path,
      { alerts, statuses: [], checkedAt: AS_OF },
      {
        beforeCommit: async () => {
          await plannerSaves(path, { type: { [alert.alertId]: { V: '赵六' } } });
          theirs = readFileSync(path);
        },
      },
    );
    expect(outcome).toEqual({ written: false, reason: 'changed' });
    expect(readFileSync(path).equals(theirs)).toBe(true);
    expect(readdirSync(join(dir, 'last-moment')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await alertsOf(path)).find((a) => a.alertId === alert.alertId)?.planner.ackBy).toBe(
      '赵六',
    );
  });

  it('leaves a workbook a planner saves on every attempt as they saved it, and says why it was not written', async () => {
    const { path, alert } = await checkedWorkbook('busy');
    let saves = 0;
    let last = Buffer.alloc(0);
    const r = await checkWorkbookFile(path, {
      asOf: AS_OF,
      onStage: async (stage) => {
        if (stage !== 'evaluated') return;
        saves += 1;
        await plannerSaves(path, { type: { [alert.alertId]: { W: `第 ${saves} 次保存` } } });
        last = readFileSync(path);
      },
    });
    expect(r.ok).toBe(false);
    expect(saves).toBe(MAX_CHECK_ATTEMPTS);
    const problem = r.problems.find((p) => p.code === 'workbook.kept_changing');
    expect(problem?.message.zh).toContain(`保存了 ${MAX_CHECK_ATTEMPTS} 次`);
    expect(problem?.message.en).toContain('plan.xlsx');
    expect(readFileSync(path).equals(last)).toBe(true);
  });

  it('lets two checks of one workbook at once write one after the other, neither losing the other', async () => {
    const { path } = await checkedWorkbook('twice');
    const before = (await listBackups(path)).length;
    const [a, b] = await Promise.all([
      checkWorkbookFile(path, { asOf: '2025-03-31' }),
      checkWorkbookFile(path, { asOf: '2025-04-01' }),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect((await listBackups(path)).length).toBe(before + 2);
    const lastEvaluated = new Set((await alertsOf(path)).map((x) => x.lastEvaluated));
    expect(lastEvaluated.size).toBe(1);
    expect(readdirSync(join(dir, 'twice', '.kpi-sentinel', 'locks'))).toEqual([]);
  });
});
