/**
 * Characters no XML 1.0 document (a workbook part) and no HTML email can carry: C0
 * controls other than tab, LF and CR, the non-characters U+FFFE and U+FFFF, and halves
 * of a surrogate pair standing alone. Workbook text can hold them — Excel stores them
 * escaped (`_x0001_`) and readers hand them back raw — so every text the shells write
 * out goes through here.
 */
const INVALID_CHAR =
  // eslint-disable-next-line no-control-regex -- C0 controls are what it strips
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters a document cannot hold. */
export function withoutInvalidChars(text: string): string {
  return text.replace(INVALID_CHAR, '');
}
