import { ACTUALS } from '../../shared/contract/tables.ts';
import { t, type Bilingual } from '../../shared/i18n/messages.ts';
import { readerTexts } from '../../shared/i18n/reader-language.ts';
import type { Reminder, ReminderItem } from '../../shared/remind/reminder.ts';
import type { DigestMessage } from '../channels/channel.ts';
import { md } from '../digest/digest-markdown.ts';
import { escapeHtml } from '../digest/html-escape.ts';
import { slash } from '../digest/language-order.ts';

function itemText(item: ReminderItem): Bilingual {
  const fields = {
    name: item.name,
    id: item.id,
    region: item.region,
    period: item.period,
    due: item.due,
  };
  const line =
    item.daysOverdue === null
      ? t('remind.item_due', { ...fields, days: item.workingDaysLeft ?? 0 })
      : item.daysOverdue === 0
        ? t('remind.item_due_today', fields)
        : t('remind.item_overdue', { ...fields, days: item.daysOverdue });
  if (!item.estimated) return line;
  const note = t('remind.estimated');
  return { zh: `${line.zh}${note.zh}`, en: `${line.en} ${note.en}` };
}

interface Block {
  heading: Bilingual;
  lines: Bilingual[];
}

/** Overdue, then due soon; each figure followed by where it is entered, once per workbook. */
function blocks(reminder: Reminder): Block[] {
  const groups: [Bilingual, ReminderItem[]][] = [
    [t('remind.overdue_heading'), reminder.items.filter((i) => i.daysOverdue !== null)],
    [t('remind.due_heading'), reminder.items.filter((i) => i.daysOverdue === null)],
  ];
  return groups
    .filter(([, items]) => items.length > 0)
    .map(([heading, items]) => ({ heading, lines: items.map(itemText) }));
}

function whereLines(reminder: Reminder): Bilingual[] {
  const workbooks = [...new Set(reminder.items.map((i) => i.workbook))];
  return workbooks.map((workbook) => t('remind.where', { workbook, sheet: ACTUALS.sheet }));
}

/**
 * A reminder as a message for any channel: plain text, HTML (every workbook value
 * escaped) and markdown for the robots, in the recipient's language(s).
 */
export function composeReminderMessage(reminder: Reminder, runId: string): DigestMessage {
  const { recipient } = reminder;
  const lang = recipient.language;
  const subject = slash(
    t('remind.subject', { date: reminder.date, count: reminder.items.length }),
    lang,
  );
  const greeting = t('remind.greeting', { name: recipient.name });
  const parts = blocks(reminder);
  const where = whereLines(reminder);
  const footer = t('remind.footer');
  const text = readerTexts({ zh: 'zh', en: 'en' }, lang)
    .map((code) => {
      const pick = (b: Bilingual): string => (code === 'zh' ? b.zh : b.en);
      return [
        pick(greeting),
        '',
        ...parts.flatMap((b) => [pick(b.heading), ...b.lines.map((l) => `- ${pick(l)}`), '']),
        ...where.map(pick),
        '',
        pick(footer),
      ].join('\n');
    })
    .join('\n\n');
  // A chat message is read on a phone: the reader's first language only.
  const firstLang = readerTexts({ zh: 'zh', en: 'en' }, lang)[0] ?? 'zh';
  const one = (b: Bilingual): string => (firstLang === 'zh' ? b.zh : b.en);
  const markdown = [
    `### ${md(subject)}`,
    md(one(greeting)),
    ...parts.flatMap((b) => [`**${one(b.heading)}**`, ...b.lines.map((l) => `- ${md(one(l))}`)]),
    ...where.map((w) => `> ${md(one(w))}`),
  ].join('\n\n');
  const html = [
    `<p>${escapeHtml(slash(greeting, lang))}</p>`,
    ...parts.map(
      (b) =>
        `<h3>${escapeHtml(slash(b.heading, lang))}</h3><ul>${b.lines
          .map((l) => `<li>${escapeHtml(slash(l, lang))}</li>`)
          .join('')}</ul>`,
    ),
    ...where.map((w) => `<p>${escapeHtml(slash(w, lang))}</p>`),
    `<p style="color:#666">${escapeHtml(slash(footer, lang))}</p>`,
  ].join('\n');
  return {
    to: { name: recipient.name, email: recipient.email },
    subject,
    html: `<!doctype html><html><body>${html}</body></html>`,
    text,
    markdown,
    attachments: [],
    runId,
    workbook: '',
    date: reminder.date,
    mobiles: recipient.mobiles,
    channel: recipient.channel,
    purpose: 'reminder',
    address: recipient.address,
  };
}
