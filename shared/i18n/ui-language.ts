/**
 * The language a user interface shows: Chinese for a Simplified-Chinese Office or browser
 * (`zh-CN`, `zh-Hans`, `zh-SG`, or plain `zh`), English for anything else.
 */
import type { Bilingual, MessageKey, Params } from './messages.ts';
import { t } from './messages.ts';

export type UiLanguage = 'zh' | 'en';

/** Office's display language (`zh-CN`, `en-US`) → the UI language. */
export function uiLanguage(displayLanguage: string | undefined): UiLanguage {
  return /^zh(?:$|-(?:cn|hans|sg)\b)/i.test((displayLanguage ?? '').trim()) ? 'zh' : 'en';
}

/** One half of a bilingual text. */
export function inLanguage(text: Bilingual, lang: UiLanguage): string {
  return lang === 'zh' ? text.zh : text.en;
}

/** A message in one language, placeholders filled. */
export function textIn(lang: UiLanguage, key: MessageKey, params: Params = {}): string {
  return inLanguage(t(key, params), lang);
}
