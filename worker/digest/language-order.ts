import type { Bilingual } from '../../shared/i18n/messages.ts';

/** The language a digest recipient reads first. */
export type DigestLanguage = 'zh-CN' | 'en';

/** The two halves of a bilingual text, the recipient's language first. */
export interface OrderedText {
  first: string;
  second: string;
}

/** Chinese first, unless the recipient asked for English. */
export function ordered(text: Bilingual, language: DigestLanguage): OrderedText {
  return language === 'en'
    ? { first: text.en, second: text.zh }
    : { first: text.zh, second: text.en };
}

/** `实绩 Actual` (or `Actual 实绩`): a short label in both languages on one line. */
export function inline(text: Bilingual, language: DigestLanguage): string {
  const { first, second } = ordered(text, language);
  return first === second ? first : `${first} ${second}`;
}
