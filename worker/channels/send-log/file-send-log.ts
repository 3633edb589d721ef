import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../file-safety/write-atomic.ts';
import {
  parseSendRecord,
  sendKeyText,
  type SendClaim,
  type SendKey,
  type SendLog,
  type SendRecord,
} from './send-log.ts';
import { parseInDoubtSend, type InDoubtRegister, type InDoubtSend } from './in-doubt-sends.ts';

/**
 * The send log of the embedded mode: one JSON line per settled send in a file under the
 * state folder, read once at start. One process writes it (the embedded mode runs one
 * schedule), so claims are kept in memory. Records older than the retention are dropped
 * when the file is opened. That one writer also means a `sending` record found at open was
 * left by a process that stopped mid-send: it is in doubt from then until a digest names it.
 */
export class FileSendLog implements SendLog, InDoubtRegister {
  private readonly path: string;
  private readonly records = new Map<string, SendRecord>();
  private readonly inDoubt = new Map<string, InDoubtSend>();
  /** `sending` records a digest has named already: not in doubt again at the next open. */
  private readonly named = new Set<string>();
  private readonly claims = new Map<string, string>();

  private readonly now: () => number;

  private constructor(path: string, now: () => number) {
    this.path = path;
    this.now = now;
  }

  /**
   * Opens (or starts) the log at `path`: the last line of each key is its state (a
   * `released` line forgets the key), records older than `retentionDays` are forgotten,
   * and the file is rewritten with one line per remaining key when that makes it shorter.
   */
  static async open(
    path: string,
    retentionDays: number,
    now: () => number = Date.now,
  ): Promise<FileSendLog> {
    const log = new FileSendLog(path, now);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return log; // no log yet
    }
    let lines = 0;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      lines += 1;
      let entry: unknown;
      try {
        entry = JSON.parse(line);
      } catch {
        continue; // a line cut short by a crash
      }
      if (entry === null || typeof entry !== 'object' || !('key' in entry)) continue;
      const key = String(entry.key);
      if ('reported' in entry) {
        log.inDoubt.delete(key);
        log.named.add(key);
        continue;
      }
      const noted = 'inDoubt' in entry ? parseInDoubtSend(entry.inDoubt) : null;
      if (noted) {
        log.inDoubt.set(key, noted);
        continue;
      }
      if ('released' in entry) {
        log.records.delete(key); // a transient failure gave the claim back: send again
        continue;
      }
      const record = 'record' in entry ? parseSendRecord(entry.record) : null;
      if (record) log.records.set(key, record);
    }
    const oldest = now() - retentionDays * 24 * 60 * 60 * 1000;
    for (const [key, record] of log.records) if (record.at < oldest) log.records.delete(key);
    for (const key of log.named) if (!log.records.has(key)) log.named.delete(key);
    for (const [key, record] of log.records) {
      if (record.state !== 'sending' || log.inDoubt.has(key) || log.named.has(key)) continue;
      const bar = key.indexOf('|');
      const [runId, email] = [key.slice(0, bar), key.slice(bar + 1)];
      log.inDoubt.set(key, { runId, email, at: record.at, channel: record.channel ?? '?' });
    }
    if (lines !== log.records.size + log.inDoubt.size + log.named.size) {
      const kept = [
        ...[...log.records].map(([key, record]) => JSON.stringify({ key, record })),
        ...[...log.inDoubt].map(([key, inDoubt]) => JSON.stringify({ key, inDoubt })),
        ...[...log.named].map((key) => JSON.stringify({ key, reported: true })),
      ];
      await writeFileAtomic(path, kept.length > 0 ? `${kept.join('\n')}\n` : '');
    }
    return log;
  }

  async claim(key: SendKey, channel?: string): Promise<SendClaim> {
    const k = sendKeyText(key);
    const record = this.records.get(k);
    if (record) return { kind: 'done', record };
    if (this.claims.has(k)) return { kind: 'busy' };
    const token = randomUUID();
    this.claims.set(k, token);
    try {
      // On disk before the send: a crash after it leaves the send in doubt, not forgotten.
      await this.append(k, { record: { state: 'sending', at: this.now(), channel } });
    } catch (err) {
      this.claims.delete(k);
      throw err;
    }
    return { kind: 'claimed', token };
  }

  private async append(key: string, entry: Record<string, unknown>): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, `${JSON.stringify({ key, ...entry })}\n`);
  }

  async settle(key: SendKey, token: string, record: SendRecord): Promise<void> {
    const k = sendKeyText(key);
    await this.append(k, { record });
    this.records.set(k, record);
    if (this.claims.get(k) === token) this.claims.delete(k);
  }

  async release(key: SendKey, token: string): Promise<void> {
    const k = sendKeyText(key);
    if (this.claims.get(k) !== token) return;
    await this.append(k, { released: true });
    this.claims.delete(k);
  }

  async note(send: InDoubtSend): Promise<void> {
    const k = sendKeyText(send);
    if (this.inDoubt.has(k)) return;
    await this.append(k, { inDoubt: send });
    this.inDoubt.set(k, send);
  }

  pending(): Promise<InDoubtSend[]> {
    return Promise.resolve([...this.inDoubt.values()]);
  }

  async reported(sends: readonly InDoubtSend[]): Promise<void> {
    for (const send of sends) {
      const k = sendKeyText(send);
      if (!this.inDoubt.delete(k)) continue;
      await this.append(k, { reported: true });
      this.named.add(k);
    }
  }
}
