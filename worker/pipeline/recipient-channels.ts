import { bilingualHeader, RECIPIENTS } from '../../shared/contract/tables.ts';
import { t } from '../../shared/i18n/messages.ts';
import type { Problem } from '../../shared/model/problem.ts';
import type { Recipient } from '../../shared/model/recipient.ts';

const CHANNEL_COLUMN = RECIPIENTS.columns.find((c) => c.key === 'channel');

/**
 * Recipients whose robot channel the worker's config does not name: each is a row error
 * (naming the robots that are configured) and is left out of the run's messages. The
 * workbook cannot know the config, so this check is the worker's.
 */
export function checkRecipientChannels(
  workbook: string,
  recipients: readonly Recipient[],
  robots: readonly string[],
): { recipients: Recipient[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const none = t('channel.none_configured');
  const known = {
    knownZh: robots.length > 0 ? robots.join('、') : none.zh,
    knownEn: robots.length > 0 ? robots.join(', ') : none.en,
  };
  const kept = recipients.filter((r) => {
    if (r.channel === 'email' || robots.includes(r.channel)) return true;
    const where = {
      workbook,
      sheet: RECIPIENTS.sheet,
      row: r.row,
      column: CHANNEL_COLUMN ? bilingualHeader(CHANNEL_COLUMN) : 'channel',
    };
    const detail = t('channel.unknown_robot', { value: r.channel, ...known });
    problems.push({
      ...where,
      value: r.channel,
      code: 'channel.unknown_robot',
      message: t('row.at_skipped', { ...where, detailZh: detail.zh, detailEn: detail.en }),
      level: 'error',
    });
    return false;
  });
  return { recipients: kept, problems };
}
