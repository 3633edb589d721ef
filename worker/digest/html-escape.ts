import { withoutInvalidChars } from '../../shared/contract/document-chars.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML element content and quoted attribute values. Every value that
 * comes from a workbook passes through here: names can hold `<script>`, `&` and quotes.
 */
export function escapeHtml(text: string): string {
  // Control characters a workbook can smuggle in have no place in an email either.
  return withoutInvalidChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
