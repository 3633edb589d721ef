import cron from 'node-cron';
import { z } from 'zod';
import { t, type Bilingual, type MessageKey } from '../../shared/i18n/messages.ts';
import type { Recipient } from '../../shared/model/recipient.ts';
import { parseLanguage, parseSeverity } from '../../shared/parse/enum-values.ts';
import { parseScopeText } from '../../shared/rows/scope-text.ts';
import { isKnownTimeZone } from '../../shared/parse/zone-date.ts';
import { REDACTED, redactSecrets } from './redact-secrets.ts';

/** The nightly slot of docs/architecture.md §9: 02:00 in Shanghai. */
export const DEFAULT_SCHEDULE = { cron: '0 2 * * *', timezone: 'Asia/Shanghai' } as const;

type IssueContext = z.core.$RefinementCtx;

/** Adds an issue whose text is a bilingual message (config-issues.ts shows it as is). */
function fail(
  ctx: IssueContext,
  input: unknown,
  message: Bilingual,
  path: PropertyKey[] = [],
): void {
  ctx.addIssue({
    code: 'custom',
    input,
    path,
    message: message.en,
    params: { zh: message.zh, en: message.en },
  });
}

function checked(test: (value: string) => boolean, key: MessageKey): z.ZodString {
  return z.string().superRefine((value, ctx) => {
    // The message quotes the value, so a password in it must not be quoted along.
    if (!test(value)) fail(ctx, REDACTED, t(key, { value: redactSecrets(value) }));
  });
}

