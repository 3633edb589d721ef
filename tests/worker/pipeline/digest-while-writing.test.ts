// A run makes each workbook's digest parts while the workbook's results are being written
// (CheckOptions.whilePacking): the check calls the hook once per write attempt, after the
// results are in the package and before the file is replaced, and the digests delivered
// are exactly those made from the check once it has ended — whatever became of the write.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DigestMessage, DeliveryResult } from '../../../worker/channels/channel.ts';
import { huzhouTemplate } from '../../../seeds/huzhou-template.ts';
import { DEMO_AS_OF } from '../../../seeds/huzhou-demo-expectations.ts';
import {
  checkWorkbookFile,
  type EvaluatedCheck,
  type WorkbookCheck,
} from '../../../worker/pipeline/check-stage.ts';
import {
  collectDigests,
  digestPartOf,
  type DigestCheck,
} from '../../../worker/pipeline/digest-stage.ts';
import { runCheck } from '../../../worker/pipeline/run-check.ts';
import { workbookProblem } from '../../../worker/problems/workbook-problem.ts';
import { workbookMaker } from '../../support/fresh-workbooks.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('digest-while-writing');
const newPlan = workbookMaker(dir, huzhouTemplate());
const RUN = 'run-digest-while-writing';

/** A channel that keeps what it is given. */
class Kept {
  readonly name = 'kept';
  readonly messages: DigestMessage[] = [];

  deliver(message: DigestMessage): Promise<DeliveryResult> {
    this.messages.push(message);
    return Promise.resolve({ ok: true, channel: this.name, to: message.to.email, locations: [] });
  }
}

/** What a reader sees of each digest (the chart is drawn from the same figures). */
function shown(messages: DigestMessage[]): { to: string; subject: string; text: string }[] {
  return messages.map((m) => ({ to: m.to.email, subject: m.subject, text: m.text }));
}

/** The digests of one workbook's check, parts made ahead from `prepared` when given. */
async function digestsOf(
  check: DigestCheck,
  prepared?: Extract<WorkbookCheck, { ok: true }>,
): Promise<ReturnType<typeof shown>> {
  const channel = new Kept();
  const collector = collectDigests();
  if (prepared) collector.prepare(0, digestPartOf(prepared));
  collector.add(0, check);
  await collector.deliver(channel, RUN);
  return shown(channel.messages);
}

async function evaluated(asOf: string): Promise<Extract<WorkbookCheck, { ok: true }>> {
  const check = await checkWorkbookFile(await newPlan(), { asOf, dryRun: true });
  if (!check.ok) throw new Error(check.problems.map((p) => p.message.en).join('; '));
  return check;
}

describe('digest parts made ahead of a check’s end', () => {
  it('are the parts the finished check would have made', async () => {
    const check = await evaluated(DEMO_AS_OF);
    const ahead = await digestsOf(digestPartOf(check), check);
    expect(ahead.length).toBeGreaterThan(0);
    expect(ahead).toEqual(await digestsOf(digestPartOf(check)));
  });

  it('are not used for another evaluation of the workbook (read again after a planner saved)', async () => {
    const before = await evaluated('2023-06-30');
    const after = await evaluated(DEMO_AS_OF);
    const fromAfter = await digestsOf(digestPartOf(after));
    // The two evaluations tell different things, so using the wrong parts would show.
    expect(fromAfter).not.toEqual(await digestsOf(digestPartOf(before)));
    expect(await digestsOf(digestPartOf(after), before)).toEqual(fromAfter);
  });

  it('are dropped when the write failed: the workbook is named as not checked, with no plan of it', async () => {
    const check = await evaluated(DEMO_AS_OF);
    const failed: DigestCheck = {
      ok: false,
      path: check.path,
      workbook: check.workbook,
      problems: [
        workbookProblem('workbook.write_failed', { workbook: check.workbook }, { reason: 'EIO' }),
      ],
    };
    const ahead = await digestsOf(failed, check);
    expect(ahead).toEqual(await digestsOf(failed));
    expect(ahead.every((d) => d.text.includes('EIO'))).toBe(true);
    expect(ahead).not.toEqual(await digestsOf(digestPartOf(check)));
  });
});

