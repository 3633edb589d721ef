// zod/mini: the same email check, without the classic API's methods and message locales,
// which every check would otherwise load (the add-in too).
import * as z from 'zod/mini';
import type { Grid } from '../contract/grid.ts';
import { RECIPIENTS } from '../contract/tables.ts';
import { t } from '../i18n/messages.ts';
import {
  recipientAddress,
  receives,
  type MessageKind,
  type Recipient,
} from '../model/recipient.ts';
import { parseChannelText, parseMobiles } from '../parse/channel-text.ts';
import { parseLanguage, parsePurpose, parseSeverity } from '../parse/enum-values.ts';
import { normalizeText } from '../parse/text-normalize.ts';
import type { RowsResult } from './rows-result.ts';
import { parseScopeText } from './scope-text.ts';
import { readTable } from './table-reader.ts';

const EMAIL = z.email();

/**
 * Reads the Recipients table: a name is required, and a valid email on the `email`
 * channel (robot recipients need none); scope empty means everything; minimum severity
 * defaults to warning, language to zh-CN, purpose to digest, channel to email. The same
 * recipient (address, or robot and name) with an overlapping purpose is an error on the
 * later row: one may get digests on one row and reminders for another scope on the next.
 */
export function readRecipients(grid: Grid): RowsResult<Recipient> {
  const firstRowOf = new Map<string, number>();
  return readTable(grid, RECIPIENTS, (r) => {
    const name = r.required('name');
    const channel = parseChannelText(r.text('channel'));
    if (!channel.ok) r.fail('channel', 'parse.channel.invalid', channel.message);
    const onEmail = channel.ok && channel.channel === 'email';
    const email = onEmail ? r.requiredCode('email') : normalizeText(r.text('email'));
    if (email !== '' && !EMAIL.safeParse(email).success) {
      r.fail('email', 'row.email_invalid', t('row.email_invalid', { value: r.shown('email') }));
    }
    const scope = parseScopeText(r.text('scope'));
    if (!scope.ok) r.fail('scope', 'row.scope_invalid', scope.message);
    const mobiles = parseMobiles(r.text('mobile'));
    if (!mobiles.ok) r.fail('mobile', 'parse.mobile.invalid', mobiles.message);
    const minSeverity = r.choice('minSeverity', parseSeverity) ?? 'warning';
    const language = r.choice('language', parseLanguage) ?? 'zh-CN';
    const purpose = r.choice('purpose', parsePurpose) ?? 'digest';
    if (r.failed || !scope.ok || !channel.ok || !mobiles.ok) return null;
    const recipient: Recipient = {
      name,
      email,
      scope: scope.scope,
      minSeverity,
      language,
      purpose,
      channel: channel.channel,
      mobiles: mobiles.mobiles,
      row: r.rowNumber,
    };
    const address = recipientAddress(recipient);
    const kinds: MessageKind[] = ['digest', 'reminder'];
    for (const kind of kinds.filter((k) => receives(recipient, k))) {
      const first = firstRowOf.get(`${kind}|${address}`);
      if (first !== undefined) {
        const column = onEmail ? 'email' : 'name';
        const value = onEmail ? email : `${channel.channel} ${name}`;
        r.fail(column, 'row.duplicate_recipient', t('row.duplicate_recipient', { value, first }));
        return null;
      }
    }
    for (const kind of kinds.filter((k) => receives(recipient, k)))
      firstRowOf.set(`${kind}|${address}`, r.rowNumber);
    return recipient;
  });
}
