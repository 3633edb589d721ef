// Fault family: a workbook file whose read does not finish in time (a share that stopped
// answering). Queue mode bounds every read (`queue.readTimeoutMs`): the read is abandoned
// with a bilingual message naming the workbook, and the run goes on. A large sparse file
// stands in for the slow share: reading and hashing it takes far longer than the 1 ms bound.
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWithSnapshot, ReadTimeoutError } from '../../worker/file-safety/file-snapshot.ts';
import { checkWorkbookFile } from '../../worker/pipeline/check-stage.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('faults-read-timeout');

function slowFile(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '');
  truncateSync(path, 64 * 1024 * 1024);
  return path;
}

describe('a workbook read that does not finish in time', () => {
  it('is abandoned once the bound passes, and read in full without one', async () => {
    const path = slowFile('share.xlsx');
    await expect(readWithSnapshot(path, { timeoutMs: 1 })).rejects.toBeInstanceOf(ReadTimeoutError);
    const whole = await readWithSnapshot(path);
    expect(whole.bytes.length).toBe(64 * 1024 * 1024);
  });

  it('ends the check of that workbook with a bilingual message naming it', async () => {
    const path = slowFile('slow-share.xlsx');
    const bounded = await checkWorkbookFile(path, { readTimeoutMs: 1, dryRun: true });
    expect(bounded.ok).toBe(false);
    const problem = bounded.ok ? undefined : bounded.problems[0];
    expect(problem?.code).toBe('workbook.read_timeout');
    expect(problem?.workbook).toBe('slow-share.xlsx');
    expect(problem?.message.zh).toContain('slow-share.xlsx');
    expect(problem?.message.en).toContain('slow-share.xlsx');
    // Unbounded, the same file is read to its end and refused for what it holds instead.
    const unbounded = await checkWorkbookFile(path, { dryRun: true });
    expect(unbounded.ok ? undefined : unbounded.problems[0]?.code).not.toBe(
      'workbook.read_timeout',
    );
  });
});
