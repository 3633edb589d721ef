import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import PostalMime from 'postal-mime';

/** The outbox's digest messages (.eml), reminders (催报, `…__reminder__…`) left out; sorted. */
export function digestEmls(outbox: string): string[] {
  return readdirSync(outbox)
    .filter((f) => f.endsWith('.eml') && !f.includes('__reminder__'))
    .sort();
}

/** The outbox's reminder messages (催报); of one date when given; sorted. */
export function reminderEmls(outbox: string, date = ''): string[] {
  return readdirSync(outbox)
    .filter((f) => f.startsWith(date) && f.includes('__reminder__') && f.endsWith('.eml'))
    .sort();
}

/** The plain-text parts of the digests a run wrote into `outbox` (at least one). */
export async function digestTexts(outbox: string): Promise<string[]> {
  const emls = digestEmls(outbox);
  if (emls.length === 0) throw new Error(`no digest in ${outbox}`);
  return Promise.all(
    emls.map(async (f) => (await PostalMime.parse(await readFile(join(outbox, f)))).text ?? ''),
  );
}
