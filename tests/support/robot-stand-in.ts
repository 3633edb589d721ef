import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST the stand-in received: its URL (path and query), raw body bytes and parsed JSON. */
export interface RobotRequest {
  url: URL;
  raw: Buffer;
  body: unknown;
}

/** What the stand-in answers: an HTTP status and a JSON body (usually `{errcode, errmsg}`). */
export interface RobotReply {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * A real HTTP server on 127.0.0.1 playing a chat robot service. Each test decides how it
 * answers (`answer`), the way the real service checks signatures and payloads; every
 * request is kept, and `accepted` holds the ones answered with errcode 0.
 */
export class RobotStandIn {
  readonly requests: RobotRequest[] = [];
  readonly accepted: RobotRequest[] = [];
  answer: (request: RobotRequest, index: number) => RobotReply = () => ok();

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<RobotStandIn> {
    let standIn: RobotStandIn | null = null;
    const server = createServer((req, res) => {
      void readBody(req).then((raw) => {
        if (!standIn) return;
        const url = new URL(req.url ?? '/', standIn.origin);
        const request = { url, raw, body: parseJson(raw) };
        const reply = standIn.answer(request, standIn.requests.length);
        standIn.requests.push(request);
        if (reply.status === 200 && reply.body.errcode === 0) standIn.accepted.push(request);
        res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        res.end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    standIn = new RobotStandIn(server, `http://127.0.0.1:${port}`);
    return standIn;
  }

  reset(): void {
    this.requests.length = 0;
    this.accepted.length = 0;
    this.answer = () => ok();
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** `{errcode: 0, errmsg: "ok"}`, as both services answer a delivered message. */
export function ok(): RobotReply {
  return { status: 200, body: { errcode: 0, errmsg: 'ok' } };
}

/** HTTP 200 with a non-zero errcode, as both services refuse a message. */
export function refused(errcode: number, errmsg: string): RobotReply {
  return { status: 200, body: { errcode, errmsg } };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The body as JSON, or null when it is not JSON (the stand-in then refuses it). */
function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return null;
  }
}

/**
 * The stand-in for one test file: started before its tests, stopped after them, and
 * before each test reset to answer the way the real service does (`service`).
 */
export function robotForFile(
  service: (request: RobotRequest, index: number) => RobotReply,
): () => RobotStandIn {
  let robot: RobotStandIn | null = null;
  beforeAll(async () => {
    robot = await RobotStandIn.start();
  });
  afterAll(async () => {
    await robot?.stop();
  });
  beforeEach(() => {
    robot?.reset();
    if (robot) robot.answer = service;
  });
  return () => {
    if (robot === null) throw new Error('the robot stand-in has not started');
    return robot;
  };
}