const hasScheme =
  (schemes: string[]) =>
  (value: string): boolean => {
    try {
      return schemes.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  };

/** `kpi@example.gov.cn` or `督查室 <kpi@example.gov.cn>`. */
const MAIL_FROM = /^(?:[^<>]*<\s*[^\s<>@]+@[^\s<>@]+\s*>|[^\s<>@]+@[^\s<>@]+)$/;

const recipientSchema = z
  .strictObject({
    name: z.string().min(1),
    email: z.email(),
    scope: z.string().default(''),
    minSeverity: z.string().default('warning'),
    language: z.string().default('zh-CN'),
  })
  .transform((r, ctx): Recipient => {
    const scope = parseScopeText(r.scope);
    const severity = parseSeverity(r.minSeverity);
    const language = parseLanguage(r.language);
    if (!scope.ok) fail(ctx, r.scope, scope.message, ['scope']);
    if (!severity.ok) fail(ctx, r.minSeverity, severity.message, ['minSeverity']);
    if (!language.ok) fail(ctx, r.language, language.message, ['language']);
    if (!scope.ok || !severity.ok || !language.ok) return z.NEVER;
    return {
      name: r.name,
      email: r.email,
      scope: scope.scope,
      minSeverity: severity.value,
      // Fallback recipients get the leadership digest by email, as before.
      purpose: 'digest',
      channel: 'email',
      mobiles: [],
      language: language.value,
      row: 0,
    };
  });

const positiveMs = z.number().int().min(1);

/** A robot's address; never echoed in an error, since a webhook URL carries its token. */
const webhookUrl = z.string().superRefine((value, ctx) => {
  if (!hasScheme(['https:', 'http:'])(value)) fail(ctx, '***', t('config.reason.webhook_url'));
});

/** How hard a robot message is tried (DingTalk and WeCom take about 20 a minute). */
const robotRetry = {
  attempts: z.number().int().min(1).max(10).default(4),
  backoffMs: positiveMs.default(3_000),
  timeoutMs: positiveMs.default(15_000),
};

/** A robot's name as recipients' `channel` column names it: `dingtalk:<name>`. */
const robotName = z.string().regex(/^[A-Za-z0-9_-]+$/);

const dingtalkRobotSchema = z
  .strictObject({
    webhook: webhookUrl.optional(),
    baseUrl: webhookUrl.optional(),
    accessToken: z.string().min(1).optional(),
    /** 加签 secret (`SEC…`): every request is then signed. */
    secret: z.string().min(1).optional(),
    ...robotRetry,
  })
  .superRefine((robot, ctx) => {
    if (!robot.webhook && !robot.accessToken) fail(ctx, '***', t('config.reason.dingtalk_target'));
  });

const wecomRobotSchema = z
  .strictObject({
    webhook: webhookUrl.optional(),
    baseUrl: webhookUrl.optional(),
    key: z.string().min(1).optional(),
    ...robotRetry,
  })
  .superRefine((robot, ctx) => {
    if (!robot.webhook && !robot.key) fail(ctx, '***', t('config.reason.wecom_target'));
  });

/**
 * The configuration file of docs/architecture.md §9. Every object is strict, so a misspelt key is
 * reported by name instead of being silently ignored.
 */
export const configSchema = z.strictObject({
  /** Workbook paths or globs (`plans/*.xlsx`), relative to the config file. */
  workbooks: z.array(z.string().min(1)).default([]),
  schedule: z
    .strictObject({
      cron: checked((v) => cron.validate(v), 'config.reason.cron').default(DEFAULT_SCHEDULE.cron),
      timezone: checked(isKnownTimeZone, 'config.reason.timezone').default(
        DEFAULT_SCHEDULE.timezone,
      ),
    })
    .prefault({}),
  mail: z
    .strictObject({
      smtpUrl: checked(hasScheme(['smtp:', 'smtps:']), 'config.reason.smtp_url').optional(),
      from: checked((v) => MAIL_FROM.test(v.trim()), 'config.reason.mail_from').default(
        'kpi-sentinel <kpi-sentinel@localhost>',
      ),
      /** Digests go here when no SMTP server is configured. */
      outbox: z.string().min(1).default('outbox'),
      /** Overrides the workbooks' own Settings `digest.mode` when given. */
      mode: z.enum(['always', 'on-change']).optional(),
      /** Fallback recipients for workbooks whose Recipients table is empty. */
      recipients: z.array(recipientSchema).default([]),
      /** Tries per message before the digest job itself is retried. */
      attempts: z.number().int().min(1).max(10).default(3),
      backoffMs: positiveMs.default(2_000),
      maxConnections: z.number().int().min(1).max(20).default(3),
      /** How long a send in progress holds its send-log claim if its process dies mid-send. */
      sendLeaseMs: positiveMs.default(300_000),
    })
    .prefault({}),
  /** Chat robots by name; their URLs, tokens and secrets live here only, never in workbooks. */
  channels: z
    .strictObject({
      dingtalk: z.record(robotName, dingtalkRobotSchema).default({}),
      wecom: z.record(robotName, wecomRobotSchema).default({}),
    })
    .prefault({}),
  redisUrl: checked(hasScheme(['redis:', 'rediss:']), 'config.reason.redis_url').optional(),
  http: z
    .strictObject({
      /** 0 picks a free port (logged at start). */
      port: z.number().int().min(0).max(65_535).default(8787),
      host: z.string().min(1).default('127.0.0.1'),
      /** Bearer token for `POST /runs` and `/queues`; without it both are refused. */
      token: z.string().min(1).optional(),
      /**
       * The address planners' Excel reaches this service at (`https://kpi.example.gov.cn/`).
       * When set, the service also serves the task pane under `/addin/` and its manifest at
       * `/manifest.xml`.
       */
      publicUrl: checked(hasScheme(['https:', 'http:']), 'config.reason.public_url').optional(),
      /** Serve HTTPS directly with these PEM files (or leave TLS to a reverse proxy). */
      tls: z.strictObject({ cert: z.string().min(1), key: z.string().min(1) }).optional(),
      /** `local` serves office.js from this service, for networks that cannot reach Microsoft's CDN. */
      officeJs: z.enum(['cdn', 'local']).default('cdn'),
      /** The add-in id in the served manifest; derived from `publicUrl` when not given. */
      addinId: z
        .string()
        .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/)
        .optional(),
    })
    .optional(),
  queue: z
    .strictObject({
      /** Redis key prefix: several installations can share one Redis. */
      prefix: z
        .string()
        .regex(/^[A-Za-z0-9_-]+$/)
        .default('kpi-sentinel'),
      /** Workbooks one worker process checks at the same time. */
      concurrency: z.number().int().min(1).max(32).default(2),
      attempts: z.number().int().min(1).max(20).default(5),
      backoffMs: positiveMs.default(10_000),
      lockDurationMs: positiveMs.default(30_000),
      stalledIntervalMs: positiveMs.default(30_000),
      maxStalledCount: z.number().int().min(1).default(2),
      /** Finished jobs are kept this long so a repeated run id is still recognised. */
      keepCompletedDays: z.number().min(1).default(14),
      keepFailedDays: z.number().min(1).default(30),
      shutdownTimeoutMs: positiveMs.default(30_000),
      workbookLockLeaseMs: positiveMs.default(30_000),
      /** A workbook file not read within this long (a share not answering) fails its check for now. */
      readTimeoutMs: positiveMs.default(60_000),
      /** A check job not done within this long is given up (it writes nothing) and retried. */
      checkTimeoutMs: positiveMs.default(600_000),
    })
    .prefault({}),
  /** Where the embedded mode keeps its schedule state and send log. */
  stateDir: z.string().min(1).default('.kpi-sentinel'),
});

/** The file as validated, before paths are resolved. */
export type ConfigFile = z.output<typeof configSchema>;

/** The configuration a command runs with: the file, environment overrides applied, paths absolute. */
export interface Config extends ConfigFile {
  /** The file it came from; null when there was none (defaults and environment only). */
  file: string | null;
  /** The folder relative paths in the file are resolved against. */
  baseDir: string;
}
