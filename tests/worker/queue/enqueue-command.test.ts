import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../support/redis-server.ts';
import { runBin } from '../../support/run-bin.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('enqueue');

describe('kpi-sentinel enqueue', () => {
  it('says in both languages that Redis cannot be reached, and exits 1 instead of waiting for ever', async () => {
    const port = await freePort(); // nothing listens there
    const config = join(dir, 'kpi-sentinel.config.json');
    writeFileSync(config, JSON.stringify({ workbooks: [], redisUrl: `redis://127.0.0.1:${port}` }));
    const r = runBin(['enqueue', '--config', config], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`无法连接 Redis（127.0.0.1:${port}）`);
    expect(r.stderr).toContain(`could not reach Redis at 127.0.0.1:${port}`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});
