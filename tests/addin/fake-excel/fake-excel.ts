/**
 * A typed fake of the Excel API the add-in uses (addin/excel/excel-api.ts), backed by an
 * in-memory workbook: what the gateway tests run against and what the end-to-end test's
 * host page installs as `Excel`. It counts `context.sync()` calls and refuses requests and
 * responses above Excel on the web's 5 MB limit, as Excel does.
 */
import type { ExcelHost, XlContext } from '../../../addin/excel/excel-api.ts';
import { PAYLOAD_LIMIT_BYTES } from '../../../addin/excel/payload-chunks.ts';
import { FakeContext, type FakeStats } from './fake-context.ts';
import { FakeWorkbook } from './fake-workbook.ts';

export class FakeExcel implements ExcelHost {
  readonly stats: FakeStats = { syncs: 0, maxRequest: 0, maxResponse: 0, refused: 0, suspends: 0 };
  displayLanguage: string;

  constructor(
    readonly workbook: FakeWorkbook = new FakeWorkbook(),
    options: { displayLanguage?: string; payloadLimit?: number } = {},
  ) {
    this.displayLanguage = options.displayLanguage ?? 'zh-CN';
    this.limit = options.payloadLimit ?? PAYLOAD_LIMIT_BYTES;
  }

  private readonly limit: number;

  /** One batch, as `Excel.run`: a batch that leaves calls unsynced is a bug, and fails here. */
  async run<T>(batch: (context: XlContext) => Promise<T>): Promise<T> {
    const ctx = new FakeContext(this.workbook, this.stats, this.limit);
    const result = await batch(ctx);
    if (ctx.pending > 0) throw new Error(`the batch ended with ${ctx.pending} calls never synced`);
    return result;
  }

  /** Syncs counted while `action` runs. */
  async countSyncs<T>(action: () => Promise<T>): Promise<{ result: T; syncs: number }> {
    const before = this.stats.syncs;
    const result = await action();
    return { result, syncs: this.stats.syncs - before };
  }
}
