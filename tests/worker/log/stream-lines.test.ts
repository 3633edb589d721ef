// A reader that goes away (`kpi-sentinel check --json | head`) must not end a check with a
// stack trace: the output stops, the command runs to its end and exits as it would have.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF } from '../../../seeds/huzhou-demo-expectations.ts';
import { huzhouTemplate } from '../../../seeds/huzhou-template.ts';
import { streamLines } from '../../../worker/log/stream-lines.ts';
import { workbookMaker } from '../../support/fresh-workbooks.ts';
import { BIN } from '../../support/run-bin.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('stream-lines');

function failure(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('streamLines', () => {
  it('writes lines until the stream fails, then drops the rest without a word for a closed pipe', () => {
    const stream = new PassThrough();
    const reported: string[] = [];
    const line = streamLines(stream, (l) => reported.push(l));
    line('一');
    stream.emit('error', failure('EPIPE'));
    line('二');
    expect(String(stream.read())).toBe('一\n');
    expect(stream.read()).toBeNull();
    expect(reported).toEqual([]);
  });

  it('says once, in both languages, that any other failure lost the output', () => {
    const stream = new PassThrough();
    const reported: string[] = [];
    const line = streamLines(stream, (l) => reported.push(l));
    stream.emit('error', failure('EIO'));
    stream.emit('error', failure('EIO'));
    line('lost');
    expect(stream.read()).toBeNull();
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain('命令输出无法写出（EIO）');
    expect(reported[0]).toContain('the command output could not be written (EIO)');
  });
});

describe('the executable with its output closed by the reader', () => {
  it('finishes the check, sends its digests and exits 0 without a stack trace', async () => {
    const plan = await workbookMaker(dir, huzhouTemplate())();
    const outbox = join(dir, 'outbox');
    const child = spawn(
      process.execPath,
      [BIN, 'check', plan, '--as-of', DEMO_AS_OF, '--outbox', outbox, '--json'],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // The reader is gone before the first line is written: every write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readdirSync(outbox).length).toBeGreaterThan(0);
  }, 120_000);
});
