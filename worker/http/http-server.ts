import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerFactory,
} from 'fastify';
import type { Redis } from 'ioredis';
import { createServer as createHttpsServer } from 'node:https';
import { bilingualLine, t } from '../../shared/i18n/messages.ts';
import { isIsoDate } from '../../shared/parse/period.ts';
import type { RunQueues } from '../queue/queues.ts';
import type { RedisStats } from '../queue/redis-stats.ts';
import { requestRun } from '../queue/run-starter.ts';
import { registerAddinRoutes, type AddinHosting } from '../addin-host/addin-routes.ts';
import { checkAuthorization } from './bearer-auth.ts';
import { withoutExternalFonts } from './board-page.ts';
import { collectMetrics } from './metrics-source.ts';
import { PROMETHEUS_CONTENT_TYPE, prometheusText } from './prometheus-text.ts';

export interface HttpDeps {
  queues: RunQueues;
  redis: Redis;
  stats: RedisStats;
  /** Bearer token for `POST /runs` and `/queues`; undefined turns both off. */
  token: string | undefined;
  /** This worker's name, shown by `/health`. */
  name: string;
  /** Serve the task pane and its manifest too (`http.publicUrl` set). */
  addin?: AddinHosting | undefined;
  /** PEM certificate and key: serve HTTPS directly instead of behind a reverse proxy. */
  tls?: { cert: string | Buffer; key: string | Buffer } | undefined;
}

/** Where the queue dashboard lives. */
export const BOARD_PATH = '/queues';

/**
 * Refuses a request without the token: 401 with a challenge (Basic for the dashboard, so
 * a browser asks for it, and only there Basic credentials count), 403 when no token is
 * configured at all.
 */
function guard(token: string | undefined, challenge: 'Bearer' | 'Basic') {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const result = checkAuthorization(
      request.headers.authorization,
      token,
      challenge === 'Basic' ? 'bearer-or-basic' : 'bearer',
    );
    if (result === 'ok') return;
    if (result === 'disabled') {
      await reply.code(403).send({ error: bilingualLine(t('http.token_not_configured')) });
      return;
    }
    await reply
      .code(401)
      .header('WWW-Authenticate', `${challenge} realm="kpi-sentinel"`)
      .send({
        error: bilingualLine(t(result === 'missing' ? 'http.token_missing' : 'http.token_wrong')),
      });
  };
}

/** `{ "asOf": "2025-03-31" }` or nothing; anything else is a 400 naming the field. */
function runRequestBody(
  body: unknown,
): { ok: true; asOf?: string } | { ok: false; message: string } {
  if (body === undefined || body === null || body === '') return { ok: true };
  if (typeof body !== 'object' || Array.isArray(body))
    return { ok: false, message: bilingualLine(t('http.bad_body')) };
  if (!('asOf' in body) || body.asOf === undefined || body.asOf === null) return { ok: true };
  const asOf = body.asOf;
  if (typeof asOf !== 'string' || !isIsoDate(asOf))
    return {
      ok: false,
      message: bilingualLine(
        t('cli.bad_as_of', { value: typeof asOf === 'string' ? asOf : JSON.stringify(asOf) }),
      ),
    };
  return { ok: true, asOf };
}

/**
 * The worker's small HTTP API: `GET /health`, `GET /metrics` (Prometheus), `POST /runs`
 * (start a run now; the add-in's "check now") and the bull-board dashboard under
 * `/queues`, the last two behind the bearer token. Built, not listening: tests inject.
 */
export async function buildHttpServer(deps: HttpDeps): Promise<FastifyInstance> {
  const tls = deps.tls;
  // An https.Server is an http.Server with TLS in front: Fastify serves it the same way.
  const httpsFactory: FastifyServerFactory | undefined = tls
    ? (handler) => createHttpsServer(tls, handler)
    : undefined;
  const app = Fastify({ logger: false, ...(httpsFactory ? { serverFactory: httpsFactory } : {}) });

  app.get('/health', async (_request, reply) => {
    let redis = 'down';
    try {
      await deps.redis.ping(); // rejects while Redis is away
      redis = 'up';
    } catch {
      // reported below
    }
    return reply.code(redis === 'up' ? 200 : 503).send({
      status: redis === 'up' ? 'ok' : 'degraded',
      redis,
      worker: deps.name,
      uptimeSeconds: Math.round(process.uptime()),
    });
  });

  app.get('/metrics', async (_request, reply) => {
    const families = await collectMetrics({
      stats: deps.stats,
      redis: deps.redis,
      prefix: deps.queues.prefix,
      queues: deps.queues.all(),
    });
    return reply.header('Content-Type', PROMETHEUS_CONTENT_TYPE).send(prometheusText(families));
  });

  await app.register((scope, _options, registered) => {
    // The add-in calls from the Office web view's origin; the token, not cookies, authorises it.
    scope.addHook('onSend', (_request, reply, payload, done) => {
      reply.header('Access-Control-Allow-Origin', '*');
      reply.header('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      reply.header('Access-Control-Allow-Methods', 'POST, OPTIONS');
      done(null, payload);
    });
    scope.options('/runs', async (_request, reply) => reply.code(204).send());
    scope.post('/runs', { preHandler: guard(deps.token, 'Bearer') }, async (request, reply) => {
      const body = runRequestBody(request.body);
      if (!body.ok) return reply.code(400).send({ error: body.message });
      const runId = await requestRun(deps.queues.runs, body.asOf ? { asOf: body.asOf } : {});
      return reply.code(202).send({ runId, ...(body.asOf ? { asOf: body.asOf } : {}) });
    });
    registered();
  });

  if (deps.addin) await registerAddinRoutes(app, deps.addin);

  await app.register(async (scope) => {
    scope.addHook('onRequest', guard(deps.token, 'Basic'));
    // Government networks block Google Fonts: the dashboard's page links nothing external.
    scope.addHook('onSend', (_request, reply, payload, done) => {
      const html =
        typeof payload === 'string' &&
        String(reply.getHeader('content-type')).startsWith('text/html');
      done(null, html ? withoutExternalFonts(payload) : payload);
    });
    const board = new FastifyAdapter();
    board.setBasePath(BOARD_PATH);
    createBullBoard({
      queues: deps.queues.all().map((q) => new BullMQAdapter(q)),
      serverAdapter: board,
    });
    await scope.register(board.registerPlugin(), { prefix: BOARD_PATH });
  });

  return app;
}
