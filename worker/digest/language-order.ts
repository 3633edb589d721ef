import type { Bilingual } from '../../shared/i18n/messages.ts';
import { readerTexts } from '../../shared/i18n/reader-language.ts';
import type { ReaderLanguage } from '../../shared/model/digest.ts';

/** The language(s) a digest recipient reads. */
export type DigestLanguage = ReaderLanguage;

/** `实绩 Actual` for both languages, `实绩` or `Actual` for one: a short label on one line. */
export function inline(text: Bilingual, language: DigestLanguage): string {
  return readerTexts(text, language).join(' ');
}

/** A longer text: `first / second` for both languages, the one otherwise. */
export function slash(text: Bilingual, language: DigestLanguage): string {
  return readerTexts(text, language).join(' / ');
}
