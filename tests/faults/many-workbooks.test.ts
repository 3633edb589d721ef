// Fault family: a run over many workbooks. They are checked by a small pool (never all at
// once, never strictly one after another), and the run keeps of each only what the summary
// and the digests need. A person listed in every workbook gets one digest of bounded size.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PLAN_SECTIONS } from '../../shared/digest/person-digest.ts';
import { runCheck } from '../../worker/pipeline/run-check.ts';
import { digestEmls, digestTexts } from '../support/outbox-files.ts';
import { planWorkbook } from '../support/queue-fixtures.ts';
import { runBin } from '../support/run-bin.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('faults-many-workbooks');

describe('a run over many workbooks', () => {
  it('checks them with a pool of the given size, keeps results in path order and no whole models', async () => {
    const paths = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        planWorkbook(join(dir, `pool/plan-${i}.xlsx`), [`p${i}@example.gov.cn`]),
      ),
    );
    let inFlight = 0;
    let most = 0;
    // The first workbook read waits for a second one to be read alongside it: a run that
    // checks one workbook after another never gets past this.
    let second = (): void => undefined;
    const secondRead = new Promise<void>((r) => (second = r));
    let reads = 0;
    const report = await runCheck(paths, {
      asOf: '2025-03-31',
      channel: null,
      concurrency: 2,
      onStage: async (stage) => {
        if (stage === 'read') {
          inFlight += 1;
          most = Math.max(most, inFlight);
          reads += 1;
          if (reads === 1) await secondRead;
          else second();
        }
        if (stage === 'written') inFlight -= 1;
      },
    });
    expect(most).toBe(2);
    expect(report.checks.map((c) => c.path)).toEqual(paths);
    for (const c of report.checks) {
      expect(c.ok && c.written).toBe(true);
      // What the summary and the reminders need, not the actuals, milestones, indicators and
      // findings read or worked out (the digests took their part as the workbook finished).
      if (c.ok) {
        expect(Object.keys(c.model).sort()).toEqual(['indicatorCount', 'recipients', 'settings']);
        expect(Object.keys(c.outcome.evaluation).sort()).toEqual([
          'estimatedYears',
          'owed',
          'statuses',
        ]);
      }
    }
  }, 120_000);

  it('gives a person on every workbook one digest of bounded size: the first plans in full, one line for each further plan', async () => {
    const seed = await planWorkbook(join(dir, 'bound/seed.xlsx.tmpl'), ['chief@example.gov.cn']);
    /** `count` copies of the seed plan checked by the compiled CLI: the digest's HTML and .eml. */
    const checkCopies = (name: string, count: number): { html: string; eml: number } => {
      const work = join(dir, 'bound', name);
      mkdirSync(work, { recursive: true });
      const files = Array.from({ length: count }, (_, i) => {
        const file = `plan-${String(i).padStart(3, '0')}.xlsx`;
        copyFileSync(seed, join(work, file));
        return file;
      });
      const outbox = join(work, 'outbox');
      const run = runBin(['check', '--as-of', '2025-03-31', '--outbox', outbox, ...files], work);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const [eml, ...others] = digestEmls(outbox);
      expect(eml && others).toEqual([]);
      const html = readdirSync(outbox).find((f) => f.endsWith('.html')) ?? '';
      return {
        html: readFileSync(join(outbox, html), 'utf8'),
        eml: statSync(join(outbox, eml ?? '')).size,
      };
    };
    const one = checkCopies('one', 1);
    const count = MAX_PLAN_SECTIONS * 3;
    const many = checkCopies('many', count);
    // The plans past the limit add a line each, not a section: the digest of 90 plans is
    // about the size of 30 (a digest with every plan in full would be 90 times one).
    expect(many.html.match(/data-plan="/g)).toHaveLength(MAX_PLAN_SECTIONS);
    expect(many.html.length).toBeLessThan((MAX_PLAN_SECTIONS + 5) * one.html.length);
    expect(many.eml).toBeLessThan((MAX_PLAN_SECTIONS + 5) * one.eml);
    const [text = ''] = await digestTexts(join(dir, 'bound/many/outbox'));
    expect(text).toContain(
      `另有 ${count - MAX_PLAN_SECTIONS} 个规划只列一行（每封摘要最多详列 ${MAX_PLAN_SECTIONS} 个规划）`,
    );
    // The last plan, on its line with its file and red/yellow counts.
    expect(text).toMatch(
      new RegExp(`（plan-${String(count - 1).padStart(3, '0')}\\.xlsx）：红\\d+ 黄\\d+`),
    );
  }, 300_000);
});
