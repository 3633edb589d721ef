/**
 * The one table of user-facing text, zh-CN first, then English, merged from one file per
 * speaker under `messages/` (core, digest, service, add-in, CLI, plan import, add-in tooling,
 * evaluation report, reminders).
 * Templates use `{name}` placeholders filled by `t()`. Add an entry to the file of the part
 * that says it; keys are unique across files (tests/shared/i18n refuses a clash).
 */
import type { Bilingual } from './bilingual.ts';
import { CORE_MESSAGES } from './messages/core.ts';
import { DIGEST_MESSAGES } from './messages/digest.ts';
import { SERVICE_MESSAGES } from './messages/service.ts';
import { ADDIN_MESSAGES } from './messages/addin.ts';
import { CLI_MESSAGES } from './messages/cli.ts';
import { IMPORT_MESSAGES } from './messages/import.ts';
import { TOOLING_MESSAGES } from './messages/tooling.ts';
import { REPORT_MESSAGES } from './messages/report.ts';
import { REMIND_MESSAGES } from './messages/remind.ts';

export type { Bilingual } from './bilingual.ts';

export const MESSAGES = {
  ...CORE_MESSAGES,
  ...DIGEST_MESSAGES,
  ...SERVICE_MESSAGES,
  ...ADDIN_MESSAGES,
  ...CLI_MESSAGES,
  ...IMPORT_MESSAGES,
  ...TOOLING_MESSAGES,
  ...REPORT_MESSAGES,
  ...REMIND_MESSAGES,
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;

export type Params = Record<string, string | number>;

/**
 * Each template split once at its placeholders: text, name, text, name, …, text. Bounded
 * by the message table; a check fills some templates once per finding or per cell.
 */
const templateParts = new Map<string, string[]>();

function fill(template: string, params: Params): string {
  let parts = templateParts.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  let filled = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    filled += (name in params ? String(params[name]) : `{${name}}`) + (parts[i + 1] ?? '');
  }
  return filled;
}

/** A message in both languages with its placeholders filled. */
export function t(key: MessageKey, params: Params = {}): Bilingual {
  const m: Bilingual = MESSAGES[key];
  return { zh: fill(m.zh, params), en: fill(m.en, params) };
}

/** One line for logs and CLI output: Chinese first, then English. */
export function bilingualLine(b: Bilingual): string {
  return `${b.zh} / ${b.en}`;
}

/** `越线 breached`: the bilingual label written into sheets for a status, severity, state, rule or kind. */
export function label(key: MessageKey): string {
  const m: Bilingual = MESSAGES[key];
  return `${m.zh} ${m.en}`;
}
