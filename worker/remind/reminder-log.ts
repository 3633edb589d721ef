import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../file-safety/write-atomic.ts';

/**
 * When each figure was last asked for, per recipient: what lets an overdue figure be
 * reminded of every `remind.repeatDays` working days rather than on every run. The send
 * log makes one run send once; this record spans runs. Recorded only after a delivery.
 */
export interface ReminderLog {
  /** Item key (reminderItemKey) → YYYY-MM-DD it last went to this address. */
  lastSent(address: string): Promise<Map<string, string>>;
  record(address: string, itemKeys: readonly string[], date: string): Promise<void>;
}

/** How long a record is worth keeping: a figure overdue for longer is long since chased by phone. */
const KEEP_DAYS = 400;

/**
 * The embedded mode's record: one JSON file (in the state folder with `--config`, else
 * in the outbox folder), written atomically. One process runs the embedded schedule.
 */
export class FileReminderLog implements ReminderLog {
  private readonly path: string;
  private data: Record<string, Record<string, string>> | null = null;

  constructor(path: string) {
    this.path = path;
  }

  private async load(): Promise<Record<string, Record<string, string>>> {
    if (this.data) return this.data;
    try {
      const parsed: unknown = JSON.parse(await readFile(this.path, 'utf8'));
      this.data = isRecordOfRecords(parsed) ? parsed : {};
    } catch {
      this.data = {}; // none yet, or unreadable: at worst one reminder too many
    }
    return this.data;
  }

  async lastSent(address: string): Promise<Map<string, string>> {
    const data = await this.load();
    return new Map(Object.entries(data[address] ?? {}));
  }

  async record(address: string, itemKeys: readonly string[], date: string): Promise<void> {
    const data = await this.load();
    const entries = (data[address] ??= {});
    for (const key of itemKeys) entries[key] = date;
    const oldest = new Date(Date.parse(`${date}T00:00:00Z`) - KEEP_DAYS * 86_400_000)
      .toISOString()
      .slice(0, 10);
    for (const [a, items] of Object.entries(data))
      for (const [k, d] of Object.entries(items)) if (d < oldest) delete data[a]?.[k];
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, `${JSON.stringify(data, null, 1)}\n`);
  }
}

function isRecordOfRecords(v: unknown): v is Record<string, Record<string, string>> {
  if (v === null || typeof v !== 'object') return false;
  return Object.values(v).every(
    (items: unknown) =>
      items !== null &&
      typeof items === 'object' &&
      Object.values(items).every((d) => typeof d === 'string'),
  );
}
