// Fault family: credentials the HTTP API did not document. `POST /runs` takes only the
// Bearer token; Basic (user name anything, password the token) is for the dashboard's
// browser login alone.
import { describe, expect, it } from 'vitest';
import { workerHttp } from '../support/worker-http.ts';
import { tempDir } from '../support/temp-dir.ts';

const TOKEN = 'a-long-enough-secret-token';
const dir = tempDir('faults-http');
const served = workerHttp(dir, 'auth', { token: TOKEN });

const basic = `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`;

describe('POST /runs is Bearer-only', () => {
  it('refuses Basic credentials carrying the right token, and starts no run', async () => {
    const res = await served.app.inject({
      method: 'POST',
      url: '/runs',
      headers: { authorization: basic },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="kpi-sentinel"');
    expect(await served.queues.runs.count()).toBe(0);
  });

  it('accepts the Bearer token', async () => {
    const res = await served.app.inject({
      method: 'POST',
      url: '/runs',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(202);
  });

  it('keeps Basic for the dashboard, where a browser can only log in that way', async () => {
    const res = await served.app.inject({
      method: 'GET',
      url: '/queues',
      headers: { authorization: basic },
    });
    expect(res.statusCode).toBe(200);
  });
});
