// Fault family: a run over many workbooks. They are checked by a small pool (never all at
// once, never strictly one after another), and the run keeps of each only what the summary
// and the digests need.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../worker/pipeline/run-check.ts';
import { planWorkbook } from '../support/queue-fixtures.ts';
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
      // What the digest needs of the model, not the actuals and milestones read from the workbook.
      if (c.ok)
        expect(Object.keys(c.model).sort()).toEqual(['indicators', 'recipients', 'settings']);
    }
  }, 120_000);
});