describe('CheckOptions.whilePacking', () => {
  it('is called once, with the evaluated check, after the results are made and before the file is replaced', async () => {
    const path = await newPlan();
    const original = readFileSync(path);
    const calls: { fileUnchanged: boolean; check: EvaluatedCheck }[] = [];
    const check = await checkWorkbookFile(path, {
      asOf: DEMO_AS_OF,
      whilePacking: (evaluatedCheck) =>
        calls.push({ fileUnchanged: readFileSync(path).equals(original), check: evaluatedCheck }),
    });
    expect(check.ok && check.written).toBe(true);
    expect(readFileSync(path).equals(original)).toBe(false);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.fileUnchanged).toBe(true);
    expect(check.ok ? check.outcome : null).toBe(calls[0]?.check.outcome);
  });

  it('is called again for each attempt when a planner saved meanwhile, the last with the outcome returned', async () => {
    const path = await newPlan();
    const saved = join(dir, 'saved-by-planner.xlsx');
    copyFileSync(await newPlan(), saved);
    // Once written by an earlier check, the planner's copy differs from what the check read.
    await checkWorkbookFile(saved, { asOf: '2023-06-30' });
    const outcomes: unknown[] = [];
    let saves = 0;
    const check = await checkWorkbookFile(path, {
      asOf: DEMO_AS_OF,
      onStage: (stage) => {
        if (stage === 'evaluated' && saves++ === 0) copyFileSync(saved, path);
      },
      whilePacking: (evaluatedCheck) => outcomes.push(evaluatedCheck.outcome),
    });
    expect(check.ok && check.written).toBe(true);
    expect(outcomes).toHaveLength(2);
    expect(outcomes[0]).not.toBe(outcomes[1]);
    expect(check.ok ? check.outcome : null).toBe(outcomes[1]);
  });

  it('never costs the write when it throws', async () => {
    const path = await newPlan();
    const check = await checkWorkbookFile(path, {
      asOf: DEMO_AS_OF,
      whilePacking: () => {
        throw new Error('the run’s own work failed');
      },
    });
    expect(check.ok && check.written).toBe(true);
    expect(check.problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  it('is not called by a check that writes nothing', async () => {
    let calls = 0;
    const check = await checkWorkbookFile(await newPlan(), {
      asOf: DEMO_AS_OF,
      dryRun: true,
      whilePacking: () => (calls += 1),
    });
    expect(check.ok).toBe(true);
    expect(calls).toBe(0);
  });
});

describe('a run that delivers digests', () => {
  it('delivers the digests its checks make, parts made while each workbook was written', async () => {
    const made = [await newPlan(), await newPlan()];
    const paths = made.map((p, i) => join(dir, 'run', `plan-${i + 1}.xlsx`));
    const copies = made.map((p, i) => join(dir, 'copy', `plan-${i + 1}.xlsx`));
    mkdirSync(join(dir, 'run'), { recursive: true });
    mkdirSync(join(dir, 'copy'), { recursive: true });
    made.forEach((p, i) => {
      copyFileSync(p, paths[i] ?? '');
      copyFileSync(p, copies[i] ?? '');
    });
    const channel = new Kept();
    const report = await runCheck(paths, { asOf: DEMO_AS_OF, channel, runId: RUN });
    expect(report.checks.every((c) => c.ok && c.written)).toBe(true);

    // The same workbooks, as they were, checked again: their digests made once each check has ended.
    const again = new Kept();
    const collector = collectDigests();
    for (const [i, path] of copies.entries()) {
      const check = await checkWorkbookFile(path, { asOf: DEMO_AS_OF, dryRun: true });
      collector.add(i, check.ok ? digestPartOf(check) : check);
    }
    await collector.deliver(again, RUN);
    // The run's 催报 reminders go through the same channel after its digests.
    const digests = channel.messages.filter((m) => m.purpose !== 'reminder');
    expect(digests.length).toBeGreaterThan(0);
    expect(shown(digests)).toEqual(shown(again.messages));
  });
});
