import { z } from 'zod';
import type { Grid } from '../contract/grid.ts';
import { RECIPIENTS } from '../contract/tables.ts';
import { t } from '../i18n/messages.ts';
import type { Recipient } from '../model/recipient.ts';
import { parseLanguage, parseSeverity } from '../parse/enum-values.ts';
import type { RowsResult } from './rows-result.ts';
import { parseScopeText } from './scope-text.ts';
import { readTable } from './table-reader.ts';

const EMAIL = z.email();

/**
 * Reads the Recipients table: name and a valid email are required (an address given twice
 * is an error on the later row); scope empty means everything; minimum severity defaults
 * to warning, language to zh-CN.
 */
export function readRecipients(grid: Grid): RowsResult<Recipient> {
  const firstRowOf = new Map<string, number>();
  return readTable(grid, RECIPIENTS, (r) => {
    const name = r.required('name');
    const email = r.requiredCode('email');
    if (email !== '' && !EMAIL.safeParse(email).success) {
      r.fail('email', 'row.email_invalid', t('row.email_invalid', { value: r.shown('email') }));
    }
    const scope = parseScopeText(r.text('scope'));
    if (!scope.ok) r.fail('scope', 'row.scope_invalid', scope.message);
    const minSeverity = r.choice('minSeverity', parseSeverity) ?? 'warning';
    const language = r.choice('language', parseLanguage) ?? 'zh-CN';
    if (r.failed || !scope.ok) return null;
    const first = firstRowOf.get(email.toLowerCase());
    if (first !== undefined) {
      r.fail('email', 'row.duplicate_email', t('row.duplicate_email', { value: email, first }));
      return null;
    }
    firstRowOf.set(email.toLowerCase(), r.rowNumber);
    return { name, email, scope: scope.scope, minSeverity, language, row: r.rowNumber };
  });
}
