import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { t, type Bilingual } from '../../shared/i18n/messages.ts';
import { configIssueMessages, type EnvSources } from './config-issues.ts';
import { configSchema, type Config } from './config-schema.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';
import { redactSecrets } from './redact-secrets.ts';
import { walksFromRoot } from './workbook-globs.ts';

/** The names looked for in the working folder when no `--config` is given. */
export const DEFAULT_CONFIG_NAMES = [
  'kpi-sentinel.config.json',
  'kpi-sentinel.config.yaml',
  'kpi-sentinel.config.yml',
] as const;

/** Environment variables that override keys of the file (docs/architecture.md §9). */
export const ENV_OVERRIDES = {
  REDIS_URL: 'redisUrl',
  SMTP_URL: 'mail.smtpUrl',
  MAIL_FROM: 'mail.from',
} as const;

export type ConfigResult = { ok: true; config: Config } | { ok: false; messages: Bilingual[] };

export interface LoadConfigOptions {
  /** `--config FILE`; without it the default names are tried in `cwd`, then defaults alone. */
  file?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Sets `a.b` in a plain object tree, creating the objects on the way. */
function setPath(target: Record<string, unknown>, path: string, value: string): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === undefined) node[key] = {};
    const child = node[key];
    if (!isObject(child)) return; // the schema reports the bad type
    node = child;
  }
  const last = keys[keys.length - 1];
  if (last !== undefined) node[last] = value;
}

async function readRaw(
  file: string,
): Promise<{ ok: true; raw: unknown } | { ok: false; message: Bilingual }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    if (code === 'ENOENT') return { ok: false, message: t('config.not_found', { file }) };
    return {
      ok: false,
      message: t('config.unreadable', {
        file,
        reason: reasonOf(err),
      }),
    };
  }
  const yaml = ['.yaml', '.yml'].includes(extname(file).toLowerCase());
  try {
    return {
      ok: true,
      raw: yaml ? parseYaml(text.replace(/^\uFEFF/, '')) : JSON.parse(text.replace(/^\uFEFF/, '')),
    };
  } catch (err) {
    // YAML's message quotes the offending line, which may hold a password.
    const reason = redactSecrets(err instanceof Error ? err.message : String(err));
    const line =
      err instanceof YAMLParseError
        ? String(err.linePos?.[0].line ?? '?')
        : (/line (\d+)/.exec(reason)?.[1] ?? '?');
    return { ok: false, message: t('config.syntax', { file, line, reason }) };
  }
}

function absolute(baseDir: string, path: string): string {
  return isAbsolute(path) ? path : resolve(baseDir, path);
}

/**
 * Reads and validates the configuration: the file (JSON or YAML), then `REDIS_URL`,
 * `SMTP_URL` and `MAIL_FROM` over it. Paths in the file are resolved against the file's
 * folder (so the same file works from any working folder and under systemd); workbook
 * globs stay globs. Every problem is reported, each naming its key.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<ConfigResult> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const file =
    options.file !== undefined
      ? absolute(cwd, options.file)
      : (DEFAULT_CONFIG_NAMES.map((n) => resolve(cwd, n)).find((p) => existsSync(p)) ?? null);

  let raw: unknown = {};
  if (file !== null) {
    const read = await readRaw(file);
    if (!read.ok) return { ok: false, messages: [read.message] };
    raw = read.raw ?? {};
  }
  const merged: unknown = structuredClone(raw);
  if (!isObject(merged))
    return { ok: false, messages: [t('config.not_object', { file: file ?? '-' })] };
  const sources: EnvSources = {};
  for (const [variable, key] of Object.entries(ENV_OVERRIDES)) {
    const value = env[variable];
    if (value === undefined || value.trim() === '') continue;
    setPath(merged, key, value.trim());
    sources[key] = variable;
  }

  const parsed = configSchema.safeParse(merged);
  if (!parsed.success)
    return { ok: false, messages: configIssueMessages(parsed.error.issues, file ?? '-', sources) };
  const baseDir = file === null ? cwd : dirname(file);
  const c = parsed.data;
  const fromRoot = c.workbooks.flatMap((pattern, i) => {
    if (!walksFromRoot(pattern, baseDir)) return [];
    const why = t('config.reason.glob_from_root', { value: pattern });
    return [
      t('config.issue', {
        file: file ?? '-',
        key: `workbooks.${i}`,
        reasonZh: why.zh,
        reasonEn: why.en,
      }),
    ];
  });
  if (fromRoot.length > 0) return { ok: false, messages: fromRoot };
  return {
    ok: true,
    config: {
      ...c,
      mail: { ...c.mail, outbox: absolute(baseDir, c.mail.outbox) },
      stateDir: absolute(baseDir, c.stateDir),
      file,
      baseDir,
    },
  };
}
