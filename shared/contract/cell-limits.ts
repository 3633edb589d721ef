/**
 * Limits of a spreadsheet cell that both shells respect: Excel holds at most 32,767
 * characters in a cell, so a longer text is something no planner typed (a paste gone
 * wrong, a hostile file) and is refused rather than carried into alerts and digests.
 */
export const EXCEL_MAX_CELL_TEXT = 32_767;

/** How much of a cell's value a message quotes; longer values are cut with their length said. */
export const SHOWN_VALUE_MAX = 200;

/** A value as messages quote it: whole when short, else its start, `…` and its length. */
export function shownValue(text: string): string {
  if (text.length <= SHOWN_VALUE_MAX) return text;
  let cut = SHOWN_VALUE_MAX;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…(${text.length.toLocaleString('en-US')})`;
}
