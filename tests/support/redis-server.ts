import { setTimeout as sleep } from 'node:timers/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';

/** A free TCP port on 127.0.0.1, asked of the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = address !== null && typeof address === 'object' ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A private `redis-server` for one test file: its own port and data folder, append-only
 * file on and fsynced on every write (so a restart loses nothing), `noeviction` as the
 * queue needs. Never the shared Redis on 6379.
 */
export class TestRedis {
  readonly port: number;
  readonly dir: string;
  private process: ChildProcess | null = null;

  private constructor(port: number, dir: string) {
    this.port = port;
    this.dir = dir;
  }

  static async start(): Promise<TestRedis> {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'kpi-sentinel-redis-'));
    const redis = new TestRedis(port, dir);
    await redis.spawn();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  private async spawn(): Promise<void> {
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
        '--protected-mode',
        'no',
      ],
      { stdio: 'ignore' },
    );
    this.process = child;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const client = new Redis({
        port: this.port,
        host: '127.0.0.1',
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.ping(); // rejects until the server answers
        client.disconnect();
        return;
      } catch {
        client.disconnect();
      }
      if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${this.port}`);
      await sleep(50);
    }
  }

  /** A client for assertions (not BullMQ's). */
  client(): Redis {
    const c = new Redis({ port: this.port, host: '127.0.0.1', maxRetriesPerRequest: null });
    c.on('error', () => undefined);
    return c;
  }

  /** Kills the server hard (SIGKILL: no final save) and starts it again on the same port and data. */
  async restart(downMs = 0): Promise<void> {
    await this.kill();
    if (downMs > 0) await sleep(downMs);
    await this.spawn();
  }

  /** Freezes the server (SIGSTOP): connections stay open, nothing is answered — a hung Redis. */
  pause(): void {
    this.process?.kill('SIGSTOP');
  }

  /** Lets a paused server answer again (SIGCONT). */
  resume(): void {
    this.process?.kill('SIGCONT');
  }

  private async kill(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.process = null;
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A private redis-server and a client to it, for the tests of one file. */
export interface FileRedis {
  readonly server: TestRedis;
  readonly redis: Redis;
}

/**
 * Starts a private redis-server (and a client) before the file's tests and stops both
 * after them. Read `server` and `redis` inside tests, once beforeAll has run.
 */
export function privateRedis(): FileRedis {
  let started: FileRedis | null = null;
  beforeAll(async () => {
    const server = await TestRedis.start();
    started = { server, redis: server.client() };
  });
  afterAll(async () => {
    started?.redis.disconnect();
    await started?.server.stop();
  });
  const get = (): FileRedis => {
    if (started === null) throw new Error('the private redis-server has not started');
    return started;
  };
  return {
    get server() {
      return get().server;
    },
    get redis() {
      return get().redis;
    },
  };
}
