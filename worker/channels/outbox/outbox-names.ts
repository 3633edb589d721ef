// Characters Windows forbids in file names, plus control characters; Chinese stays.
const UNSAFE_IN_NAME = /[<>:"/\\|?*\p{Cc}]/gu;

/** A name usable as a file name on Windows, macOS and Linux (unsafe characters become `_`). */
export function safeFileName(name: string): string {
  return name.replace(UNSAFE_IN_NAME, '_');
}

/** `plans/湖州 十四五.xlsx` → `湖州_十四五`: the workbook's file name without folder or extension. */
export function workbookStem(workbook: string): string {
  const name = workbook.split(/[\\/]/).pop() ?? '';
  const stem = name.replace(/\.[^.]+$/, '');
  const safe = safeFileName(stem).replace(/\s+/g, '_').replace(/^\.+/, '');
  return safe === '' ? 'workbook' : safe;
}

/** `Zhang.San@Example.gov.cn` → `zhang.san_at_example.gov.cn`: an address usable in a file name. */
export function emailSafe(email: string): string {
  const safe = email
    .trim()
    .toLowerCase()
    .replace(/@/g, '_at_')
    .replace(/[^a-z0-9._-]/g, '_');
  return safe === '' ? 'recipient' : safe;
}

/**
 * `<date>__<workbook-stem>__<recipient-email-safe>`: the outbox name of one digest, without
 * extension; a digest over several plans (workbook '') is `<date>__<recipient-email-safe>`,
 * a reminder `<date>__reminder__<recipient-email-safe>`.
 */
export function outboxBaseName(
  date: string,
  workbook: string,
  email: string,
  reminder = false,
): string {
  if (reminder) return `${date}__reminder__${emailSafe(email)}`;
  if (workbook === '') return `${date}__${emailSafe(email)}`;
  return `${date}__${workbookStem(workbook)}__${emailSafe(email)}`;
}
