import type { z } from 'zod';
import { t, type Bilingual, type MessageKey } from '../../shared/i18n/messages.ts';

/** Where an overridden key's value came from, so the message names the variable too. */
export type EnvSources = Partial<Record<string, string>>;

/** `mail.recipients.0.email`: the dotted path an operator finds in the file. */
export function keyPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

const TYPE_WORDS: Record<string, MessageKey> = {
  string: 'config.type.string',
  number: 'config.type.number',
  int: 'config.type.int',
  boolean: 'config.type.boolean',
  array: 'config.type.array',
  object: 'config.type.object',
};

function typeWord(expected: string): Bilingual {
  const key = TYPE_WORDS[expected];
  return key ? t(key) : { zh: expected, en: expected };
}

/** Why the value at the issue's key is wrong, in both languages. */
function reason(issue: z.core.$ZodIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type': {
      const word = typeWord(issue.expected);
      return t('config.reason.type', { expectedZh: word.zh, expectedEn: word.en });
    }
    case 'too_small':
      if (issue.origin === 'string') return t('config.reason.empty');
      return issue.origin === 'array'
        ? t('config.reason.too_short', { minimum: String(issue.minimum) })
        : t('config.reason.too_small', { minimum: String(issue.minimum) });
    case 'too_big':
      return t('config.reason.too_big', { maximum: String(issue.maximum) });
    case 'invalid_value':
      return t('config.reason.one_of', { values: issue.values.map(String).join(' | ') });
    case 'invalid_format':
      return t('config.reason.format', { format: issue.format });
    case 'custom': {
      const params: unknown = issue.params;
      if (params && typeof params === 'object' && 'zh' in params && 'en' in params) {
        return { zh: String(params.zh), en: String(params.en) };
      }
      return { zh: issue.message, en: issue.message };
    }
    // zod's own text names the key or the element; nothing to add in the table.
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return { zh: issue.message, en: issue.message };
  }
}

/**
 * One bilingual message per problem in the file, each naming the key (and, for values
 * that came from the environment, the variable): `mail.smtpUrl (SMTP_URL)`.
 */
export function configIssueMessages(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  env: EnvSources,
): Bilingual[] {
  const messages: Bilingual[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) {
        messages.push(
          t('config.issue', {
            file,
            key: keyPath([...issue.path, k]),
            reasonZh: t('config.reason.unknown_key').zh,
            reasonEn: t('config.reason.unknown_key').en,
          }),
        );
      }
      continue;
    }
    const key = keyPath(issue.path);
    const variable = env[key];
    const shown = variable === undefined ? (key === '' ? '(top)' : key) : `${key} (${variable})`;
    const why = reason(issue);
    messages.push(t('config.issue', { file, key: shown, reasonZh: why.zh, reasonEn: why.en }));
  }
  return messages;
}
