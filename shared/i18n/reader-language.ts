import type { Bilingual } from './bilingual.ts';
import type { ReaderLanguage } from '../model/digest.ts';

/**
 * The parts of a bilingual text a reader reads, in order: Chinese only, English only, or
 * both with Chinese first.
 */
export function readerTexts(text: Bilingual, language: ReaderLanguage): string[] {
  if (language === 'en') return [text.en];
  if (language === 'zh-CN') return [text.zh];
  return text.zh === text.en ? [text.zh] : [text.zh, text.en];
}

/** A bilingual text on one line as a reader reads it (`越线 / breached` for both). */
export function inLanguage(text: Bilingual, language: ReaderLanguage, joiner = ' / '): string {
  return readerTexts(text, language).join(joiner);
}
