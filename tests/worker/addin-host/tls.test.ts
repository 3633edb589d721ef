import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTls } from '../../../worker/addin-host/hosting-config.ts';
import { buildHttpServer } from '../../../worker/http/http-server.ts';
import { RunQueues } from '../../../worker/queue/queues.ts';
import { RedisStats } from '../../../worker/queue/redis-stats.ts';
import { FAST_QUEUE, queueConfig } from '../../support/queue-fixtures.ts';
import { TestRedis } from '../../support/redis-server.ts';
import { tempDir } from '../../support/temp-dir.ts';

const dir = tempDir('tls');
const cert = join(dir, 'cert.pem');
const key = join(dir, 'key.pem');
let server: TestRedis;
let redis: Redis;
let queues: RunQueues;
let app: FastifyInstance;
let port = 0;

beforeAll(async () => {
  // A self-signed certificate for 127.0.0.1, as an administrator's own CA would issue.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  server = await TestRedis.start();
  redis = server.client();
  queues = new RunQueues(
    server.url,
    queueConfig(dir, { queue: { ...FAST_QUEUE, prefix: 'tls' } }).queue,
    'worker',
  );
  app = await buildHttpServer({
    queues,
    redis,
    stats: new RedisStats(redis, 'tls'),
    token: undefined,
    name: 'tls-worker',
    addin: { publicUrl: 'https://127.0.0.1/', officeJs: 'cdn', paneDir: join(dir, 'no-pane') },
    tls: await readTls({ cert, key }),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  port = typeof address === 'object' && address !== null ? address.port : 0;
});

afterAll(async () => {
  await app.close();
  await queues.close();
  redis.disconnect();
  await server.stop();
});

function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, ca: readFileSync(cert), method: 'GET' },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('HTTPS from http.tls', () => {
  it('serves the API and the manifest over TLS with the configured certificate', async () => {
    const health = await get('/health');
    expect(health.status).toBe(200);
    const manifest = await get('/manifest.xml');
    expect(manifest.body).toContain('https://127.0.0.1/addin/taskpane.html');
  });

  it('answers /addin/ with how to build the pane when it is not built', async () => {
    const pane = await get('/addin/taskpane.html');
    expect(pane.status).toBe(503);
    expect(pane.body).toContain('npm run build:addin');
  });

  it('names the file when the certificate cannot be read', async () => {
    await expect(readTls({ cert: join(dir, 'missing.pem'), key })).rejects.toThrow(
      /无法读取 TLS 证书或私钥 .*missing\.pem：ENOENT/,
    );
  });
});
