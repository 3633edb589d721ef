/**
 * Traditional Chinese to Simplified, before any matching: plans copied from Hong Kong,
 * Macao or Taiwan sources (or typed with a Traditional input method) say 指標名稱, 屬性,
 * 約束性, 萬戶. Character-level OpenCC tables only (no phrase rewriting such as 軟體→软件),
 * so names keep their wording; text that is already Simplified comes back unchanged.
 */
import { Converter } from 'opencc-js/t2cn';

type Convert = (text: string) => string;

/**
 * Converter with its types spelt out: opencc-js's declarations import `./core` without an
 * extension, which NodeNext resolution cannot follow, so its own return type is unknown.
 */
const converter: (options: { from: 't'; to: 'cn' }) => Convert = Converter;

/** Built on first use: loading the tables costs a few tens of milliseconds. */
let convert: Convert | null = null;

/** `市場監管「十四五」規劃` → `市场监管「十四五」规划`. */
export function toSimplified(text: string): string {
  if (text === '') return text;
  const c = convert ?? converter({ from: 't', to: 'cn' });
  convert = c;
  return c(text);
}
