import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../files/write-file-atomic.ts';
import {
  parseSendRecord,
  sendKeyText,
  type SendClaim,
  type SendKey,
  type SendLog,
  type SendRecord,
} from './send-log.ts';

/**
 * The send log of the embedded mode: one JSON line per settled send in a file under the
 * state folder, read once at start. One process writes it (the embedded mode runs one
 * schedule), so claims are kept in memory. Records older than the retention are dropped
 * when the file is opened.
 */
export class FileSendLog implements SendLog {
  private readonly path: string;
  private readonly records = new Map<string, SendRecord>();
  private readonly claims = new Map<string, string>();

  private constructor(path: string) {
    this.path = path;
  }

  /** Opens (or starts) the log at `path`, forgetting records older than `retentionDays`. */
  static async open(
    path: string,
    retentionDays: number,
    now: () => number = Date.now,
  ): Promise<FileSendLog> {
    const log = new FileSendLog(path);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return log; // no log yet
    }
    const oldest = now() - retentionDays * 24 * 60 * 60 * 1000;
    const kept: string[] = [];
    let dropped = false;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const entry: unknown = JSON.parse(line);
        const key =
          entry !== null && typeof entry === 'object' && 'key' in entry ? String(entry.key) : '';
        const record =
          entry !== null && typeof entry === 'object' && 'record' in entry
            ? parseSendRecord(entry.record)
            : null;
        if (key === '' || record === null || record.at < oldest) {
          dropped = true;
          continue;
        }
        log.records.set(key, record);
        kept.push(line);
      } catch {
        dropped = true; // a line cut short by a crash
      }
    }
    if (dropped) await writeFileAtomic(path, kept.length > 0 ? `${kept.join('\n')}\n` : '');
    return log;
  }

  claim(key: SendKey): Promise<SendClaim> {
    return Promise.resolve(this.claimNow(key));
  }

  /** In one process the claims live in memory, so claiming never waits. */
  private claimNow(key: SendKey): SendClaim {
    const k = sendKeyText(key);
    const record = this.records.get(k);
    if (record) return { kind: 'done', record };
    if (this.claims.has(k)) return { kind: 'busy' };
    const token = randomUUID();
    this.claims.set(k, token);
    return { kind: 'claimed', token };
  }

  async settle(key: SendKey, token: string, record: SendRecord): Promise<void> {
    const k = sendKeyText(key);
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, `${JSON.stringify({ key: k, record })}\n`);
    this.records.set(k, record);
    if (this.claims.get(k) === token) this.claims.delete(k);
  }

  release(key: SendKey, token: string): Promise<void> {
    const k = sendKeyText(key);
    if (this.claims.get(k) === token) this.claims.delete(k);
    return Promise.resolve();
  }
}
