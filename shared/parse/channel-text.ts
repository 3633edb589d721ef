import { t, type Bilingual } from '../i18n/messages.ts';
import { normalizeText } from './text-normalize.ts';

/** The robot services a recipient's channel may name. */
export type RobotKind = 'dingtalk' | 'wecom';

/** Names planners give each channel kind (compared lower-cased, without spaces). */
const KIND_WORDS: Readonly<Record<string, RobotKind | 'email'>> = {
  email: 'email',
  mail: 'email',
  邮件: 'email',
  邮箱: 'email',
  电子邮件: 'email',
  dingtalk: 'dingtalk',
  钉钉: 'dingtalk',
  浙政钉: 'dingtalk',
  wecom: 'wecom',
  企业微信: 'wecom',
  企微: 'wecom',
};

export type ChannelTextResult = { ok: true; channel: string } | { ok: false; message: Bilingual };

/**
 * A recipient's channel as typed: empty or `email` (邮件), or a robot of the worker's
 * config, `dingtalk:<name>` (钉钉:<name>) or `wecom:<name>` (企业微信:<name>). Gives the
 * canonical `email` / `dingtalk:<name>` / `wecom:<name>`; whether the robot is configured
 * is for the worker to say (the workbook does not know its config).
 */
export function parseChannelText(input: string): ChannelTextResult {
  const text = normalizeText(input).trim();
  const invalid: ChannelTextResult = {
    ok: false,
    message: t('parse.channel.invalid', { value: input.trim() }),
  };
  if (text === '') return { ok: true, channel: 'email' };
  const m = /^([^:：]+)(?:[:：]\s*(.*))?$/.exec(text);
  const kind = m ? KIND_WORDS[(m[1] ?? '').toLowerCase().replace(/\s+/g, '')] : undefined;
  if (!m || kind === undefined) return invalid;
  const name = (m[2] ?? '').trim();
  if (kind === 'email') return name === '' ? { ok: true, channel: 'email' } : invalid;
  // The config file's robot names (`channels.dingtalk.<name>`) are plain identifiers.
  if (!/^[A-Za-z0-9_-]+$/.test(name)) return invalid;
  return { ok: true, channel: `${kind}:${name}` };
}

/** Mobile numbers for `@`-mentions: one or more, separated by commas, 、 or spaces. */
export function parseMobiles(
  input: string,
): { ok: true; mobiles: string[] } | { ok: false; message: Bilingual } {
  const mobiles: string[] = [];
  for (const part of normalizeText(input).split(/[,，、;；\s]+/)) {
    if (part === '') continue;
    const digits = part.replace(/^\+?86-?/, '').replace(/-/g, '');
    if (!/^1\d{10}$/.test(digits))
      return { ok: false, message: t('parse.mobile.invalid', { value: part }) };
    if (!mobiles.includes(digits)) mobiles.push(digits);
  }
  return { ok: true, mobiles };
}
