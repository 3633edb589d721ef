/**
 * Text as planners type it into Excel, made comparable: full-width forms, the several
 * minus and wave-dash characters, and stray spaces (often pasted from Word or PDF).
 */

/** Minus-like characters NFKC leaves alone but planners mean as `-`. */
const MINUS_LIKE = /[\u2010\u2011\u2212\ufe63]/g;

/** Wave dashes NFKC leaves alone but planners mean as `~` (a range). */
const WAVE_LIKE = /[\u301c\u223c]/g;

/**
 * NFKC (full-width digits, letters and punctuation to half width: `１２３．５％` →
 * `123.5%`), minus signs and wave dashes unified, trimmed. Em and en dashes are kept:
 * alone they mean "none", between numbers a range.
 */
export function normalizeText(s: string): string {
  // ASCII is its own NFKC form and has no minus or wave look-alike: only the trim applies.
  if (isAscii(s)) return s.trim();
  return s.normalize('NFKC').replace(MINUS_LIKE, '-').replace(WAVE_LIKE, '~').trim();
}

/**
 * {@link normalizeText}, then whitespace dropped, except one space kept between two
 * digits so `20 755` still reads as a thousands group and `1 2` is not silently `12`.
 */
export function compactText(s: string): string {
  const n = normalizeText(s);
  return n.replace(/\s+/g, (gap: string, at: number) =>
    isDigit(n[at - 1]) && isDigit(n[at + gap.length]) ? ' ' : '',
  );
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
