/**
 * "Check now" against a running worker: `POST {url}/runs` with the bearer token (the
 * worker's HTTP API, worker/http/http-server.ts). Every failure comes back as a message
 * the planner can act on, never as a thrown error.
 */
import { t, type Bilingual } from '../../shared/i18n/messages.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';

export interface WorkerConfig {
  /** Base URL of the worker's HTTP API, e.g. `https://kpi.example.gov.cn:8787`. */
  url: string;
  token: string;
}

export type RunRequested = { ok: true; runId: string } | { ok: false; message: Bilingual };

type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  status: number;
  ok: boolean;
  text(): Promise<string>;
}>;

/** True when both a URL and a token are set. */
export function workerConfigured(config: WorkerConfig): boolean {
  return config.url.trim() !== '' && config.token.trim() !== '';
}

/** Asks the worker to start a run now (as of `asOf` when given). */
export async function requestWorkerRun(
  config: WorkerConfig,
  asOf: string | null,
  send: Fetch,
): Promise<RunRequested> {
  const url = `${config.url.trim().replace(/\/+$/, '')}/runs`;
  let response: Awaited<ReturnType<Fetch>>;
  try {
    response = await send(url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${config.token.trim()}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(asOf === null ? {} : { asOf }),
    });
  } catch (err) {
    return {
      ok: false,
      message: t('addin.run.unreachable', {
        url,
        reason: reasonOf(err),
      }),
    };
  }
  const body = await response.text().catch(() => '');
  if (response.status === 401 || response.status === 403)
    return { ok: false, message: t('addin.run.refused', { url }) };
  if (!response.ok)
    return {
      ok: false,
      message: t('addin.run.failed', { url, status: response.status, reason: errorText(body) }),
    };
  return { ok: true, runId: runIdOf(body) };
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

function runIdOf(body: string): string {
  const json = parsed(body);
  return typeof json === 'object' &&
    json !== null &&
    'runId' in json &&
    typeof json.runId === 'string'
    ? json.runId
    : '';
}

function errorText(body: string): string {
  const json = parsed(body);
  if (
    typeof json === 'object' &&
    json !== null &&
    'error' in json &&
    typeof json.error === 'string'
  )
    return json.error;
  return body.slice(0, 200);
}
