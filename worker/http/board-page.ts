/**
 * bull-board's page links IBM Plex from Google Fonts; on a government intranet that request
 * hangs or fails, so the served page drops every stylesheet link to another host and the
 * dashboard falls back to a system font.
 */
export function withoutExternalFonts(html: string): string {
  return html.replace(/<link\b[^>]*\bhref="https?:\/\/[^"]*"[^>]*>\s*/gi, '');
}
